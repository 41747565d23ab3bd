/** How Excel interprets what is assigned to `range.values` / `range.formulas`, as a user typing it. */
import type { CellState, CellValue } from './state';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const DATE = /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/;
const MONTH_DATE = /^((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ -/]\d{1,4}|\d{1,2}[ -/](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)$/i;

export const isTextFormat = (format: string): boolean => format === '@';

/**
 * The cell that results from writing `input` over `cell`. `null` leaves the cell unchanged (as in
 * Office.js). A string starting with `=` becomes a formula, like one starting with `+`, `-` or `@`
 * that is not a number; numbers, booleans and dates typed as text are converted, unless the cell has
 * the text format `@` or the string starts with an apostrophe.
 */
export function writeCell(cell: CellState, input: unknown): CellState {
  if (input === null || input === undefined) return cell;
  const base: CellState = { ...cell };
  delete base.formula;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error('InvalidArgument: a cell cannot hold NaN or Infinity');
    return { ...base, value: input };
  }
  if (typeof input === 'boolean') return { ...base, value: input };
  if (typeof input !== 'string') throw new Error(`InvalidArgument: a cell cannot hold ${typeof input}`);
  if (isTextFormat(cell.numberFormat)) return { ...base, value: input };
  if (input.startsWith("'")) return { ...base, value: input.slice(1) };
  if (input === '') return { ...base, value: '' };
  if (input.startsWith('=') && input.length > 1) return { ...base, value: 0, formula: input };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith('%');
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return { ...base, value: percent ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(trimmed)) return { ...base, value: trimmed.toUpperCase() === 'TRUE' };
  if (DATE.test(trimmed) || MONTH_DATE.test(trimmed)) return { ...base, value: 46000, numberFormat: 'm/d/yyyy' };
  if (/^[+\-@]/.test(input)) return { ...base, value: '#NAME?', formula: `=${input.replace(/^@/, '')}` };
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
