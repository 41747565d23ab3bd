/**
 * The fast path: everything pricing one quantity touches, in one module, so that each step is a
 * direct call the optimising compiler inlines (module loaders that turn imports into property
 * getters would otherwise add a lookup per call). No allocation and no Decimal on the way.
 *
 * Scaled-integer arithmetic:
 * A value is held as an integer count of 10^-scale (a price of 12.5 at scale 2 is 1250), in a plain
 * double that stays within the safe-integer range, so every sum and product below is exact. Results
 * go back to numbers by one division by a power of ten: IEEE division is correctly rounded, so the
 * double is the nearest to the exact decimal and prints as that decimal (0.3, never
 * 0.30000000000000004). Any step that would leave the safe range reports -1 and the caller falls back
 * to the exact Decimal path.
 */

import { dec, normalize, round, toNumber, type Decimal } from '../decimal';
import { priceTotalExact } from './exact';
import { PricingError } from '../errors';
import { ladderMessages } from './messages';
import { checkQuantity } from './quantity';
import type { CompiledSegments, DiscountResult, PriceLadder, RoundOptions } from './types';

/** Quantity decimals the fast path accepts beyond those of the ladder's Up to values. */
export const QUANTITY_DECIMALS = 6;

/** Beyond 2^52 two decimals at the same scale may share one double; stay below it. */
export const SAFE = 2 ** 52;

/** Powers of ten that are exact doubles (10^0 … 10^22). */
export const POW10_NUMBER: Float64Array = (() => {
  const table = new Float64Array(23);
  let p = 1;
  for (let i = 0; i < table.length; i++) {
    table[i] = p;
    p *= 10;
  }
  return table;
})();

export const pow10n = (n: number): number => POW10_NUMBER[n] ?? 10 ** n;

/**
 * The number of decimals of `value` (as typed, i.e. its shortest round-trip form) if it is at most
 * `maxScale` and the scaled integer stays safe; -1 otherwise. `value` must be finite. Scales below
 * `minScale` are not tried (the answer is then at least `minScale`).
 */
export function decimalsOf(value: number, maxScale: number, minScale = 0): number {
  for (let scale = minScale; scale <= maxScale; scale++) {
    const p = pow10n(scale);
    const units = Math.round(value * p);
    if (Math.abs(units) >= SAFE) return -1;
    if (units / p === value) return scale;
  }
  return -1;
}

/**
 * Round a non-negative integer count of 10^-scale to `minorUnits` decimals, half away from zero
 * (Excel's ROUND), and return the integer count of 10^-minorUnits.
 */
export function roundUnits(units: number, scale: number, minorUnits: number): number {
  if (scale <= minorUnits) return units * (POW10_NUMBER[minorUnits - scale] as number);
  const divisor = POW10_NUMBER[scale - minorUnits] as number;
  // Below 2^52 the correctly rounded quotient never crosses an integer, so floor() is exact; it is
  // also far cheaper than % on doubles.
  const whole = Math.floor(units / divisor);
  const remainder = units - whole * divisor;
  return remainder * 2 >= divisor ? whole + 1 : whole;
}

/** The number a non-negative count of 10^-scale stands for, rounded to minor units unless `unrounded`. */
export function unitsToNumber(units: number, scale: number, minorUnits: number, unrounded: boolean): number {
  if (unrounded || scale <= minorUnits) return units / (POW10_NUMBER[scale] as number);
  return roundUnits(units, scale, minorUnits) / (POW10_NUMBER[minorUnits] as number);
}

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
 * `quantity` counted in 10^-quantityScale, or -1 when it has more decimals than the ladder's Up to
 * values (or does not fit). Whole quantities on whole-unit bounds need no arithmetic at all. With
 * k < 2^52 distinct decimals at this scale are distinct doubles, so `k / p === quantity` holds
 * exactly when the typed decimal is k·10^-quantityScale.
 */
