/**
 * The cells of one sheet for exceljs's streaming writer, row after row: the rows must be committed in
 * order, and tables stand side by side, so each row takes, in turn, what every table holds on it (its
 * caption, header or data row), then the loose cells on it; a later cell at the same place replaces an
 * earlier one. Nothing is gathered beforehand: each cell goes straight from the description to the row's
 * XML (rowXml.ts), with a shared look (cellStyles.ts), and the rows go to the sheet's stream in blocks.
 */
import type { Worksheet } from 'exceljs';
import type { CellSpec, LooseCellSpec, SheetSpec, TableSpec } from '../spec';
import { tableCellFormat } from '../spec';
import { numberFormats, PLAIN, sharedLook } from './cellStyles';
import { RowXml, type StyleRegistry } from './rowXml';
import { FONTS, HEADER_FONT } from './styles';

/** A table's rows as written: a table without rows keeps one blank row. */
const dataRows = (t: TableSpec): readonly (readonly CellSpec[])[] => (t.rows.length > 0 ? t.rows : [t.columns.map((): CellSpec => ({ kind: 'blank' }))]);

/** The rows a table takes: its caption's (when above the sheet's first row), its header's and its data rows'. */
function span(t: TableSpec): { first: number; last: number } {
  return { first: t.caption !== undefined && t.at.row > 0 ? t.at.row - 1 : t.at.row, last: t.at.row + dataRows(t).length };
}

/** The internals of exceljs 4.4's streaming worksheet this module uses: the sheet's stream and buffered XML. */
interface SheetStreamInternals {
  readonly workbook: { readonly styles: StyleRegistry };
  /** Whether <sheetData> is open: exceljs opens it, after the columns, before the first row it writes (`_writeRow`). */
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  readonly stream: { write(xml: string): unknown };
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

/** Rows are handed to the sheet's stream once this much XML has gathered. */
const BLOCK = 64 * 1024;

/** Writes every cell of `sheet` onto the streaming worksheet `ws`, row after row, before the sheet is committed. */
export async function writeStreamRows(ws: Worksheet, sheet: SheetSpec, formats: { currency: string; minorUnits: number }): Promise<void> {
  const formatOf = numberFormats(formats.currency, formats.minorUnits);
  const tables = sheet.tables.map((t) => ({
    t,
    rows: dataRows(t),
    columnLooks: t.columns.map((c) => sharedLook(formatOf(c.format), undefined)),
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
  const internals = ws as unknown as SheetStreamInternals;
  const row = new RowXml(internals.workbook.styles);
  let block = '';
  const flush = (): void => {
    if (block === '') return;
    if (!internals.startedData) {
      internals._writeColumns();
      internals._writeOpenSheetData();
      internals.startedData = true;
    }
    internals.stream.write(block);
    block = '';
  };
  for (let r = first; r <= last; r += 1) {
    const here = loose.get(r);
    const covering = tables.filter((t) => t.first <= r && r <= t.last);
    if (covering.length === 0 && here === undefined) continue;
    for (const { t, rows, columnLooks, own } of covering) {
      if (r === t.at.row - 1) row.put(t.at.col, { kind: 'text', value: t.caption ?? '' }, sharedLook(undefined, FONTS.heading));
      else if (r === t.at.row) t.columns.forEach((c, i) => row.put(t.at.col + i, { kind: 'text', value: c.header }, sharedLook(undefined, HEADER_FONT)));
      else {
        const d = r - t.at.row - 1;
        const cells = rows[d] ?? [];
        for (let i = 0; i < cells.length; i += 1) {
          row.put(t.at.col + i, cells[i] as CellSpec, own ? sharedLook(formatOf(tableCellFormat(t, d, i)), undefined) : (columnLooks[i] ?? PLAIN));
        }
      }
    }
    // The 'value' style is the default font.
    for (const c of here ?? []) row.put(c.at.col, c.cell, sharedLook(formatOf(c.format), c.style === 'value' ? undefined : FONTS[c.style]));
    block += row.take(r);
    if (block.length < BLOCK) continue;
    flush();
    // Checked before awaiting: most blocks find no backlog, and need no promise.
    const left = backlog(ws);
    if (left >= BACKLOG_HIGH) await catchUp(ws, left);
  }
  flush();
}
