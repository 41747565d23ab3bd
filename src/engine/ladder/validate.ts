/**
 * Checks on ladder bands as a user typed them: every message names the band (1-based) and the
 * column at fault, and says what to change.
 */
import { PricingError } from '../errors';
import { bandField, ladderMessages as m, type BandField } from './messages';

/** A finite number, or a PricingError naming the band and field ('type' for non-numbers, 'range' for ±Infinity). */
export function bandNumber(value: unknown, band: number, field: BandField): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new PricingError('type', m.notANumber(band, field, value), bandField(band, field));
  }
  if (!Number.isFinite(value)) throw new PricingError('range', m.notFinite(band, field, value), bandField(band, field));
  return value;
}

export function nonNegative(value: unknown, band: number, field: BandField): number {
  const n = bandNumber(value, band, field);
  if (n < 0) throw new PricingError('range', m.negative(band, field, n), bandField(band, field));
  return n;
}

export function optionalFee(value: unknown, band: number): number | null {
  return value === undefined || value === null ? null : nonNegative(value, band, 'Flat fee');
}

export function discountRate(value: unknown, band: number): number {
  const n = bandNumber(value, band, 'Discount');
  if (n < 0 || n > 1) throw new PricingError('range', m.rateOutOfRange(band, n), bandField(band, 'Discount'));
  return n;
}

/**
 * The bands' Up to values, checked: positive, strictly increasing, and only the last may be blank
 * (null or undefined, meaning no limit).
 */
export function checkBounds(upTos: readonly unknown[]): readonly (number | null)[] {
  if (upTos.length === 0) throw new PricingError('range', m.emptyLadder(), 'bands');
  let previous = 0;
  let unboundedBand = 0;
  return upTos.map((raw, index) => {
    const band = index + 1;
    if (raw === null || raw === undefined) {
      if (unboundedBand !== 0) throw new PricingError('range', m.unboundedRepeated(band, unboundedBand), bandField(band, 'Up to'));
      unboundedBand = band;
      return null;
    }
    const upTo = bandNumber(raw, band, 'Up to');
    const field = bandField(band, 'Up to');
    if (unboundedBand !== 0) throw new PricingError('range', m.boundedAfterUnbounded(band, upTo, unboundedBand), field);
    if (upTo <= 0) throw new PricingError('range', m.upToNotPositive(band, upTo), field);
    if (band > 1 && upTo === previous) throw new PricingError('range', m.upToDuplicate(band, upTo), field);
    if (upTo < previous) throw new PricingError('range', m.upToUnsorted(band, upTo, previous), field);
    previous = upTo;
    return upTo;
  });
}
