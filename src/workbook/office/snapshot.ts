/**
 * What a rebuild will overwrite on the sheets it updates in place, read before the first write, and the
 * steps that put it back. Excel has no transactions, and a failed request may leave any prefix of its
 * operations applied, so every area the build may touch is read first: the cells of Tiercraft's previous
 * and new footprint (formulas, constants and number formats, and the font of Tiercraft's loose cells),
 * and its tables' ranges and styles.
 */
import { type Footprint, footprintRects } from '../footprint';
import { type Rect, subtractAll } from '../rects';
import { jsonBytes, type Step } from './batcher';
import { textInput } from './cellInput';
import type { PreviousTable } from './previous';

/** Cells read per request: three 2D arrays of up to this many cells stay well under 5 MB. */
const CELLS_PER_READ = 40_000;
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

/** Disjoint rectangles covering every rectangle of `rects`, cut into pieces of bounded size. */
export function disjointPieces(rects: readonly Rect[]): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) out.push(...subtractAll(r, out));
  return out.flatMap((r) => {
    const cols = r.lastCol - r.col + 1;
    const rows = Math.max(1, Math.floor(CELLS_PER_PIECE / cols));
    const parts: Rect[] = [];
    for (let row = r.row; row <= r.lastRow; row += rows) parts.push({ ...r, row, lastRow: Math.min(r.lastRow, row + rows - 1) });
    return parts;
  });
}

const cellsOf = (r: Rect): number => (r.lastRow - r.row + 1) * (r.lastCol - r.col + 1);
const rangeOf = (sheet: Excel.Worksheet, r: Rect): Excel.Range => sheet.getRangeByIndexes(r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1);

/**
 * Reads a sheet's previous and next footprints (cells, and fonts of the loose cells). Syncs grow with
 * the cells read, about one per 40,000.
 */
export async function takeSnapshot(
  context: Excel.RequestContext,
  sheetId: string,
  areas: { readonly previous: Footprint; readonly next: Footprint; readonly tables: readonly PreviousTable[] },
): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  const pieces = disjointPieces([...footprintRects(areas.previous), ...footprintRects(areas.next)]);
  const cells: CellsSnapshot[] = [];
  let pending: { rect: Rect; range: Excel.Range }[] = [];
  let pendingCells = 0;
  const collect = (): void => {
    for (const p of pending) cells.push({ rect: p.rect, formulas: p.range.formulas, values: p.range.values, numberFormat: p.range.numberFormat });
    pending = [];
    pendingCells = 0;
  };
  // Reads go in bounded requests (each response well under Excel's 5 MB limit), so this loop syncs.
  for (const rect of pieces) {
    if (pending.length > 0 && pendingCells + cellsOf(rect) > CELLS_PER_READ) {
      await context.sync();
      collect();
    }
    pending.push({ rect, range: rangeOf(sheet, rect).load('formulas,values,numberFormat') });
    pendingCells += cellsOf(rect);
  }
  const singleCells = disjointPieces([...areas.previous.cells, ...areas.next.cells]).flatMap((r) =>
    Array.from({ length: (r.lastRow - r.row + 1) * (r.lastCol - r.col + 1) }, (_, i) => {
      const row = r.row + Math.floor(i / (r.lastCol - r.col + 1));
      const col = r.col + (i % (r.lastCol - r.col + 1));
      return { row, col, lastRow: row, lastCol: col };
    }),
  );
  const fontLoads = singleCells.map((rect) => ({ rect, font: rangeOf(sheet, rect).format.font.load('bold,color') }));
  await context.sync();
  collect();
  const fonts = fontLoads.map((f) => ({ rect: f.rect, bold: f.font.bold, color: f.font.color }));
  return { sheetId, cells, fonts, tables: areas.tables };
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
