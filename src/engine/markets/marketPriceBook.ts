/**
 * A market's price book, row by row: for every price-book entry and every fixed bundle price, the
 * reference price, the converted price (reference × rate × factor, exact), the derived price (rounded
 * and snapped), the override if any, the final price, and the final price back in the reference
 * currency with its deviation from the reference: what the price corridor checks.
 */
import { type Decimal, compare, dec, divide, multiply, negate, sign, subtract } from '../decimal';
import type { Market } from '../model/marketSchema';
import type { Model } from '../model/schema';
import { RATE_SCALE } from '../rounding/roundMoney';
import { convertedPrice, marketRounding, marketUnitPrice } from './marketPrice';
import { overrideKey, overridesOf } from './marketModel';

export interface MarketPriceRow {
  readonly market: string;
  readonly currency: string;
  /** A product's SKU or a fixed-price bundle's id. */
  readonly item: { readonly sku: string } | { readonly bundle: string };
  /** The entry's tier (a bundle's own tier). */
  readonly tier: string;
  readonly term: string;
  /** Where the reference price stands in the model: "prices[3]" or "bundles[1].pricing.prices.annual". */
  readonly referencePath: string;
  readonly reference: Decimal;
  /** reference × rate × factor, exact. */
  readonly converted: Decimal;
  /** Rounded to the minor unit and snapped to the market's ending and step. */
  readonly derived: Decimal;
  readonly override: Decimal | null;
  /** The override, else the derived price. */
  readonly price: Decimal;
  /** reference × rate, exact: the reference price at the exchange rate alone. */
  readonly atRate: Decimal;
  /** price / rate, to RATE_SCALE decimals. */
  readonly inReference: Decimal;
  /** inReference / reference − 1, to RATE_SCALE decimals; null when the reference price is 0. */
  readonly deviation: Decimal | null;
}

function row(model: Model, market: Market, base: Pick<MarketPriceRow, 'item' | 'tier' | 'term' | 'referencePath'>, reference: Decimal, override: Decimal | null): MarketPriceRow {
  const rounding = marketRounding(model, market);
  const derived = marketUnitPrice(reference, market, rounding);
  const price = override ?? derived;
  const rate = dec(market.rate);
  const inReference = divide(price, rate, RATE_SCALE);
  // (price / rate) / reference − 1 = (price − reference × rate) / (reference × rate), rounded once.
  const atRate = multiply(reference, rate);
  const deviation = sign(reference) === 0 ? null : divide(subtract(price, atRate), atRate, RATE_SCALE);
  return { market: market.id, currency: market.currency, ...base, reference, atRate, converted: convertedPrice(reference, market), derived, override, price, inReference, deviation };
}

/** Every row of one market's price book: the price-book entries in model order, then the fixed bundle prices. */
export function marketPriceBook(model: Model, market: Market): MarketPriceRow[] {
  const overrides = overridesOf(market, marketRounding(model, market));
  const rows = model.prices.map((p, i) =>
    row(model, market, { item: { sku: p.sku }, tier: p.tier, term: p.term, referencePath: `prices[${i}]` }, dec(p.listPrice), overrides.get(overrideKey(p)) ?? null),
  );
  model.bundles.forEach((b, i) => {
    if (b.pricing.kind !== 'fixed') return;
    for (const [term, price] of Object.entries(b.pricing.prices)) {
      rows.push(row(model, market, { item: { bundle: b.id }, tier: b.tier, term, referencePath: `bundles[${i}].pricing.prices.${term}` }, dec(price), null));
    }
  });
  return rows;
}

/** |price − reference × rate| > corridor × reference × rate, exactly (a zero reference is never outside the corridor). */
export function outsideCorridor(r: MarketPriceRow, corridor: number): boolean {
  if (sign(r.atRate) === 0) return false;
  const gap = subtract(r.price, r.atRate);
  return compare(sign(gap) < 0 ? negate(gap) : gap, multiply(dec(corridor), r.atRate)) > 0;
}
