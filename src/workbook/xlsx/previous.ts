/**
 * What a previous build left on a sheet of an existing workbook: Tiercraft's registered tables where they
 * stand now (a user may have moved one) and its loose cells (the registry's `Cells`; for workbooks built
 * before that column, the cells every build wrote: title and note, table captions, the Quote sheet's
 * customer and the row above its lines, the model sheet's JSON column). And the user's content in cells a
 * rebuild would claim.
 */
import type { Worksheet } from 'exceljs';
import { type Footprint, cellAbove } from '../footprint';
import { type Rect, rectA1, subtractAll } from '../rects';
import { MODEL_JSON_COL, modelSlotsRect, REGISTRY_AT, type RegistryEntry } from '../registry';
import type { CellAddress, SheetKey } from '../spec';
import { tablesOf } from './readXlsx';

export interface PreviousSheet {
  readonly ws: Worksheet;
  readonly footprint: Footprint;
  /** Names of Tiercraft's tables as the worksheet holds them (the registry's case may differ). */
  readonly tableNames: readonly string[];
}

const cell = (row: number, col: number, lastCol = col): Rect => ({ row, col, lastRow: row, lastCol });

/** Loose cells of a workbook whose registry has no `Cells` column. */
function fallbackCells(ws: Worksheet, key: SheetKey, tables: Footprint['tables']): Rect[] {
  const out: Rect[] = [{ row: 0, col: 0, lastRow: 1, lastCol: 0 }];
  for (const t of tables) {
    if (t.rect.row === 0) continue;
    if (key === 'quote' && t.name.toLowerCase() === 'quotelines') out.push(cell(t.rect.row - 1, t.rect.col, t.rect.lastCol));
    else out.push(cell(t.rect.row - 1, t.rect.col));
  }
  if (key === 'quote') out.push(cell(2, 0, 1));
  if (key === 'model') {
    let last: number = REGISTRY_AT.row;
    while (typeof ws.findCell(last + 2, MODEL_JSON_COL + 1)?.value === 'string') last += 1;
    out.push({ row: REGISTRY_AT.row, col: MODEL_JSON_COL, lastRow: last, lastCol: MODEL_JSON_COL });
  }
  return out;
}

/** Tiercraft's previous content on `ws`: the registered tables found on it, and its loose cells. */
export function previousSheet(ws: Worksheet, key: SheetKey, entry: Pick<RegistryEntry, 'tables' | 'cells'>): PreviousSheet {
  const wanted = new Set(entry.tables.map((t) => t.toLowerCase()));
  const tables: { name: string; rect: Rect }[] = [];
  for (const [name, { from, to }] of tablesOf(ws)) {
    if (wanted.has(name.toLowerCase())) tables.push({ name, rect: { row: from.row, col: from.col, lastRow: to.row, lastCol: to.col } });
  }
  const slots = key === 'model' ? modelSlotsRect(ws.actualRowCount > 0 ? ws.rowCount - 1 : -1) : null;
  // The registry records loose cells only; a caption stands above its table wherever the table stands.
  const recorded = entry.cells ? [...entry.cells, ...tables.flatMap((t) => cellAbove(t.rect))] : fallbackCells(ws, key, tables);
  const cells = [...recorded, ...(slots ? [slots] : [])];
  return { ws, footprint: { tables, cells }, tableNames: tables.map((t) => t.name) };
}

/** Lower-case table name → header cell, for describeWorkbook to keep each table where it stands. */
export function anchorsOf(previous: Iterable<PreviousSheet>): Map<string, CellAddress> {
  const out = new Map<string, CellAddress>();
  for (const p of previous) for (const t of p.footprint.tables) out.set(t.name.toLowerCase(), { row: t.rect.row, col: t.rect.col });
  return out;
}

/** Whether a cell holds something of a user's: a value, a formula or a note. */
function filled(c: { value: unknown; note?: unknown }): boolean {
  const v = c.value;
  return (v !== null && v !== undefined && v !== '') || (c.note !== undefined && c.note !== null && c.note !== '');
}

/** A1 addresses of the filled cells of `ws` inside `rects` (cells with only a note included), row by row. */
export function filledCellsIn(ws: Worksheet, rects: readonly Rect[]): string[] {
  const found = new Map<string, { row: number; col: number }>();
  for (const x of rects) {
    for (let r = x.row; r <= x.lastRow; r += 1) {
      const row = ws.findRow(r + 1);
      if (row === undefined) continue;
      for (let c = x.col; c <= x.lastCol; c += 1) {
        const here = row.findCell(c + 1);
        if (here !== undefined && filled(here)) found.set(`${r},${c}`, { row: r, col: c });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.row - b.row || a.col - b.col).map((at) => rectA1(cell(at.row, at.col)));
}

/** Whether `rect` lies wholly within `rects`. */
export const within = (rect: Rect, rects: readonly Rect[]): boolean => subtractAll(rect, rects).length === 0;
