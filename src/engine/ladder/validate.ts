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

/** The one fault of a band's Up to, given the bands before it, or null. */
function boundFault(raw: unknown, band: number, previous: number, unboundedBand: number): PricingError | null {
  const field = bandField(band, 'Up to');
  if (raw === null || raw === undefined) {
    return unboundedBand === 0 ? null : new PricingError('range', m.unboundedRepeated(band, unboundedBand), field);
  }
  let upTo: number;
  try {
    upTo = bandNumber(raw, band, 'Up to');
  } catch (e) {
    if (e instanceof PricingError) return e;
    throw e;
  }
  if (unboundedBand !== 0) return new PricingError('range', m.boundedAfterUnbounded(band, upTo, unboundedBand), field);
  if (upTo <= 0) return new PricingError('range', m.upToNotPositive(band, upTo), field);
  if (band > 1 && upTo === previous) return new PricingError('range', m.upToDuplicate(band, upTo), field);
  if (upTo < previous) return new PricingError('range', m.upToUnsorted(band, upTo, previous), field);
  return null;
}

/**
 * Every fault of the bands' Up to values, one per band at most, with the band's 0-based index: the
 * values must be positive, strictly increasing, and only the last may be blank (null or undefined,
 * meaning no limit). A band at fault still counts as the band before the next one. This is the one
 * rule for band bounds: the model's catalogue check reports these same faults with these messages.
 */
export function boundFaults(upTos: readonly unknown[]): readonly { readonly index: number; readonly error: PricingError }[] {
  if (upTos.length === 0) return [{ index: 0, error: new PricingError('range', m.emptyLadder(), 'bands') }];
  const faults: { index: number; error: PricingError }[] = [];
  let previous = 0;
  let unboundedBand = 0;
  upTos.forEach((raw, index) => {
    const band = index + 1;
    const error = boundFault(raw, band, previous, unboundedBand);
    if (error !== null) faults.push({ index, error });
    if (raw === null || raw === undefined) {
      if (unboundedBand === 0) unboundedBand = band;
    } else if (typeof raw === 'number' && Number.isFinite(raw)) previous = raw;
  });
  return faults;
}

/** The bands' Up to values, checked (see boundFaults): the first fault is thrown. */
export function checkBounds(upTos: readonly unknown[]): readonly (number | null)[] {
  const first = boundFaults(upTos)[0];
  if (first !== undefined) throw first.error;
  return upTos.map((raw) => (raw === undefined || raw === null ? null : (raw as number)));
}
