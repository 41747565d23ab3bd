/**
 * One price-book entry priced for a quantity, as a quote line's List column shows it, without a
 * route or discounts: what a pane or a sheet previews for (sku, tier, term, quantity). Per-unit
 * entries: list price × quantity; shaped entries: their charge. Same figures and words as the line.
 */
import { type Decimal, multiply, subtract } from '../decimal';
import { PricingError } from '../errors';
import { indexModel, priceKey } from '../model/modelIndex';
import type { Model } from '../model/schema';
import { quoteMessages } from '../quote/messages';
import { roundMoney } from '../rounding/roundMoney';
import { shapeCharge, shapedEntry } from './charge';
import { explainCharge, explainUnitPrice } from './explain';
import { shapeMessages } from './messages';

export interface EntryCharge {
  /** The charge rounded once to the minor unit (a quote line's List column). */
  readonly listPrice: Decimal;
  /** What the entry's minimum added (0 when none), rounded: List − the rounded raw charge. */
  readonly trueUp: Decimal;
  readonly explanation: string;
}

/** The List, true-up and explanation of `quantity` units of the entry (sku, tier, term). */
export function entryCharge(model: Model, sku: string, tier: string, term: string, quantity: number): EntryCharge {
  const index = indexModel(model);
  const product = index.products.get(sku);
  if (product === undefined) throw new PricingError('not-found', quoteMessages.unknown('product', sku), 'sku');
  const price = index.prices.get(priceKey(sku, tier, term));
  if (price === undefined) throw new PricingError('not-found', quoteMessages.noListPrice(sku, tier, term), 'term');
  if (!(quantity >= 0) || !Number.isFinite(quantity)) throw new PricingError('range', shapeMessages.quantityNegative(String(quantity)), 'quantity');
  const { minorUnits, mode } = model.rounding;
  const q = index.decimal(quantity);
  if (product.shape === 'per-unit') {
    const unit = index.decimal(price.listPrice);
    const listPrice = roundMoney(multiply(unit, q), minorUnits, mode);
    return { listPrice, trueUp: roundMoney({ units: 0n, scale: 0 }, minorUnits), explanation: explainUnitPrice(q, unit, listPrice, minorUnits, mode) };
  }
  const entry = shapedEntry(product.shape, price, index.priceLadders);
  const charged = shapeCharge(entry, q);
  const listPrice = roundMoney(charged.charge, minorUnits, mode);
  return {
    listPrice,
    trueUp: subtract(listPrice, roundMoney(charged.raw, minorUnits, mode)),
    explanation: explainCharge(entry, charged, { minorUnits, mode, unit: product.unit }),
  };
}
