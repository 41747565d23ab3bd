/** How Excel interprets what is assigned to `range.values` / `range.formulas`, and what a user types. */
import { ExcelApiError } from './host';
import type { CellState, CellValue } from './state';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const DATE = /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/;
const MONTH_DATE = /^((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ -/]\d{1,4}|\d{1,2}[ -/](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)$/i;

export const isTextFormat = (format: string): boolean => format === '@';

/**
 * The cell that results from a user typing `input` over `cell` (test set-up, `FakeExcel.setCells`).
 * A string starting with `=` is a formula, like one starting with `+`, `-` or `@` that is not a
 * number; numbers, booleans and dates typed as text are converted, unless the cell has the text
 * format `@` or the string starts with an apostrophe (kept as the cell's prefix, not its value).
 */
export function typeCell(cell: CellState, input: unknown): CellState {
  if (typeof input === 'string' && !input.startsWith("'") && !isTextFormat(cell.numberFormat) && /^[+\-@]/.test(input) && !NUMBER.test(input.trim())) {
    return { ...withoutContent(cell), value: '#NAME?', formula: `=${input.replace(/^@/, '')}` };
  }
  if (typeof input === 'string' && isTextFormat(cell.numberFormat) && !input.startsWith("'")) return { ...withoutContent(cell), value: input };
  return writeCell(cell, input);
}

/** A value the double refuses because Microsoft documents no rule for it: code relying on it could fail in Excel. */
export class NotModelledError extends ExcelApiError {
  constructor(message: string) {
    super('NotModelled', `${message} (Microsoft documents no rule for it; write text with a leading apostrophe)`);
  }
}

function withoutContent(cell: CellState): CellState {
  const base: CellState = { ...cell };
  delete base.formula;
  delete base.quotePrefix;
  return base;
}

/**
 * The cell that results from assigning `input` to `range.values` or `range.formulas` over `cell`, by
 * the rules Microsoft documents, and no others:
 * - `null` leaves the cell unchanged (Range.values/formulas: a null entry is ignored).
 * - A string starting with `=`, `+` or `-` is a formula: "If the returned value starts with a plus
 *   ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula."
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 *   Into a cell with the text format `@` the documents do not say what happens: the double refuses it.
 * - A leading apostrophe is the cell's prefix character, not part of its value: the rest is text,
 *   whatever it looks like (Range.PrefixCharacter, and `Range("A1").Value = "'1"` storing a number as
 *   text in ErrorCheckingOptions.NumberAsText):
 *   https://learn.microsoft.com/en-us/office/vba/api/excel.range.prefixcharacter
 *   https://learn.microsoft.com/en-us/office/vba/api/excel.errorcheckingoptions.numberastext
 *   Reading `values` or `formulas` gives the text without it (OfficeDev/office-js issue 6687: writing
 *   `formulas` back as read turns such text into a formula).
 * - A leading `@` is not documented for Office.js: refused, so that no test depends on a guess.
 * - Other text is read as a user typing it: numbers, percents, booleans and dates are converted
 *   (Range.values: date-shaped strings become dates), except in a text-formatted (`@`) cell.
 */
export function writeCell(cell: CellState, input: unknown): CellState {
  if (input === null || input === undefined) return cell;
  const base = withoutContent(cell);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new ExcelApiError('InvalidArgument', 'a cell cannot hold NaN or Infinity');
    return { ...base, value: input };
  }
  if (typeof input === 'boolean') return { ...base, value: input };
  if (typeof input !== 'string') throw new ExcelApiError('InvalidArgument', `a cell cannot hold ${typeof input}`);
  if (input.startsWith("'")) return { ...base, value: input.slice(1), quotePrefix: true };
  if (input === '') return { ...base, value: '' };
  if (/^[=+-]/.test(input)) {
    if (isTextFormat(cell.numberFormat)) throw new NotModelledError(`"${input.slice(0, 20)}" written into a text-formatted (@) cell`);
    const rest = input.slice(1).trim();
    const standIn = input.startsWith('=') ? 0 : NUMBER.test(rest) ? Number(`${input[0]}${rest.replace(/%$/, '')}`) : '#NAME?';
    return { ...base, value: standIn, formula: input.startsWith('=') ? input : `=${input}` };
  }
  if (input.startsWith('@')) throw new NotModelledError(`"${input.slice(0, 20)}" starts with @`);
  if (isTextFormat(cell.numberFormat)) return { ...base, value: input };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith('%');
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return { ...base, value: percent ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(trimmed)) return { ...base, value: trimmed.toUpperCase() === 'TRUE' };
  if (DATE.test(trimmed) || MONTH_DATE.test(trimmed)) return { ...base, value: 46000, numberFormat: 'm/d/yyyy' };
  return { ...base, value: input };
}

/** What `range.formulas` reads back for a cell. */
export function readFormula(cell: CellState | undefined): CellValue {
  if (!cell) return '';
  return cell.formula ?? cell.value;
}

export function readValue(cell: CellState | undefined): CellValue {
  return cell ? cell.value : '';
}

export const blankCell = (): CellState => ({ value: '', numberFormat: 'General' });
