/**
 * The hot path shared by price and discount ladders: find the band of a quantity and evaluate the
 * compiled segment as an exact scaled integer. No allocation, no Decimal.
 */
import { compare, normalize, sign, toFixedString, type Decimal } from '../decimal';
import { PricingError } from '../errors';
import { ladderMessages as m } from './messages';
import { SAFE, unitsAt } from './scaled';
import type { CompiledSegments } from './types';

/** Index (0-based) of the band holding `quantity`: the first whose Up to is ≥ quantity. */
export function bandIndex(upper: Float64Array, quantity: number): number {
  let lo = 0;
  let hi = upper.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quantity <= (upper[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The ladder's value at `quantity` in 10^-(quantityScale + valueScale), or -1 when the quantity has
 * more decimals than the compiled scale or the result would leave the safe-integer range.
 */
export function segmentUnits(ladder: CompiledSegments, quantity: number): number {
  if (!ladder.fast) return -1;
  const k = unitsAt(quantity, ladder.quantityScale);
  if (k < 0) return -1;
  const i = bandIndex(ladder.upper, quantity);
  const total = (ladder.base[i] as number) + (k - (ladder.lower[i] as number)) * (ladder.slope[i] as number);
  return total < SAFE ? total : -1;
}

/** Throws the PricingError for a quantity that is not a number, negative, or above the last band. */
export function checkQuantity(ladder: CompiledSegments, quantity: number): void {
  if (typeof quantity === 'number' && quantity >= 0 && quantity <= (ladder.lastUpTo ?? Infinity) && quantity !== Infinity) return;
  if (typeof quantity !== 'number' || Number.isNaN(quantity)) throw new PricingError('type', m.quantityNotANumber(quantity), 'quantity');
  if (!Number.isFinite(quantity)) throw new PricingError('range', m.quantityNotFinite(quantity), 'quantity');
  if (quantity < 0) throw new PricingError('range', m.quantityNegative(quantity), 'quantity');
  throw new PricingError('not-found', m.quantityAboveLastBand(quantity, ladder.lastUpTo ?? Infinity), 'quantity');
}

/** The same checks for an exact quantity. */
export function checkExactQuantity(upTos: readonly (Decimal | null)[], quantity: Decimal): void {
  if (sign(quantity) < 0) throw new PricingError('range', m.quantityNegative(toFixedString(normalize(quantity))), 'quantity');
  const last = upTos[upTos.length - 1];
  if (last && compare(quantity, last) > 0) {
    throw new PricingError('not-found', m.quantityAboveLastBand(toFixedString(normalize(quantity)), Number(toFixedString(last))), 'quantity');
  }
}
