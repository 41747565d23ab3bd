/**
 * Margin and markup. Margin is a share of the price, markup a share of the cost:
 * price 125, cost 100 → margin 25 / 125 = 20%, markup 25 / 100 = 25%.
 */
import { type Decimal, ONE, add, divide, isZero, normalize, subtract, compare } from './decimal';
import { PricingError } from './errors';
import { RATE_SCALE } from './rounding/roundMoney';
import { roundingMessages } from './rounding/messages';

const rate = (numerator: Decimal, denominator: Decimal): Decimal =>
  normalize(divide(numerator, denominator, RATE_SCALE, 'halfAwayFromZero'));

/** (price − cost) / price, to 10 decimals. Throws a 'range' PricingError for a price of 0. */
export function marginRate(price: Decimal, cost: Decimal): Decimal {
  if (isZero(price)) throw new PricingError('range', roundingMessages.priceZero(), 'price');
  return rate(subtract(price, cost), price);
}

/** (price − cost) / cost, to 10 decimals. Throws a 'range' PricingError for a cost of 0. */
export function markupRate(price: Decimal, cost: Decimal): Decimal {
  if (isZero(cost)) throw new PricingError('range', roundingMessages.costZero(), 'cost');
  return rate(subtract(price, cost), cost);
}

/** margin / (1 − margin): a 20% margin is a 25% markup. */
export function marginToMarkup(margin: Decimal): Decimal {
  if (compare(margin, ONE) === 0) throw new PricingError('range', roundingMessages.marginOfOne(), 'margin');
  return rate(margin, subtract(ONE, margin));
}

/** markup / (1 + markup): a 25% markup is a 20% margin. */
export function markupToMargin(markup: Decimal): Decimal {
  const base = add(ONE, markup);
  if (isZero(base)) throw new PricingError('range', roundingMessages.markupOfMinusOne(), 'markup');
  return rate(markup, base);
}
