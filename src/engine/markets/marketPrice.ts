/**
 * One price in a market, exactly: converted = reference × rate × factor; a list price (or a price
 * ladder's unit price) is then rounded to the market's minor unit and snapped to its price ending, a
 * fee or minimum is only rounded, and a unit cost converts at the rate alone. Exact decimals throughout.
 */
import { type Decimal, ONE, dec, multiply } from '../decimal';
import { minorUnitsOf } from '../model/defaults';
import type { Market } from '../model/marketSchema';
import type { Model, RoundingPolicy } from '../model/schema';
import { applyPriceEnding } from '../rounding/applyPriceEnding';
import { roundMoney } from '../rounding/roundMoney';

/** Minor units by currency: the runtime's ISO 4217 data is slow to ask (an Intl.NumberFormat each time). */
const minorUnitsByCurrency = new Map<string, number>();
function currencyMinorUnits(currency: string): number {
  let n = minorUnitsByCurrency.get(currency);
  if (n === undefined) {
    n = minorUnitsOf(currency);
    minorUnitsByCurrency.set(currency, n);
  }
  return n;
}

/** The market's rounding: its minor unit (from its currency unless set), the model's mode, its own ending and step. */
export function marketRounding(model: Pick<Model, 'rounding'>, market: Market): RoundingPolicy {
  const rounding: RoundingPolicy = { minorUnits: market.minorUnits ?? currencyMinorUnits(market.currency), mode: model.rounding.mode };
  return {
    ...rounding,
    ...(market.ending !== undefined ? { ending: market.ending } : {}),
    ...(market.step !== undefined ? { step: market.step } : {}),
  };
}

/** reference × rate × factor, exact. */
export const convertedPrice = (reference: Decimal, market: Market): Decimal => multiply(multiply(reference, dec(market.rate)), dec(market.factor));

/** A fee or minimum in the market: the converted amount rounded to the minor unit (no price ending). */
export const marketAmount = (reference: Decimal, market: Market, rounding: RoundingPolicy): Decimal =>
  roundMoney(convertedPrice(reference, market), rounding.minorUnits, rounding.mode);

/** A unit price in the market: the converted price rounded to the minor unit, then snapped to the ending and step when set. */
export function marketUnitPrice(reference: Decimal, market: Market, rounding: RoundingPolicy): Decimal {
  const rounded = marketAmount(reference, market, rounding);
  if (rounding.ending === undefined && rounding.step === undefined) return rounded;
  return applyPriceEnding(rounded, dec(rounding.ending ?? 0), rounding.step === undefined ? ONE : dec(rounding.step));
}

/** A unit cost in the market: reference × rate, exact (a cost is not a price: no factor, no rounding). */
export const marketUnitCost = (reference: Decimal, market: Market): Decimal => multiply(reference, dec(market.rate));
