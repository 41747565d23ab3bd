import { type Decimal, ONE, ZERO, add, compare, divideIntegers, multiply, negate, sign, subtract, atScale } from '../decimal';
import { PricingError } from '../errors';
import { roundingMessages } from './messages';

/**
 * Snap a price to a price ending.
 *
 * The candidate prices are `k·step − (1 − ending)` for whole k when `ending > 0` (step 1, ending 0.99:
 * …, 48.99, 49.99, 50.99, …; step 10, ending 0.99: 9.99, 19.99, 29.99, …) and plain multiples `k·step`
 * when `ending` is 0 (step 5: 45, 50, 55). The result is the candidate nearest to the price; a price
 * exactly halfway between two candidates goes to the one farther from zero (like Excel ROUND). A positive
 * price never becomes 0 or negative: it gets at least the smallest positive candidate. 0 stays 0 and a
 * negative price is snapped like its opposite.
 *
 * `step` defaults to 1. Throws a 'range' PricingError for an ending outside [0, 1) or a step ≤ 0.
 */
export function applyPriceEnding(price: Decimal, ending: Decimal, step: Decimal = ONE): Decimal {
  if (sign(ending) < 0 || compare(ending, ONE) >= 0) {
    throw new PricingError('range', roundingMessages.endingOutOfRange(ending), 'ending');
  }
  if (sign(step) <= 0) throw new PricingError('range', roundingMessages.stepNotPositive(step), 'step');
  const s = sign(price);
  if (s === 0) return ZERO;
  if (s < 0) return negate(applyPriceEnding(negate(price), ending, step));

  // Candidates are c(k) = k·step − offset; the nearest to p is k = round((p + offset) / step).
  const offset = sign(ending) === 0 ? ZERO : subtract(ONE, ending);
  const shifted = add(price, offset);
  const scale = Math.max(shifted.scale, step.scale);
  const numerator = atScale(shifted, scale).units;
  const denominator = atScale(step, scale).units;
  let k = divideIntegers(numerator, denominator, 'halfAwayFromZero');
  // Smallest k whose candidate is positive: k·step > offset.
  const offsetUnits = atScale(offset, Math.max(offset.scale, scale)).units;
  const stepUnits = atScale(step, Math.max(offset.scale, scale)).units;
  const smallest = offsetUnits / stepUnits + 1n;
  if (k < smallest) k = smallest;
  return subtract(multiply({ units: k, scale: 0 }, step), offset);
}
