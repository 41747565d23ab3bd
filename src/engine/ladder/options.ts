/** Reading RoundOptions: minor units default to 2 (cents) and must be a whole number from 0 to 10. */
import { PricingError } from '../errors';
import { ladderMessages as m } from './messages';

export const DEFAULT_MINOR_UNITS = 2;
export const MAX_MINOR_UNITS = 10;

export function minorUnitsOf(value: unknown): number {
  if (value === undefined) return DEFAULT_MINOR_UNITS;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_MINOR_UNITS) return value;
  throw new PricingError('range', m.minorUnits(value), 'minorUnits');
}
