/**
 * What a rebuild will overwrite on the sheets it updates in place, read before the first write, and the
 * steps that put it back. Excel has no transactions, and a failed request may leave any prefix of its
 * operations applied, so every area the build may touch is read first: the cells of Tiercraft's previous
 * and new footprint (formulas, constants and number formats, and the font of Tiercraft's loose cells),
 * and its tables' ranges and styles.
 */
import { type Footprint, footprintRects } from '../footprint';
import type { CellSpec, SheetSpec } from '../spec';
import { type Rect, subtractAll } from '../rects';
import { jsonBytes, type Step } from './batcher';
import { textInput } from './cellInput';
import type { PreviousTable } from './previous';

const CELLS_PER_PIECE = 10_000;

export interface CellsSnapshot {
  readonly rect: Rect;
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

export interface FontSnapshot {
  readonly rect: Rect;
  readonly bold: boolean | null;
  readonly color: string | null;
}

export interface SheetSnapshot {
  readonly sheetId: string;
  readonly cells: readonly CellsSnapshot[];
  readonly fonts: readonly FontSnapshot[];
  readonly tables: readonly PreviousTable[];
}

/** Disjoint rectangles covering every rectangle of `rects`, cut into pieces of at most `cellsPerPiece` cells (or a row). */
export function disjointPieces(rects: readonly Rect[], cellsPerPiece = CELLS_PER_PIECE): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) out.push(...subtractAll(r, out));
  return out.flatMap((r) => {
    const cols = r.lastCol - r.col + 1;
    const rows = Math.max(1, Math.floor(cellsPerPiece / cols));
    const parts: Rect[] = [];
    for (let row = r.row; row <= r.lastRow; row += rows) parts.push({ ...r, row, lastRow: Math.min(r.lastRow, row + rows - 1) });
    return parts;
  });
}

const rangeOf = (sheet: Excel.Worksheet, r: Rect): Excel.Range => sheet.getRangeByIndexes(r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1);

export interface SnapshotArea {
  readonly sheetId: string;
  /** The most a cell of each column is expected to take in a response (formula, value and number format). */
  readonly columnBytes: ReadonlyMap<number, number>;
  readonly previous: Footprint;
  readonly next: Footprint;
  readonly tables: readonly PreviousTable[];
}

/** Every cell of a rectangle, one by one. */
const cellsIn = (r: Rect): Rect[] =>
  Array.from({ length: (r.lastRow - r.row + 1) * (r.lastCol - r.col + 1) }, (_, i) => {
    const row = r.row + Math.floor(i / (r.lastCol - r.col + 1));
    const col = r.col + (i % (r.lastCol - r.col + 1));
    return { row, col, lastRow: row, lastCol: col };
  });

/** A cell of a column the description leaves empty: a short value and a number format. */
const PLAIN_CELL_BYTES = 60;

/**
 * The most a cell of each column of a sheet of the description takes in a read of formulas, values and
 * number formats (what the previous build left there is taken to be of the same kind).
 */
export function columnBytes(sheet: SheetSpec): Map<number, number> {
  const most = new Map<number, number>();
  const see = (col: number, c: CellSpec): void => {
    const text = c.kind === 'formula' ? c.formula : c.kind === 'text' ? c.value : '';
    // Formula and value (a value may be text as long as a formula), a number format, JSON quoting.
    const bytes = 2 * text.length + PLAIN_CELL_BYTES;
    if (bytes > (most.get(col) ?? 0)) most.set(col, bytes);
  };
  for (const t of sheet.tables) for (const row of t.rows) row.forEach((c, i) => see(t.at.col + i, c));
  for (const c of sheet.cells) see(c.at.col, c.cell);
  return most;
}

const rowBytes = (r: Rect, columns: ReadonlyMap<number, number>): number => {
  let bytes = 0;
  for (let c = r.col; c <= r.lastCol; c += 1) bytes += columns.get(c) ?? PLAIN_CELL_BYTES;
  return bytes;
};

/**
 * Reads the previous and next footprints of every sheet being updated (cells, and the fonts of the loose
 * cells), all sheets together, in responses of at most `budget` bytes as estimated by `columnBytes`.
 */