export function narrowQuantity(ladder: CompiledSegments, quantity: number): number {
  if (ladder.quantityScale === 0) return Math.floor(quantity) === quantity && quantity < SAFE ? quantity : -1;
  const p = ladder.quantityUnit;
  const k = Math.round(quantity * p);
  return k < SAFE && k / p === quantity ? k : -1;
}

/**
 * The ladder's value at `quantity` in 10^-totalScale, or -1 when the quantity has more decimals
 * than the ladder's Up to values or the result would leave the safe-integer range. The hot path.
 */
export function segmentUnits(ladder: CompiledSegments, quantity: number): number {
  if (!ladder.fast) return -1;
  const k = narrowQuantity(ladder, quantity);
  if (k < 0) return -1;
  const i = bandIndex(ladder.upper, quantity);
  const total = (ladder.base[i] as number) + (k - (ladder.lower[i] as number)) * (ladder.slope[i] as number);
  return total < SAFE ? total : -1;
}

/** A ladder value at a widened scale, with the quantity it was computed for. */
export interface WidenedValue {
  /** The value in 10^-scale. */
  readonly units: number;
  readonly scale: number;
  /** The quantity in 10^-quantityScale. */
  readonly quantityUnits: number;
  readonly quantityScale: number;
}

/**
 * The ladder's value at a quantity with up to QUANTITY_DECIMALS more decimals than the ladder's Up
 * to values (2.5 units on whole-unit bounds), computed exactly at a scale widened for it; null when
 * it has more decimals than that or a figure leaves the safe-integer range (the caller then takes
 * the Decimal path).
 */
export function widenedUnits(ladder: CompiledSegments, quantity: number): WidenedValue | null {
  if (!ladder.fast) return null;
  // The narrow path has tried the ladder's own scale; a quantity that fits it but not the safe range
  // fails here too, widened, and goes on to the exact path.
  const quantityScale = decimalsOf(quantity, ladder.quantityScale + QUANTITY_DECIMALS, ladder.quantityScale + 1);
  if (quantityScale < 0) return null;
  const extra = quantityScale - ladder.quantityScale;
  const widen = POW10_NUMBER[extra] as number;
  const k = Math.round(quantity * (POW10_NUMBER[quantityScale] as number));
  const i = bandIndex(ladder.upper, quantity);
  const base = (ladder.base[i] as number) * widen;
  const lower = (ladder.lower[i] as number) * widen;
  if (!(base < SAFE && lower < SAFE && k < SAFE)) return null;
  const units = base + (k - lower) * (ladder.slope[i] as number);
  if (!(units < SAFE)) return null;
  return { units, scale: ladder.totalScale + extra, quantityUnits: k, quantityScale };
}

/** The ladder's value at `quantity` on the narrow path or widened; null when only Decimal will do. */
export function scaledValue(ladder: CompiledSegments, quantity: number): WidenedValue | null {
  const units = segmentUnits(ladder, quantity);
  if (units >= 0) {
    const quantityUnits = narrowQuantity(ladder, quantity);
    return { units, scale: ladder.totalScale, quantityUnits, quantityScale: ladder.quantityScale };
  }
  return widenedUnits(ladder, quantity);
}

export const DEFAULT_MINOR_UNITS = 2;
export const MAX_MINOR_UNITS = 10;

/** Minor units (decimals of the currency's minor unit): default 2, a whole number from 0 to 10. */
export function minorUnitsOf(value: unknown): number {
  if (value === undefined) return DEFAULT_MINOR_UNITS;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_MINOR_UNITS) return value;
  throw new PricingError('range', ladderMessages.minorUnits(value), 'minorUnits');
}

/** minorUnits of RoundOptions, checked (the common values without a call). */
function minorUnitsIn(options: RoundOptions): number {
  const minorUnits = options.minorUnits;
  if (minorUnits === undefined) return 2;
  return Number.isInteger(minorUnits) && minorUnits >= 0 && minorUnits <= MAX_MINOR_UNITS ? minorUnits : minorUnitsOf(minorUnits);
}

