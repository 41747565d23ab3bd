/**
 * What the renderer assigns to `range.formulas` for each cell of the description. Text that Excel would
 * read as something else (a formula for '=', '+', '-', '@'; a number, date, percent or boolean) gets a
 * leading apostrophe, which Excel keeps as the cell's prefix character and does not show, so it stays
 * the text a user typed, whatever the cell's number format.
 *
 * Why these rules, from Microsoft's documentation:
 * - Range.values / Range.formulas: "If the returned value starts with a plus ("+"), minus ("-"), or
 *   equal sign ("="), Excel interprets this value as a formula"; date-shaped strings become dates.
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 * - The apostrophe is Excel's prefix character for a text label, not part of the value
 *   (Range.PrefixCharacter), and assigning "'1" to a cell's value stores the number as text
 *   (the example of ErrorCheckingOptions.NumberAsText). These pages document Excel's object model; the
 *   Office.js reference says nothing either way, and Excel on the web and desktop behave the same.
 *   https://learn.microsoft.com/en-us/office/vba/api/excel.range.prefixcharacter
 *   https://learn.microsoft.com/en-us/office/vba/api/excel.errorcheckingoptions.numberastext
 * - What a formula-looking string does in a text-formatted ('@') cell is not documented for Office.js,
 *   so text is escaped there too, and a formula never goes into such a cell (`cellFormatCode`).
 * Reading `formulas` back gives such text without its apostrophe: never write back what was read.
 */
import { numberFormat } from '../formats';
import type { CellFormat, CellSpec } from '../spec';

/** A value Office.js accepts in a 2D `formulas` array. */
export type CellInput = string | number | boolean;

const MONTHS = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const SAFE_TEXT = /^[A-Za-z\u00C0-\uFFFF]/;
const LOOKS_LIKE_VALUE = new RegExp(
  [
    '^(true|false)$',
    `^${MONTHS}[\\s\\-/.,]*\\d`,
    `^${MONTHS}$`,
    '^[a-z]{1,3}\\d{1,7}$',
    '^(a|p|am|pm)$',
  ].join('|'),
  'i',
);

/** Whether Excel would keep `text` as text when typed into a General cell. */
export function isPlainText(text: string): boolean {
  return text !== '' && SAFE_TEXT.test(text) && !LOOKS_LIKE_VALUE.test(text.trim()) && text === text.trimStart();
}

/** Text as typed into a cell so that it stays text whatever it starts with. */
export function textInput(text: string): string {
  return text === '' || isPlainText(text) ? text : `'${text}`;
}

/**
 * The `formulas` entry of a cell whose number format is `formatCode` (set in the same batch, before).
 * Text is escaped whatever the format (see above). Blank is '' (clears).
 */
export function cellInput(cell: CellSpec, _formatCode: string): CellInput {
  switch (cell.kind) {
    case 'text':
      return textInput(cell.value);
    case 'number':
      return Number.isFinite(cell.value) ? cell.value : '';
    case 'bool':
      return cell.value;
    case 'blank':
      return '';
    case 'formula':
      return cell.formula;
  }
}

/**
 * The number format a cell gets: its column's, except that a formula never goes into a text-formatted
 * cell (Excel would keep the formula as text there).
 */
export const cellFormatCode = (cell: CellSpec, formatCode: string): string => (cell.kind === 'formula' && formatCode === '@' ? 'General' : formatCode);

/** Number format strings of a workbook, memoised per cell format. */
export function formatCodes(currency: string, minorUnits: number): (format: CellFormat) => string {
  const cache = new Map<CellFormat, string>();
  return (format) => {
    let code = cache.get(format);
    if (code === undefined) {
      code = numberFormat(format, currency, minorUnits);
      cache.set(format, code);
    }
    return code;
  };
}

/** Excel column width in points for a width in characters (Calibri 11: 7 px a character plus 5 px padding). */
export const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
