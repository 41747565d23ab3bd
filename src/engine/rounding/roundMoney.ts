import { type Decimal, type RoundingMode, atScale, round } from '../decimal';
import { PricingError } from '../errors';
import { roundingMessages } from './messages';

/** Decimals of a rate reported by the engine (margin %, discount share): 0.0000000001 is ample. */
export const RATE_SCALE = 10;

export function checkMinorUnits(minorUnits: number): void {
  if (!Number.isInteger(minorUnits) || minorUnits < 0 || minorUnits > 6) {
    throw new PricingError('range', roundingMessages.minorUnitsOutOfRange(minorUnits), 'minor units');
  }
}

/**
 * Round money once, to the currency's minor unit, half away from zero (like Excel ROUND) unless the model's rounding
 * policy says 'halfEven'. The result
 * always has exactly `minorUnits` decimals (900 → 900.00), so prices print and compare alike.
 */
export function roundMoney(amount: Decimal, minorUnits: number, mode: RoundingMode = 'halfAwayFromZero'): Decimal {
  return amount.scale > minorUnits ? round(amount, minorUnits, mode) : atScale(amount, minorUnits);
}
