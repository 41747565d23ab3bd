/** Rectangles of cells for the renderer's checks (0-based, inclusive), from and to A1 addresses. */
import { columnIndex, columnLetters } from './a1';
import type { RangeSpec } from './spec';

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/** The rectangle of an address as Office.js reports it ('Price book'!B4:F20, Sheet1!C3, B4:F20). */
export function parseRangeAddress(address: string): Rect {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [first, second] = local.split(':');
  const cell = (text: string): { row: number; col: number } => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
    if (!m) throw new RangeError(`'${address}' is not a range address`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
  };
  const a = cell(first ?? '');
  const b = second === undefined ? a : cell(second);
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), lastRow: Math.max(a.row, b.row), lastCol: Math.max(a.col, b.col) };
}

export const rectOf = (range: RangeSpec): Rect => ({ row: range.at.row, col: range.at.col, lastRow: range.at.row + range.rows - 1, lastCol: range.at.col + range.cols - 1 });

export function rectA1(rect: Rect): string {
  const first = `${columnLetters(rect.col)}${rect.row + 1}`;
  return rect.row === rect.lastRow && rect.col === rect.lastCol ? first : `${first}:${columnLetters(rect.lastCol)}${rect.lastRow + 1}`;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  const r = { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col), lastRow: Math.min(a.lastRow, b.lastRow), lastCol: Math.min(a.lastCol, b.lastCol) };
  return r.row <= r.lastRow && r.col <= r.lastCol ? r : null;
}

/** The parts of `a` outside `b` (at most four rectangles). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const cut = intersection(a, b);
  if (!cut) return [a];
  const parts: Rect[] = [];
  if (a.row < cut.row) parts.push({ ...a, lastRow: cut.row - 1 });
  if (cut.lastRow < a.lastRow) parts.push({ ...a, row: cut.lastRow + 1 });
  if (a.col < cut.col) parts.push({ row: cut.row, lastRow: cut.lastRow, col: a.col, lastCol: cut.col - 1 });
  if (cut.lastCol < a.lastCol) parts.push({ row: cut.row, lastRow: cut.lastRow, col: cut.lastCol + 1, lastCol: a.lastCol });
  return parts;
}

/** The parts of `a` outside every rectangle of `holes`. */
export function subtractAll(a: Rect, holes: readonly Rect[]): Rect[] {
  return holes.reduce<Rect[]>((parts, hole) => parts.flatMap((p) => subtract(p, hole)), [a]);
}
