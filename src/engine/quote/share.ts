/**
 * part / whole as a rate to RATE_SCALE (10) decimals, rounded by the model's mode, trailing zeros
 * dropped (0.2500000000 → 0.25); null for a whole of 0. Margins of everyday sizes take a path on
 * whole-number doubles (three exact divisions of at most 2^53); others, or `exact`, take bigints.
 */
import * as decimal from '../decimal';
import type { Decimal, RoundingMode } from '../decimal';
import * as rounding from '../rounding/roundMoney';

const { divideIntegers, pow10, ZERO } = decimal;
// Bound once: read on every rate (see priceQuoteLine.ts).
const { RATE_SCALE } = rounding;
const RATE_ONE = pow10(RATE_SCALE);
const SAFE = 2 ** 53;
/** Above this a whole × 10^5 could exceed 2^53. */
const SMALL = 9e10;

function trimmed(units: bigint, scale: number): Decimal {
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

function exactRate(part: bigint, whole: bigint, mode: RoundingMode): Decimal {
  const units = whole < 0n ? -divideIntegers(part * RATE_ONE, -whole, mode) : divideIntegers(part * RATE_ONE, whole, mode);
  return trimmed(units, RATE_SCALE);
}

export function rateOf(part: bigint, whole: bigint, mode: RoundingMode, exact = false): Decimal | null {
  if (whole === 0n) return null;
  if (exact) return exactRate(part, whole, mode);
  return rateOfNumbers(Number(part), Number(whole), mode) ?? exactRate(part, whole, mode);
}

/**
 * The same rate from whole numbers held in doubles (exact below 2^53); undefined when they are too
 * large for the double path (the caller then uses `rateOf` on bigints).
 */
export function rateOfNumbers(p: number, w: number, mode: RoundingMode): Decimal | null | undefined {
  if (w === 0) return null;
  if (!(p < SMALL && p > -SMALL && w < SMALL && w > -SMALL)) return undefined;
  const negative = p < 0 !== w < 0;
  const a = p < 0 ? -p : p;
  const b = w < 0 ? -w : w;
  // a / b digit by digit: the whole part, then two chunks of five decimals; every step exact.
  const whole0 = Math.trunc(a / b);
  const r0 = a - whole0 * b;
  const t1 = r0 * 1e5;
  const d1 = Math.trunc(t1 / b);
  const r1 = t1 - d1 * b;
  const t2 = r1 * 1e5;
  const d2 = Math.trunc(t2 / b);
  const r2 = t2 - d2 * b;
  let digits = whole0 * 1e10 + d1 * 1e5 + d2;
  if (!(digits < SAFE)) return undefined;
  if (r2 !== 0) {
    const twice = r2 * 2;
    if (twice > b || (twice === b && (mode === 'halfAwayFromZero' || digits % 2 !== 0))) digits += 1;
  }
  if (digits === 0) return ZERO; // shared: a rate of 0 is common (no discount, no margin)
  let scale = RATE_SCALE;
  while (scale > 0 && digits % 10 === 0) {
    digits /= 10;
    scale -= 1;
  }
  return { units: BigInt(negative ? -digits : digits), scale };
}

/** The rate of whole numbers held in doubles: by `rateOfNumbers` when it can, else on bigints. */
export function rateOfDoubles(part: number, whole: number, mode: RoundingMode): Decimal | null {
  const r = rateOfNumbers(part, whole, mode);
  return r !== undefined ? r : rateOf(BigInt(part), BigInt(whole), mode);
}
