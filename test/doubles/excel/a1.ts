/**
 * A1 addressing for the Excel test double (its own small implementation, independent of the
 * renderer's, so that a slip in one is caught by the other).
 */

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parsePart(part: string): { row: number | null; col: number | null } {
  const cell = CELL.exec(part);
  if (cell) return { col: columnIndex(cell[1] as string), row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(part);
  if (column) return { col: columnIndex(column[1] as string), row: null };
  const row = ROW.exec(part);
  if (row) return { col: null, row: Number(row[1]) - 1 };
  throw new Error(`InvalidArgument: the address "${part}" is not valid`);
}

/** Parses "B2", "B2:D9", "C:C" or "3:3" (an optional sheet prefix is stripped). */
export function parseAddress(address: string): Rect {
  const bang = address.lastIndexOf('!');
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, second] = local.split(':');
  const a = parsePart(first ?? '');
  const b = second === undefined ? a : parsePart(second);
  const rect = {
    row: Math.min(a.row ?? 0, b.row ?? 0),
    col: Math.min(a.col ?? 0, b.col ?? 0),
    lastRow: a.row === null || b.row === null ? MAX_ROWS - 1 : Math.max(a.row, b.row),
    lastCol: a.col === null || b.col === null ? MAX_COLS - 1 : Math.max(a.col, b.col),
  };
  if (rect.lastRow >= MAX_ROWS || rect.lastCol >= MAX_COLS) {
    throw new Error(`InvalidArgument: the address "${address}" is outside the grid`);
  }
  return rect;
}

export function formatRect(rect: Rect): string {
  const first = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.row === rect.lastRow && rect.col === rect.lastCol) return first;
  return `${first}:${columnLetters(rect.lastCol)}${rect.lastRow + 1}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.row <= inner.row && inner.lastRow <= outer.lastRow && outer.col <= inner.col && inner.lastCol <= outer.lastCol;
}

export function rowCount(rect: Rect): number {
  return rect.lastRow - rect.row + 1;
}

export function columnCount(rect: Rect): number {
  return rect.lastCol - rect.col + 1;
}
