/** Precomputed views of the model for sheets and panes: the price-book matrix and ladder unit prices. */
import { type Decimal, dec, divide, multiply, normalize, subtract } from '../decimal';
import { PricingError } from '../errors';
import { ladderDiscountAmount } from '../ladder';
import { indexModel, priceKey } from '../model/modelIndex';
import type { Model, Term } from '../model/schema';
import { RATE_SCALE, roundMoney } from '../rounding/roundMoney';
import { quoteMessages as m } from './messages';

export interface PriceBookRow {
  readonly sku: string;
  readonly name: string;
  readonly family: string;
  readonly unit: string;
  readonly tier: string;
  /** List price of one unit per term, in the order of `terms`; null where the product is not sold. */
  readonly prices: readonly (Decimal | null)[];
}

export interface PriceBookMatrix {
  readonly terms: readonly Term[];
  readonly rows: readonly PriceBookRow[];
}

/** One row per product and tier it has a price in (tiers in model order, then products in model order). */
export function priceBookMatrix(model: Model): PriceBookMatrix {
  const index = indexModel(model);
  const rows: PriceBookRow[] = [];
  for (const tier of model.tiers) {
    for (const product of model.products) {
      const prices = model.terms.map((t) => index.listPrices.get(priceKey(product.sku, tier.id, t.id)) ?? null);
      if (prices.some((p) => p !== null)) {
        rows.push({ sku: product.sku, name: product.name, family: product.family, unit: product.unit, tier: tier.id, prices });
      }
    }
  }
  return { terms: model.terms, rows };
}

export interface LadderPoint {
  readonly quantity: number;
  /** (list × quantity − ladder discount) / quantity, rounded to the minor unit. */
  readonly unitPrice: Decimal;
  /** The blended discount off list at this quantity. */
  readonly discountRate: Decimal;
}

/** 1, then each band's first and last quantity: where a ladder's unit price changes. */
export function representativeQuantities(bands: readonly { upTo: number | null }[]): number[] {
  const out = new Set<number>([1]);
  let previous = 0;
  for (const band of bands) {
    if (Number.isInteger(previous)) out.add(previous + 1);
    if (band.upTo !== null) out.add(band.upTo);
    else out.add(Math.max(previous + 1, previous * 2));
    previous = band.upTo ?? previous;
  }
  return [...out].sort((a, b) => a - b);
}

/** A ladder's effective unit price at representative quantities (or the ones given). */
export function ladderUnitPrices(model: Model, ladderId: string, unitListPrice: Decimal, quantities?: readonly number[]): LadderPoint[] {
  const index = indexModel(model);
  const ladder = index.ladders.get(ladderId);
  if (!ladder) throw new PricingError('not-found', m.unknown('ladder', ladderId), 'ladder');
  const { minorUnits, mode } = model.rounding;
  return (quantities ?? representativeQuantities(ladder.bands)).map((quantity) => {
    const q = dec(quantity);
    const off = ladderDiscountAmount(ladder, unitListPrice, q);
    const list = multiply(unitListPrice, q);
    return {
      quantity,
      unitPrice: roundMoney(divide(subtract(list, off), q, minorUnits + 6, mode), minorUnits, mode),
      discountRate: list.units === 0n ? off : normalize(divide(off, list, RATE_SCALE, mode)),
    };
  });
}