/**
 * The total price of `quantity`, rounded once to minor units (default 2) unless `unrounded`.
 * Whole quantities (and those with the Up to values' decimals): band search, one multiply-add on
 * scaled integers and one rounding; more decimals: a scale widened for the quantity; figures
 * beyond the safe-integer range: the exact Decimal reference. All three give the same number.
 */
export function priceTotal(ladder: PriceLadder, quantity: number, options?: RoundOptions): number {
  if (!(typeof quantity === 'number' && quantity >= 0 && quantity <= ladder.maxQuantity && quantity < Infinity)) {
    checkQuantity(ladder, quantity); // throws the message for this quantity
  }
  let minorUnits = 2;
  let unrounded = false;
  if (options !== undefined) {
    minorUnits = minorUnitsIn(options);
    unrounded = options.unrounded === true;
  }
  if (quantity === 0) return 0;
  const total = segmentUnits(ladder, quantity);
  if (total >= 0) return unitsToNumber(total, ladder.totalScale, minorUnits, unrounded);
  const widened = widenedUnits(ladder, quantity);
  if (widened !== null) return unitsToNumber(widened.units, widened.scale, minorUnits, unrounded);
  return exactToNumber(priceTotalExact(ladder, dec(quantity)), minorUnits, unrounded);
}

/** An exact figure as a number: rounded once to minor units, or as is. */
export function exactToNumber(value: Decimal, minorUnits: number, unrounded: boolean): number {
  return toNumber(unrounded ? normalize(value) : round(value, minorUnits));
}

/** Decimals of a list price the fast discount path takes (beyond, the exact path). */
const LIST_DECIMALS = 8;
// A one-entry memo of the last list price's decimals: a column of quantities at one list price
// finds them once. Pure in effect (the same input always gives the same answer).
let memoList = NaN;
let memoListScale = -1;

function listScaleOf(listUnitPrice: number): number {
  if (listUnitPrice !== memoList) {
    memoListScale = decimalsOf(listUnitPrice, LIST_DECIMALS);
    memoList = listUnitPrice;
  }
  return memoListScale;
}

/**
 * Net, discount and effective rate of a discount ladder on scaled integers (checked inputs,
 * quantity > 0); null when a figure does not fit and the caller must take the exact path.
 * W(q) is the rate-weighted quantity the ladder compiles to: money off = list × W(q).
 */
export function fastDiscount(ladder: CompiledSegments, listUnitPrice: number, quantity: number, minorUnits: number, unrounded: boolean): DiscountResult | null {
  let weighted = segmentUnits(ladder, quantity); // W(q) in 10^-valueScale
  let k = 0; // q in 10^-quantityScale
  let valueScale = ladder.totalScale;
  let quantityScale = ladder.quantityScale;
  if (weighted >= 0) {
    k = narrowQuantity(ladder, quantity);
  } else {
    const widened = widenedUnits(ladder, quantity);
    if (widened === null) return null;
    ({ units: weighted, quantityUnits: k, scale: valueScale, quantityScale } = widened);
  }
  const listScale = listScaleOf(listUnitPrice);
  if (listScale < 0) return null;
  const list = Math.round(listUnitPrice * (POW10_NUMBER[listScale] as number));
  const rateShift = POW10_NUMBER[valueScale - quantityScale] as number;
  const scale = listScale + valueScale;
  const gross = list * k * rateShift; // list × q in 10^-scale
  const off = list * weighted;
  const rateDivisor = k * rateShift;
  if (!(gross < SAFE && off < SAFE && rateDivisor < SAFE) || scale > 22) return null;
  const effectiveRate = weighted / rateDivisor;
  const p = POW10_NUMBER[scale] as number;
  if (unrounded) return { net: (gross - off) / p, discount: off / p, effectiveRate };
  const net = roundUnits(gross - off, scale, minorUnits);
  const grossRounded = roundUnits(gross, scale, minorUnits);
  if (!(grossRounded < SAFE)) return null;
  const minor = POW10_NUMBER[minorUnits] as number;
  return { net: net / minor, discount: (grossRounded - net) / minor, effectiveRate };
}
