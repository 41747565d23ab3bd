/**
 * Checks of price shapes: price ladders' bands (the ladder engine's one rule for band bounds, as for
 * discount ladders), and each price-book entry against its product's shape: the fields a shape needs
 * are present, the fields it does not use are absent. Each error names the entry's field.
 */
import { boundFaults } from '../ladder/validate';
import { type IssueLog } from './issues';
import { modelMessages as m } from './messages';
import type { Model, Price, Product } from './schema';
import type { PriceShapeKind } from './shapeSchema';
import { type Ids, ref } from './validateCatalog';

/** The optional entry fields and the shapes that use each (per-unit uses none of them). */
const FIELD_SHAPES: Record<'ladder' | 'packageSize' | 'includedUnits' | 'platformFee' | 'minimumCharge', readonly PriceShapeKind[]> = {
  ladder: ['tiered'],
  packageSize: ['package'],
  includedUnits: ['package', 'usage'],
  platformFee: ['tiered', 'package', 'usage', 'platform'],
  minimumCharge: ['tiered', 'package', 'usage', 'platform'],
};

const NOT_USED: Partial<Record<keyof typeof FIELD_SHAPES, () => string>> = {
  ladder: m.onlyTieredLadder,
  packageSize: m.onlyPackageSize,
  includedUnits: m.onlyIncludedUnits,
};

function validateEntry(log: IssueLog, price: Price, path: string, shape: PriceShapeKind, ids: Ids): void {
  for (const field of Object.keys(FIELD_SHAPES) as (keyof typeof FIELD_SHAPES)[]) {
    const value = price[field];
    if (value === undefined || FIELD_SHAPES[field].includes(shape)) continue;
    const refusal = shape === 'per-unit' ? m.perUnitShapeField(field) : (NOT_USED[field] ?? (() => m.perUnitShapeField(field)))();
    log.error(`${path}.${field}`, refusal, value);
  }
  if (shape === 'tiered') {
    if (price.ladder === undefined) log.error(`${path}.ladder`, m.ladderRequired());
    else ref(log, ids.priceLadders, `${path}.ladder`, price.ladder, 'price ladder');
    if (price.listPrice > 0) log.error(`${path}.listPrice`, m.tieredListPrice(), price.listPrice);
  }
  if (shape === 'package' && price.packageSize === undefined) log.error(`${path}.packageSize`, m.packageSizeRequired());
  if (shape === 'platform' && price.platformFee === undefined) log.error(`${path}.platformFee`, m.platformFeeRequired());
}

export function validateShapes(log: IssueLog, model: Model, ids: Ids): void {
  model.priceLadders.forEach((ladder, i) => {
    for (const { index, error } of boundFaults(ladder.bands.map((band) => band.upTo))) {
      log.error(`priceLadders[${i}].bands[${index}].upTo`, error.message, ladder.bands[index]?.upTo);
    }
    const last = ladder.bands[ladder.bands.length - 1];
    if (last !== undefined && last.upTo !== null) log.warn(`priceLadders[${i}].bands[${ladder.bands.length - 1}].upTo`, m.priceLastBandBounded(last.upTo), last.upTo);
  });
  const products = new Map<string, Product>();
  for (const p of model.products) if (!products.has(p.sku)) products.set(p.sku, p);
  model.products.forEach((product, i) => {
    if (product.shape !== 'per-unit' && product.ladder !== undefined) log.error(`products[${i}].ladder`, m.shapedDiscountLadder(product.shape), product.ladder);
  });
  model.prices.forEach((price, i) => {
    const product = products.get(price.sku);
    if (product !== undefined) validateEntry(log, price, `prices[${i}]`, product.shape, ids);
  });
  model.bundles.forEach((bundle, i) => {
    if (bundle.pricing.kind !== 'discount') return;
    bundle.components.forEach((c, j) => {
      const shape = products.get(c.sku)?.shape ?? 'per-unit';
      if (shape !== 'per-unit') log.error(`bundles[${i}].components[${j}].sku`, m.shapedInDiscountBundle(c.sku, shape), c.sku);
    });
  });
}
