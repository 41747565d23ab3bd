/**
 * What a previous build left on a sheet of an existing .xlsx (the footprint rules are shared with the
 * Office renderer: previousFootprint.ts), and the user's content in cells a rebuild would claim.
 */
import type { Worksheet } from 'exceljs';
import type { Footprint } from '../footprint';
import { previousFootprint } from '../previousFootprint';
import { type Rect, rectA1, subtractAll } from '../rects';
import type { RegistryEntry } from '../registry';
import type { SheetKey } from '../spec';
import { eachCellIn } from './internals';
import { tablesOf } from './readXlsx';

export interface PreviousSheet {
  readonly ws: Worksheet;
  readonly footprint: Footprint;
  /** Names of Tiercraft's tables as the worksheet holds them (the registry's case may differ). */
  readonly tableNames: readonly string[];
}

const cell = (row: number, col: number): Rect => ({ row, col, lastRow: row, lastCol: col });

/** Tiercraft's previous content on `ws`: the registered tables found on it, and its loose cells. */
export function previousSheet(ws: Worksheet, key: SheetKey, entry: Pick<RegistryEntry, 'tables' | 'cells'>): PreviousSheet {
  const wanted = new Set(entry.tables.map((t) => t.toLowerCase()));
  const tables: { name: string; rect: Rect }[] = [];
  for (const [name, { from, to }] of tablesOf(ws)) {
    if (wanted.has(name.toLowerCase())) tables.push({ name, rect: { row: from.row, col: from.col, lastRow: to.row, lastCol: to.col } });
  }
  const footprint = previousFootprint(key, tables, entry.cells, ws.actualRowCount > 0 ? ws.rowCount - 1 : -1);
  return { ws, footprint, tableNames: tables.map((t) => t.name) };
}

/** Whether a cell holds something of a user's: a value, a formula or a note. */
function filled(c: { value: unknown; note?: unknown }): boolean {
  const v = c.value;
  return (v !== null && v !== undefined && v !== '') || (c.note !== undefined && c.note !== null && c.note !== '');
}

/** A1 addresses of the filled cells of `ws` inside `rects` (cells with only a note included), row by row. */
export function filledCellsIn(ws: Worksheet, rects: readonly Rect[]): string[] {
  const found = new Map<string, { row: number; col: number }>();
  eachCellIn(ws, rects, (here, r, c) => {
    if (filled(here)) found.set(`${r},${c}`, { row: r, col: c });
  });
  return [...found.values()].sort((a, b) => a.row - b.row || a.col - b.col).map((at) => rectA1(cell(at.row, at.col)));
}

/** Whether `rect` lies wholly within `rects`. */
export const within = (rect: Rect, rects: readonly Rect[]): boolean => subtractAll(rect, rects).length === 0;
