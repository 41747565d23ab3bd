/**
 * A shaped price-book entry on the RouteMargins table (Checks sheet), checked as the engine's checkModel
 * checks it: at its reference quantity (src/engine/shapes/charge.ts referenceQuantity: package, the
 * included units plus one package; usage, the included units plus one; tiered and platform, one unit),
 * its extended list the charge at that quantity (exact), no rate-weighted units, no price ending.
 * Per-unit entries and bundles: one unit, extended list = list unit price.
 */
import { dec, multiply, ONE, subtract, toNumber } from '../../engine';
import { indexModel, priceKey } from '../../engine/model/modelIndex';
import type { Model } from '../../engine/model/schema';
import { referenceQuantity, shapeCharge, shapedEntry, type ShapedEntry } from '../../engine/shapes';
import type { CheckedEntry } from './entries';
import type { PriceBookRefs } from './priceBook';
import type { PriceBandRefs } from './priceLadders';
import { chargeBeforeMinimum, chargeWithMinimum, entryField, entryRow, unitsCharged } from './shapeFormulas';

/** The entry's shaped form, or null for a per-unit entry or a bundle (or one the engine cannot read). */
export function shapedOf(model: Model, entry: CheckedEntry): ShapedEntry | null {
  if (!('sku' in entry.item)) return null;
  const index = indexModel(model);
  const product = index.products.get(entry.item.sku);
  const price = index.prices.get(priceKey(entry.item.sku, entry.tier, entry.term));
  if (product === undefined || product.shape === 'per-unit' || price === undefined) return null;
  try {
    return shapedEntry(product.shape, price, index.priceLadders);
  } catch {
    return null;
  }
}

/** The reference quantity of a shaped entry (formula text, live over its Included units and Package size). */
export function referenceQuantityFormula(pb: PriceBookRefs, shaped: ShapedEntry, item: string, tier: string, term: string): string {
  const row = entryRow(pb, item, tier, term);
  const included = `N(${entryField(pb, row, 'Included units')})`;
  if (shaped.shape === 'package') return `${included}+${entryField(pb, row, 'Package size')}`;
  return shaped.shape === 'usage' ? `${included}+1` : '1';
}

/** The charge of `q` units of the entry (exact; formula text). */
export function chargeFormula(pb: PriceBookRefs, bands: PriceBandRefs, shaped: ShapedEntry, item: string, tier: string, term: string, q: string): string {
  const row = entryRow(pb, item, tier, term);
  return chargeWithMinimum(pb, row, `(${chargeBeforeMinimum(pb, bands, row, `"${shaped.shape}"`, unitsCharged(pb, row, q))})`);
}

/** The engine's exact customer price of the entry at its reference quantity, no negotiated discount (no ending on a shaped line). */
export function exactShapedCustomer(model: Model, shaped: ShapedEntry, term: string): number {
  const t = dec(model.terms.find((x) => x.id === term)?.discount ?? 0);
  const ext = shapeCharge(shaped, dec(referenceQuantity(shaped))).charge;
  return toNumber(model.discountBasis === 'compound' ? multiply(ext, subtract(ONE, t)) : subtract(ext, multiply(ext, t)));
}

export { referenceQuantity };
