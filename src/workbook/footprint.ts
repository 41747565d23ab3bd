/**
 * What Tiercraft writes on a sheet, as rectangles: its tables (header and at least one data row) and its
 * other cells (titles, notes, captions, totals). Both renderers use it to update a sheet in place: the
 * cells of the new footprint outside the previous one are claimed anew, and a rebuild that would write
 * over a user's cell there stops before writing anything. The registry keeps each sheet's loose cells
 * (`Cells` column) so that the next build knows exactly which cells outside its tables were its own.
 */
import { columnIndex } from './a1';
import { type Rect, intersection, rectA1, subtractAll } from './rects';
import type { CellAddress, SheetSpec, TableSpec, WorkbookSpec } from './spec';

export interface Footprint {
  /** Tiercraft's tables, by name. */
  readonly tables: readonly { readonly name: string; readonly rect: Rect }[];
  /** Tiercraft's cells outside its tables: loose cells and captions. */
  readonly cells: readonly Rect[];
}

const cellRect = (at: CellAddress): Rect => ({ row: at.row, col: at.col, lastRow: at.row, lastCol: at.col });

/** The cells a table covers: header and its rows (at least one, as Excel keeps an empty table). */
export const tableRect = (table: Pick<TableSpec, 'at' | 'rows' | 'columns'>): Rect => ({
  row: table.at.row,
  col: table.at.col,
  lastRow: table.at.row + Math.max(table.rows.length, 1),
  lastCol: table.at.col + table.columns.length - 1,
});

/** The caption cell of a table (above its header's first cell), if it has one. */
export const captionAt = (table: TableSpec): CellAddress | null =>
  table.caption !== undefined && table.at.row > 0 ? { row: table.at.row - 1, col: table.at.col } : null;

/** Loose cells and captions of a sheet, merged into column runs (A1:A2, G4:G40). */
export function looseRects(sheet: SheetSpec): Rect[] {
  const cells = [...sheet.cells.map((c) => c.at), ...sheet.tables.flatMap((t) => captionAt(t) ?? [])];
  return mergeCells(cells);
}

export function sheetFootprint(sheet: SheetSpec): Footprint {
  return { tables: sheet.tables.map((t) => ({ name: t.name, rect: tableRect(t) })), cells: looseRects(sheet) };
}

/** Cells merged into vertical runs, sorted by column then row. */
export function mergeCells(cells: readonly CellAddress[]): Rect[] {
  const sorted = [...new Map(cells.map((c) => [`${c.col},${c.row}`, c])).values()].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: Rect[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === c.col && last.lastRow === c.row - 1) out[out.length - 1] = { ...last, lastRow: c.row };
    else out.push(cellRect(c));
  }
  return out;
}

/**
 * The registry's `Cells` text of a sheet: its loose cells in A1, comma-separated. Captions are left out:
 * a caption stands above its table's header wherever the table stands (a user may move the table).
 */
export const footprintCellsText = (sheet: SheetSpec): string => mergeCells(sheet.cells.map((c) => c.at)).map(rectA1).join(',');

/** The cell above a table's header, where its caption stands. */
export const cellAbove = (rect: Rect): Rect[] => (rect.row > 0 ? [{ row: rect.row - 1, col: rect.col, lastRow: rect.row - 1, lastCol: rect.col }] : []);

/** Parses a `Cells` text back (unknown pieces are ignored). */
export function parseFootprintCells(text: string): Rect[] {
  const out: Rect[] = [];
  for (const piece of text.split(',')) {
    const m = /^\s*\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?\s*$/i.exec(piece);
    if (!m) continue;
    const a = { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
    const b = m[3] !== undefined ? { row: Number(m[4]) - 1, col: columnIndex(m[3]) } : a;
    out.push({ row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), lastRow: Math.max(a.row, b.row), lastCol: Math.max(a.col, b.col) });
  }
  return out;
}

/** Every rectangle of a footprint. */
export const footprintRects = (f: Footprint): Rect[] => [...f.tables.map((t) => t.rect), ...f.cells];

/**
 * The parts of the new footprint that the previous one did not hold: cells a rebuild claims anew, which
 * must be empty (else they are a user's).
 */
export function claimedRects(next: Footprint, previous: Footprint): Rect[] {
  const held = footprintRects(previous);
  return footprintRects(next).flatMap((r) => subtractAll(r, held));
}

/** Where two of a sheet's own pieces would overlap (a table run into another, a title inside a table). */
export function layoutProblems(spec: WorkbookSpec): string[] {
  const problems: string[] = [];
  for (const sheet of spec.sheets) {
    // Tables first: loose cells and captions never overlap each other, only a table.
    const pieces = [
      ...sheet.tables.map((t) => ({ what: `table ${t.name}`, rect: tableRect(t) })),
      ...sheet.tables.flatMap((t) => {
        const at = captionAt(t);
        return at ? [{ what: `the caption of table ${t.name}`, rect: cellRect(at) }] : [];
      }),
      ...sheet.cells.map((c) => ({ what: `cell ${rectA1(cellRect(c.at))}`, rect: cellRect(c.at) })),
    ];
    for (const p of pieces) if (p.rect.row < 0 || p.rect.col < 0) problems.push(`${sheet.name}: ${p.what} would stand outside the sheet.`);
    const tables = sheet.tables.length;
    for (let i = 0; i < tables; i += 1) {
      for (let j = i + 1; j < pieces.length; j += 1) {
        const a = pieces[i] as (typeof pieces)[number];
        const b = pieces[j] as (typeof pieces)[number];
        const overlap = intersection(a.rect, b.rect);
        if (overlap) problems.push(`${sheet.name}: ${a.what} would run into ${b.what} at ${rectA1(overlap)}.`);
      }
    }
  }
  return problems;
}
