/**
 * Exact decimal arithmetic for money, rates and quantities.
 *
 * A Decimal is `units × 10^-scale` with `units` a bigint, so 0.1 + 0.2 is exactly 0.3 and a price is
 * only ever rounded where the caller says so. Numbers typed in Excel arrive as doubles; `dec` reads
 * them by their shortest round-trip form (what Excel shows), which is the decimal the user typed.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/** How a value is rounded to a number of decimals. Excel's ROUND is half away from zero. */
export type RoundingMode = 'halfAwayFromZero' | 'halfEven' | 'up' | 'down' | 'ceiling' | 'floor';

const POW10: bigint[] = [];
export function pow10(n: number): bigint {
  let p = POW10[n];
  if (p === undefined) {
    p = 10n ** BigInt(n);
    POW10[n] = p;
  }
  return p;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };
export const ONE: Decimal = { units: 1n, scale: 0 };

/** The exact decimal a finite number stands for (by its shortest round-trip representation). */
export function dec(value: number | string | bigint): Decimal {
  if (typeof value === 'bigint') return { units: value, scale: 0 };
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (typeof value === 'number' && Number.isInteger(value) && Number.isSafeInteger(value)) {
    return { units: BigInt(value), scale: 0 };
  }
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new RangeError(`not a decimal number: "${text}"`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const digits = BigInt((whole + fraction) || '0') * (sign === '-' ? -1n : 1n);
  const scale = fraction.length - Number(exponent);
  return scale >= 0 ? { units: digits, scale } : { units: digits * pow10(-scale), scale: 0 };
}

/** The nearest double to the decimal: exact decimals print as typed (0.3, never 0.30000000000000004). */
export function toNumber(d: Decimal): number {
  return d.scale === 0 ? Number(d.units) : Number(`${d.units}e-${d.scale}`);
}

/** The same value expressed at a larger scale (exact). */
export function atScale(d: Decimal, scale: number): Decimal {
  if (scale < d.scale) throw new RangeError('atScale only widens; use round() to narrow');
  return scale === d.scale ? d : { units: d.units * pow10(scale - d.scale), scale };
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [atScale(a, scale).units, atScale(b, scale).units, scale];
}

export function add(augend: Decimal, addend: Decimal): Decimal {
  const [a, b, scale] = aligned(augend, addend);
  return { units: a + b, scale };
}

export function subtract(minuend: Decimal, subtrahend: Decimal): Decimal {
  const [a, b, scale] = aligned(minuend, subtrahend);
  return { units: a - b, scale };
}

export function multiply(multiplicand: Decimal, multiplier: Decimal): Decimal {
  return { units: multiplicand.units * multiplier.units, scale: multiplicand.scale + multiplier.scale };
}

export function negate(d: Decimal): Decimal {
  return { units: -d.units, scale: d.scale };
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce(add, ZERO);
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sign(d: Decimal): -1 | 0 | 1 {
  return d.units < 0n ? -1 : d.units > 0n ? 1 : 0;
}

export const isZero = (d: Decimal): boolean => d.units === 0n;
export const min = (a: Decimal, b: Decimal): Decimal => (compare(a, b) <= 0 ? a : b);
export const max = (a: Decimal, b: Decimal): Decimal => (compare(a, b) >= 0 ? a : b);

/** Integer division of n by d (d > 0) rounded by mode. */
export function divideIntegers(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d <= 0n) throw new RangeError('divisor must be positive');
  const q = n / d; // truncates toward zero
  const r = n - q * d;
  if (r === 0n) return q;
  const away = n < 0n ? q - 1n : q + 1n;
  const twice = (r < 0n ? -r : r) * 2n;
  switch (mode) {
    case 'halfAwayFromZero':
      return twice >= d ? away : q;
    case 'halfEven':
      return twice > d || (twice === d && q % 2n !== 0n) ? away : q;
    case 'up':
      return away;
    case 'down':
      return q;
    case 'ceiling':
      return n > 0n ? q + 1n : q;
    case 'floor':
      return n < 0n ? q - 1n : q;
  }
}

/** Round to `scale` decimals (the one place a value loses precision). */
export function round(d: Decimal, scale: number, mode: RoundingMode = 'halfAwayFromZero'): Decimal {
  if (scale >= d.scale) return d;
  return { units: divideIntegers(d.units, pow10(d.scale - scale), mode), scale };
}

/** dividend / divisor rounded to `scale` decimals. Throws RangeError on division by zero. */
export function divide(dividend: Decimal, divisor: Decimal, scale: number, mode: RoundingMode = 'halfAwayFromZero'): Decimal {
  if (divisor.units === 0n) throw new RangeError('division by zero');
  // value = (a·10^-sa) / (b·10^-sb); scaled to 10^-scale: a·10^(scale - sa + sb) / b
  const shift = scale - dividend.scale + divisor.scale;
  let n = shift >= 0 ? dividend.units * pow10(shift) : dividend.units;
  let m = shift >= 0 ? divisor.units : divisor.units * pow10(-shift);
  if (m < 0n) {
    n = -n;
    m = -m;
  }
  return { units: divideIntegers(n, m, mode), scale };
}

/** Drop trailing zeros of the fraction (1.50 → 1.5), for stable comparison and printing. */
export function normalize(d: Decimal): Decimal {
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

export function toFixedString(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const body = d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
  return negative ? `-${body}` : body;
}