export async function takeSnapshots(context: Excel.RequestContext, areas: readonly SnapshotArea[], budget: number): Promise<SheetSnapshot[]> {
  if (areas.length === 0) return [];
  const cells = new Map<string, CellsSnapshot[]>(areas.map((a) => [a.sheetId, []]));
  let pending: { sheetId: string; rect: Rect; range: Excel.Range }[] = [];
  let pendingBytes = 0;
  const collect = (): void => {
    for (const p of pending) cells.get(p.sheetId)?.push({ rect: p.rect, formulas: p.range.formulas, values: p.range.values, numberFormat: p.range.numberFormat });
    pending = [];
    pendingBytes = 0;
  };
  for (const area of areas) {
    const sheet = context.workbook.worksheets.getItem(area.sheetId);
    // Reads go in bounded requests (each response well under Excel's 5 MB limit), so this loop syncs.
    const pieces = disjointPieces([...footprintRects(area.previous), ...footprintRects(area.next)]).flatMap((r) => {
      const perRow = rowBytes(r, area.columnBytes);
      const rows = Math.max(1, Math.floor(budget / perRow));
      return Array.from({ length: Math.ceil((r.lastRow - r.row + 1) / rows) }, (_, k) => ({ ...r, row: r.row + k * rows, lastRow: Math.min(r.lastRow, r.row + (k + 1) * rows - 1) }));
    });
    for (const rect of pieces) {
      const bytes = (rect.lastRow - rect.row + 1) * rowBytes(rect, area.columnBytes);
      if (pending.length > 0 && pendingBytes + bytes > budget) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- syncs only when the queued reads fill the budget, not per range: Excel on the web caps a response at 5 MB (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)
        await context.sync();
        collect();
      }
      pending.push({ sheetId: area.sheetId, rect, range: rangeOf(sheet, rect).load('formulas,values,numberFormat') });
      pendingBytes += bytes;
    }
  }
  const fontLoads = areas.map((area) => {
    const sheet = context.workbook.worksheets.getItem(area.sheetId);
    const loose = disjointPieces([...area.previous.cells, ...area.next.cells]).flatMap(cellsIn);
    return loose.map((rect) => ({ rect, font: rangeOf(sheet, rect).format.font.load('bold,color') }));
  });
  await context.sync();
  collect();
  return areas.map((area, i) => ({
    sheetId: area.sheetId,
    cells: cells.get(area.sheetId) ?? [],
    fonts: (fontLoads[i] ?? []).map((f) => ({ rect: f.rect, bold: f.font.bold, color: f.font.color })),
    tables: area.tables,
  }));
}

/** What `formulas` takes to put a cell back: a formula as a formula, a constant as that constant. */
export function restoredInput(formula: unknown, value: unknown): string | number | boolean {
  if (formula === value) return typeof value === 'string' ? textInput(value) : (value as number | boolean);
  return typeof formula === 'string' || typeof formula === 'number' || typeof formula === 'boolean' ? formula : '';
}

/** Steps that write a snapshot's cells and fonts back (tables are put back first, see restore.ts). */
export function cellRestoreSteps(sheet: Excel.Worksheet, snap: SheetSnapshot, label: string): Step[] {
  const cells = snap.cells.map((c): Step => {
    const inputs = c.formulas.map((row, r) => row.map((f, k) => restoredInput(f, c.values[r]?.[k])));
    return {
      bytes: jsonBytes(inputs) + jsonBytes(c.numberFormat) + 200,
      label,
      queue: () => {
        const range = rangeOf(sheet, c.rect);
        range.numberFormat = c.numberFormat as unknown[][];
        range.formulas = inputs;
      },
    };
  });
  const fonts: Step = {
    bytes: snap.fonts.length * 120 + 100,
    label,
    queue: () => {
      for (const f of snap.fonts) {
        const font = rangeOf(sheet, f.rect).format.font;
        if (f.bold !== null) font.bold = f.bold;
        if (f.color !== null) font.color = f.color;
      }
    },
  };
  return [...cells, fonts];
}
