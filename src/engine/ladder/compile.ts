/**
 * Compiling a ladder into scaled-integer segments (see CompiledSegments) so that pricing one
 * quantity is a binary search and one multiply-add on exact integers.
 *
 * Scales: Up to values are counted in 10^-quantityScale, the most decimals any of them has (0 for
 * the usual whole-unit bounds, so a whole quantity needs no scaling and a total in cents needs no
 * rounding); prices, fees and rates in 10^-valueScale, the most decimals any of them has. A quantity
 * with up to QUANTITY_DECIMALS more decimals (2.5 hours, 0.125 TB) is priced by widening the scale at
 * call time (see fast-path.ts). The work is done in bigint and every compiled entry is checked to be a
 * safe integer; a ladder that does not fit is marked `fast: false` and always takes the Decimal path.
 */
import { atScale, dec, type Decimal } from '../decimal';
import { decimalsOf, SAFE } from './fast-path';
import type { CompiledSegments } from './types';

/** Largest combined scale the fast path uses, before widening (powers of ten stay exact doubles). */
const MAX_SCALE = 14;

/** One band reduced to the linear pieces: Up to, per-unit value (price or rate) and a fixed amount. */
export interface Segment {
  readonly upTo: number | null;
  readonly perUnit: number;
  readonly fixed: number;
}

/** graduated: each band prices its own units; allUnits: the band reached prices every unit (volume, stairstep). */
export type SegmentForm = 'graduated' | 'allUnits';

const units = (value: number, scale: number): bigint => atScale(dec(value), scale).units;

function maxDecimals(values: readonly number[]): number {
  let most = 0;
  for (const value of values) {
    const d = decimalsOf(value, MAX_SCALE);
    if (d < 0) return -1;
    most = Math.max(most, d);
  }
  return most;
}

const slowSegments = (upper: Float64Array, lastUpTo: number | null, n: number): CompiledSegments => ({
  upper,
  maxQuantity: lastUpTo ?? Infinity,
  lower: new Float64Array(n),
  slope: new Float64Array(n),
  base: new Float64Array(n),
  quantityScale: 0,
  valueScale: 0,
  totalScale: 0,
  quantityUnit: 1,
  fast: false,
  lastUpTo,
});

function build(segments: readonly Segment[], form: SegmentForm, quantityScale: number, valueScale: number, upper: Float64Array, lastUpTo: number | null): CompiledSegments | null {
  const n = segments.length;
  const lower = new Float64Array(n);
  const slope = new Float64Array(n);
  const base = new Float64Array(n);
  const limit = BigInt(SAFE);
  const fixedShift = 10n ** BigInt(quantityScale);
  let below = 0n; // total of the bands below, graduated only
  let previousUpTo = 0n;
  for (let i = 0; i < n; i++) {
    const s = segments[i] as Segment;
    const perUnit = units(s.perUnit, valueScale);
    const fixed = units(s.fixed, valueScale) * fixedShift;
    const upTo = s.upTo === null ? null : units(s.upTo, quantityScale);
    let start = 0n;
    let b = fixed;
    if (form === 'graduated') {
      start = previousUpTo;
      below += fixed;
      b = below;
      if (upTo !== null) below += (upTo - previousUpTo) * perUnit;
    }
    if (perUnit >= limit || b >= limit || start >= limit || (upTo !== null && upTo >= limit)) return null;
    lower[i] = Number(start);
    slope[i] = Number(perUnit);
    base[i] = Number(b);
    if (upTo !== null) previousUpTo = upTo;
  }
  return {
    upper,
    maxQuantity: lastUpTo ?? Infinity,
    lower,
    slope,
    base,
    quantityScale,
    valueScale,
    totalScale: quantityScale + valueScale,
    quantityUnit: 10 ** quantityScale,
    fast: true,
    lastUpTo,
  };
}

/** Compile validated segments (bounds checked, values finite and non-negative). */
export function compileSegments(segments: readonly Segment[], form: SegmentForm): CompiledSegments {
  const n = segments.length;
  const upper = new Float64Array(n);
  segments.forEach((s, i) => (upper[i] = s.upTo ?? Infinity));
  const last = segments[n - 1];
  const lastUpTo = last?.upTo ?? null;
  const bounds = segments.flatMap((s) => (s.upTo === null ? [] : [s.upTo]));
  const boundScale = maxDecimals(bounds);
  const valueScale = maxDecimals(segments.flatMap((s) => [s.perUnit, s.fixed]));
  if (boundScale < 0 || valueScale < 0) return slowSegments(upper, lastUpTo, n);
  const compiled = boundScale + valueScale <= MAX_SCALE ? build(segments, form, boundScale, valueScale, upper, lastUpTo) : null;
  return compiled ?? slowSegments(upper, lastUpTo, n);
}

/** The exact decimal of an optional number. */
export const exactOrNull = (value: number | null): Decimal | null => (value === null ? null : dec(value));
