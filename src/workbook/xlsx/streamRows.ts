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

/** Writes every cell of `sheet` onto the streaming worksheet `ws`, committing each row. */
export function writeStreamRows(ws: Worksheet, sheet: SheetSpec, formats: { currency: string; minorUnits: number }): void {
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
  }
}
