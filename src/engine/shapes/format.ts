/**
 * How numbers are written in an explanation, so a workbook formula can write them the same way:
 * - an amount of money: rounded to the minor unit (by the model's rounding mode; the workbook reads the
 *   already-rounded cells), thousands grouped with commas, exactly `minorUnits` decimals and no decimal
 *   point when that is 0 — what Excel's TEXT(x, "#,##0.00") writes for 2 minor units, "#,##0" for 0;
 * - a unit price (a per-unit or bundle list price, a band's unit price, a package's price, an overage
 *   rate): as an amount of money when it has no more decimals than the minor unit; else every decimal it
 *   has, unrounded, trailing zeros dropped (0.0006 → "0.0006", 0.125 → "0.125") — Excel's
 *   TEXT(x, "#,##0.00##########") for 2 minor units (for 0 minor units, TEXT(x, "#,##0") when x is whole,
 *   else TEXT(x, "#,##0.##########"), as Excel would write "100." for a whole number);
 * - a quantity: as typed, thousands grouped with commas, no trailing zeros and no decimal point when
 *   whole (1200 → "1,200", 2.5 → "2.5") — Excel's TEXT(x, "#,##0") when whole, else TEXT(x, "#,##0.##########").
 * Negative values take a leading "-" (no amount of an explanation is negative).
 */
import { type Decimal, type RoundingMode, normalize } from '../decimal';
import { roundMoney } from '../rounding/roundMoney';

const SAFE = 2n ** 53n;

/** The whole part's digits with a comma every three from the right. */
function grouped(whole: string): string {
  if (whole.length <= 3) return whole;
  let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = out.length; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}

/** The decimal digits of a whole number of units at `scale`, grouped, with its sign. */
function writtenDigits(negative: boolean, digits: string, scale: number): string {
  if (scale === 0) return `${negative ? '-' : ''}${grouped(digits)}`;
  const padded = digits.length > scale ? digits : digits.padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${grouped(padded.slice(0, -scale))}.${padded.slice(-scale)}`;
}

function written(d: Decimal): string {
  const negative = d.units < 0n;
  return writtenDigits(negative, (negative ? -d.units : d.units).toString(), d.scale);
}

/** An amount of money: "1,225.00" (2 minor units), "12,300" (0). */
export function formatMoney(amount: Decimal, minorUnits: number, mode: RoundingMode = 'halfAwayFromZero'): string {
  if (amount.scale === minorUnits && amount.units < SAFE && amount.units > -SAFE) {
    // Already at the minor unit and a whole number a double holds exactly: its digits without a bigint.
    const units = Number(amount.units);
    return writtenDigits(units < 0, String(units < 0 ? -units : units), minorUnits);
  }
  return written(roundMoney(amount, minorUnits, mode));
}

/** A unit price: "49.00", "0.0006". */
export function formatUnitPrice(price: Decimal, minorUnits: number, mode: RoundingMode = 'halfAwayFromZero'): string {
  const exact = normalize(price);
  return exact.scale <= minorUnits ? formatMoney(exact, minorUnits, mode) : written(exact);
}

/** A quantity: "1,200", "2.5". */
export function formatQuantity(quantity: Decimal): string {
  return written(normalize(quantity));
}
