/** A1 addresses and references for formulas (0-based row/col in, A1 text out). */
import type { CellAddress, RangeSpec } from './spec';

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > 16383) throw new RangeError(`column index ${col} is outside A..XFD`);
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`'${letters}' is not a column`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 text of a cell; `absolute` gives $A$1. */
export function a1(at: CellAddress, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(at.col)}${d}${at.row + 1}`;
}

/** Shorthand: A1 text from row and column. */
export const cellA1 = (row: number, col: number, absolute = false): string => a1({ row, col }, absolute);

/** A1 text of a range (A1:B3); a single cell gives A1. */
export function rangeA1(range: RangeSpec, absolute = false): string {
  const first = a1(range.at, absolute);
  if (range.rows === 1 && range.cols === 1) return first;
  return `${first}:${a1({ row: range.at.row + range.rows - 1, col: range.at.col + range.cols - 1 }, absolute)}`;
}

/** Parses A1 or $A$1 into a 0-based address. */
export function parseA1(text: string): CellAddress {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m || m[1] === undefined || m[2] === undefined) throw new RangeError(`'${text}' is not an A1 cell address`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** A sheet name as formulas quote it: 'Price book' (apostrophes doubled). Always quoted: always legal. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A cross-sheet reference: 'Price book'!$D$7. */
export function qualified(sheet: string, ref: string): string {
  return `${sheetRef(sheet)}!${ref}`;
}

/** A formula string literal: "a ""quoted"" word". */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Human-readable cell name for messages: Price book!D7. */
export function cellName(sheet: string, at: CellAddress): string {
  return `${sheet}!${a1(at)}`;
}
