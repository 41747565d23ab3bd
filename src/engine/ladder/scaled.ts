/**
 * Scaled-integer arithmetic for the ladder hot path.
 *
 * A value is held as an integer count of 10^-scale (a price of 12.5 at scale 2 is 1250), in a plain
 * double that stays within the safe-integer range, so every sum and product below is exact. Results
 * go back to numbers by one division by a power of ten: IEEE division is correctly rounded, so the
 * double is the nearest to the exact decimal and prints as that decimal (0.3, never
 * 0.30000000000000004). Any step that would leave the safe range reports -1 and the caller falls back
 * to the exact Decimal path.
 */

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
 * `maxScale` and the scaled integer stays safe; -1 otherwise. `value` must be finite.
 */
export function decimalsOf(value: number, maxScale: number): number {
  for (let scale = 0; scale <= maxScale; scale++) {
    const p = pow10n(scale);
    const units = Math.round(value * p);
    if (Math.abs(units) >= SAFE) return -1;
    if (units / p === value) return scale;
  }
  return -1;
}

/**
 * `value` as an integer count of 10^-scale, or -1 when it has more decimals than `scale` or does not
 * fit. `value` must be finite and non-negative. With |units| < 2^52 distinct decimals at this scale
 * are distinct doubles, so `units / p === value` holds exactly when the typed decimal is units·10^-scale.
 */
export function unitsAt(value: number, scale: number): number {
  const p = POW10_NUMBER[scale] as number;
  const units = Math.round(value * p);
  return units < SAFE && units / p === value ? units : -1;
}

/**
 * Round a non-negative integer count of 10^-scale to `minorUnits` decimals, half away from zero
 * (Excel's ROUND), and return the integer count of 10^-minorUnits.
 */
export function roundUnits(units: number, scale: number, minorUnits: number): number {
  if (scale <= minorUnits) return units * (POW10_NUMBER[minorUnits - scale] as number);
  const divisor = POW10_NUMBER[scale - minorUnits] as number;
  const remainder = units % divisor;
  const whole = (units - remainder) / divisor;
  return remainder * 2 >= divisor ? whole + 1 : whole;
}

/** The number a non-negative count of 10^-scale stands for, rounded to minor units unless `unrounded`. */
export function unitsToNumber(units: number, scale: number, minorUnits: number, unrounded: boolean): number {
  if (unrounded || scale <= minorUnits) return units / (POW10_NUMBER[scale] as number);
  return roundUnits(units, scale, minorUnits) / (POW10_NUMBER[minorUnits] as number);
}
