/**
 * Numbers as words in formulas (formula text, no '='), written as the engine's explanation words write
 * them (src/engine/shapes/format.ts): money rounded to the model's minor unit with thousands separators
 * ("1,225.00"), unit prices likewise unless they have more decimals ("0.0006"), quantities with
 * thousands separators and only the decimals they have ("1,200", "2.5").
 *
 * TEXT(value, format_text) with "#,##0.00" style codes: Microsoft's TEXT function
 * (https://support.microsoft.com/office/text-function-20d5ac4d-7b94-49fd-bb38-93d29371225c), where "#"
 * shows a digit only when the value has it and "0" always shows one. LibreOffice 7.4 reads the same codes.
 * TEXT rounds halves away from zero, so an amount is rounded by the model's policy first.
 */
import { dec } from '../../engine/decimal';
import type { Model } from '../../engine/model/schema';
import { formatMoney, formatQuantity, formatUnitPrice } from '../../engine/shapes';
import { roundMoneyFormula } from './rounding';

/** The number format of an amount in the model's minor unit: "#,##0.00" (2), "#,##0" (0). */
export const moneyCode = (model: Pick<Model, 'rounding'>): string =>
  model.rounding.minorUnits === 0 ? '#,##0' : `#,##0.${'0'.repeat(model.rounding.minorUnits)}`;

/** An amount as the engine writes it (rounded to the minor unit by the model's rounding mode). */
export const moneyText = (model: Pick<Model, 'rounding'>, expr: string): string => `TEXT(${roundMoneyFormula(model, expr)},"${moneyCode(model)}")`;

/** Up to 12 decimals in all, as a double holds a price. */
const MORE = 12;

/**
 * A unit price as the engine writes it: as money when it has no more decimals than the minor unit, else
 * every decimal it has: "#,##0.00##########" (2 minor units); for 0 minor units "#,##0" when whole, else
 * "#,##0.##########" (a whole number would keep its decimal point).
 */
export function priceText(model: Pick<Model, 'rounding'>, expr: string): string {
  const mu = model.rounding.minorUnits;
  if (mu > 0) return `TEXT(${expr},"#,##0.${'0'.repeat(mu)}${'#'.repeat(Math.max(0, MORE - mu))}")`;
  return `IF(${expr}=INT(${expr}),TEXT(${expr},"#,##0"),TEXT(${expr},"#,##0.${'#'.repeat(MORE)}"))`;
}

/**
 * A quantity as the engine writes it: a whole number with thousands separators, else with its decimals
 * ("#" drops trailing zeros; the whole-number case is separate because it would keep a decimal point).
 */
export const quantityText = (expr: string): string => `IF(${expr}=INT(${expr}),TEXT(${expr},"#,##0"),TEXT(${expr},"#,##0.${'#'.repeat(MORE)}"))`;

/** A formula string literal: "…" with inner quotes doubled. */
export const literal = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** What moneyText shows for `value`. */
export const moneyWords = (model: Pick<Model, 'rounding'>, value: number): string => formatMoney(dec(value), model.rounding.minorUnits, model.rounding.mode);

/** What priceText shows for `value`. */
export const priceWords = (model: Pick<Model, 'rounding'>, value: number): string => formatUnitPrice(dec(value), model.rounding.minorUnits, model.rounding.mode);

/** What quantityText shows for `value`. */
export const quantityWords = (value: number): string => formatQuantity(dec(value));
