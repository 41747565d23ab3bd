/**
 * The cells of one sheet for exceljs's streaming writer, row after row: the rows must be committed in
 * order, and tables stand side by side, so each row takes, in turn, what every table holds on it (its
 * caption, header or data row), then the loose cells on it; a later cell at the same place replaces an
 * earlier one. Nothing is gathered beforehand: each cell goes straight from the description to the row,
 * with a shared look (cellStyles.ts).
 */
import type { Font, Worksheet } from 'exceljs';
import type { CellSpec, LooseCellSpec, SheetSpec, TableSpec } from '../spec';
import { tableCellFormat } from '../spec';
import { numberFormats, plainRow, sharedLook } from './cellStyles';
import { toExcelValue } from './cellValue';
import { FONTS, HEADER_FONT } from './styles';

/** A table's rows as written: a table without rows keeps one blank row. */
const dataRows = (t: TableSpec): readonly (readonly CellSpec[])[] => (t.rows.length > 0 ? t.rows : [t.columns.map((): CellSpec => ({ kind: 'blank' }))]);

/** The rows a table takes: its caption's (when above the sheet's first row), its header's and its data rows'. */
function span(t: TableSpec): { first: number; last: number } {
  return { first: t.caption !== undefined && t.at.row > 0 ? t.at.row - 1 : t.at.row, last: t.at.row + dataRows(t).length };
}

/** The internals of exceljs 4.4's streaming worksheet this module reads: the sheet's buffered XML. */
interface SheetStreamInternals {
  readonly _stream?: {
    /** XML not yet handed to the zip writer, in blocks. */
    readonly buffers: readonly { readonly length: number }[];
    /** The zip writer's input, once it has reached this sheet: what it holds is not yet compressed. */
    readonly pipes: readonly { readonly _writableState?: { readonly length: number }; readonly _readableState?: { readonly length: number } }[];
  };
}

/** Bytes of the sheet's XML written but not yet compressed to the file. */
function backlog(ws: Worksheet): number {
  const stream = (ws as unknown as SheetStreamInternals)._stream;
  if (stream === undefined) return 0;
  let bytes = 0;
  for (const b of stream.buffers) bytes += b.length;
  for (const p of stream.pipes) bytes += (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0);
  return bytes;
}

/** Above this backlog the rows wait for the zip writer, down to the lower mark. */
const BACKLOG_HIGH = 4 * 1024 * 1024;
const BACKLOG_LOW = 1024 * 1024;
/** Waits without progress after which the rows go on regardless (the zip writer may be waiting on an earlier part). */
const PATIENCE = 200;
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

/**
 * Lets the zip writer catch up. It compresses on Node's thread pool, between turns of the event loop:
 * rows committed in one go would wait whole in memory (a 10,000-product workbook's 60 MB of XML) and be
 * compressed only at the end; waiting at a high mark keeps memory flat and compresses while rows are made.
 */
async function catchUp(ws: Worksheet, from: number): Promise<void> {
  let left = from;
  for (let idle = 0; left > BACKLOG_LOW && idle < PATIENCE; ) {
    await pause();
    const now = backlog(ws);
    idle = now < left ? 0 : idle + 1;
    left = now;
  }
}

/** Writes every cell of `sheet` onto the streaming worksheet `ws`, committing each row. */
export async function writeStreamRows(ws: Worksheet, sheet: SheetSpec, formats: { currency: string; minorUnits: number }): Promise<void> {
  const formatOf = numberFormats(formats.currency, formats.minorUnits);
  const tables = sheet.tables.map((t) => ({
    t,
    rows: dataRows(t),
    columnFormats: t.columns.map((c) => formatOf(c.format)),
    own: (t.cellFormats?.length ?? 0) > 0,
    ...span(t),
  }));
  const loose = new Map<number, LooseCellSpec[]>();
  for (const c of sheet.cells) {
    const on = loose.get(c.at.row);
    if (on === undefined) loose.set(c.at.row, [c]);
    else on.push(c);
  }
  const starts = [...tables.map((t) => t.first), ...loose.keys()];
  const ends = [...tables.map((t) => t.last), ...loose.keys()];
  if (starts.length === 0) return;
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  for (let r = first; r <= last; r += 1) {
    const here = loose.get(r);
    const covering = tables.filter((t) => t.first <= r && r <= t.last);
    if (covering.length === 0 && here === undefined) continue;
    const row = ws.getRow(r + 1);
    plainRow(row);
    const put = (col: number, cell: CellSpec, numFmt: string | undefined, font: Partial<Font> | undefined): void => {
      const target = row.getCell(col + 1);
      target.value = toExcelValue(cell);
      target.style = sharedLook(numFmt, font);
    };
    for (const { t, rows, columnFormats, own } of covering) {
      if (r === t.at.row - 1) put(t.at.col, { kind: 'text', value: t.caption ?? '' }, undefined, FONTS.heading);
      else if (r === t.at.row) t.columns.forEach((c, i) => put(t.at.col + i, { kind: 'text', value: c.header }, undefined, HEADER_FONT));
      else {
        const d = r - t.at.row - 1;
        const cells = rows[d] ?? [];
        for (let i = 0; i < cells.length; i += 1) {
          put(t.at.col + i, cells[i] as CellSpec, own ? formatOf(tableCellFormat(t, d, i)) : columnFormats[i], undefined);
        }
      }
    }
    // The 'value' style is the default font.
    for (const c of here ?? []) put(c.at.col, c.cell, formatOf(c.format), c.style === 'value' ? undefined : FONTS[c.style]);
    row.commit();
    // Checked before awaiting: most rows find no backlog, and need no promise.
    const left = backlog(ws);
    if (left >= BACKLOG_HIGH) await catchUp(ws, left);
  }
}
