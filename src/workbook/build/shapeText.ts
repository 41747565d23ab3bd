/**
 * Numbers as words in formulas (formula text, no '='), written as the engine's explanation words write
 * them: money with the model's minor unit and thousands separators ("1,225.00"), quantities with
 * thousands separators and only the decimals they have ("1,200", "2.5").
 *
 * TEXT(value, format_text) with "#,##0.00" style codes: Microsoft's TEXT function
 * (https://support.microsoft.com/office/text-function-20d5ac4d-7b94-49fd-bb38-93d29371225c), where "#"
 * shows a digit only when the value has it and "0" always shows one. LibreOffice 7.4 reads the same codes.
 */
import { atScale, dec, normalize, round, toFixedString } from '../../engine/decimal';
import type { Model } from '../../engine/model/schema';

/** The number format of an amount in the model's minor unit: "#,##0.00" (2), "#,##0" (0). */
export const moneyCode = (model: Pick<Model, 'rounding'>): string =>
  model.rounding.minorUnits === 0 ? '#,##0' : `#,##0.${'0'.repeat(model.rounding.minorUnits)}`;

/** An amount as the engine writes it, from an expression already rounded (or exact) to the minor unit. */
export const moneyText = (model: Pick<Model, 'rounding'>, expr: string): string => `TEXT(${expr},"${moneyCode(model)}")`;

/**
 * A quantity as the engine writes it: a whole number with thousands separators, else with its decimals
 * (up to 6; "#" drops trailing zeros). The whole-number case is separate because "#,##0.######" would
 * leave a trailing decimal point.
 */
export const quantityText = (expr: string): string => `IF(${expr}=INT(${expr}),TEXT(${expr},"#,##0"),TEXT(${expr},"#,##0.######"))`;

/** A formula string literal: "…" with inner quotes doubled. */
export const literal = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Thousands separators on the whole part of a plain decimal string. */
function grouped(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${digits}` : `${sign}${digits}.${fraction}`;
}

/** What moneyText shows for `value` (rounded half away from zero, as TEXT does). */
export const moneyWords = (model: Pick<Model, 'rounding'>, value: number): string =>
  grouped(toFixedString(atScale(round(dec(value), model.rounding.minorUnits), model.rounding.minorUnits)));

/** What quantityText shows for `value`. */
export const quantityWords = (value: number): string => grouped(toFixedString(normalize(round(dec(value), 6))));
