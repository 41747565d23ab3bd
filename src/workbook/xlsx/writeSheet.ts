/**
 * Writes one SheetSpec onto an exceljs worksheet: its layout (visibility, tab colour, frozen panes, column
 * widths), which a new sheet takes, and its content (tables, loose cells, formats, validations,
 * conditional formats), which an update rewrites in place.
 */
import type { Cell, Font, Worksheet } from 'exceljs';
import { a1, rangeA1 } from '../a1';
import { type SheetSpec, tableCellFormat, type TableSpec } from '../spec';
import { isSharedLook, numberFormats, plainRow, sharedLook } from './cellStyles';
import { toExcelValue } from './cellValue';
import { listRule } from './validations';
import { conditionalFormats } from './internals';
import { writePageSetup } from './pageSetup';
import { FONTS, HIGHLIGHTS } from './styles';

export interface FormatContext {
  readonly currency: string;
  readonly minorUnits: number;
}

/**
 * Gives a cell a number format ('General': none) and a font (undefined: none) over its look. A new cell's
 * look is empty, and takes a shared one (cellStyles.ts); a cell that already has a look of its own (in a
 * workbook being updated) keeps it and gains the format and font, as exceljs's setters do.
 */
function lookCell(cell: Cell, numFmt: string, font: Partial<Font> | undefined): void {
  const own = cell.style;
  const format = numFmt === 'General' ? undefined : numFmt;
  if (isSharedLook(own)) {
    cell.style = sharedLook(format ?? own.numFmt, font ?? own.font);
  } else if (Object.keys(own).length === 0) {
    cell.style = sharedLook(format, font);
  } else {
    if (format !== undefined) own.numFmt = format;
    if (font !== undefined) own.font = font;
  }
}

function writeTable(ws: Worksheet, table: TableSpec, fmt: FormatContext): void {
  const formatOf = numberFormats(fmt.currency, fmt.minorUnits);
  const columnFormats = table.columns.map((c) => formatOf(c.format));
  const own = (table.cellFormats?.length ?? 0) > 0;
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => ({ kind: 'blank' as const }))];
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: a1(table.at),
    headerRow: true,
    style: { theme: table.style as never, showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) => r.map(toExcelValue)),
  });
  for (let r = 0; r < rows.length; r += 1) {
    plainRow(ws.getRow(table.at.row + 2 + r));
    for (let i = 0; i < table.columns.length; i += 1) {
      const numFmt = own ? formatOf(tableCellFormat(table, r, i)) : (columnFormats[i] ?? 'General');
      // Every cell, 'General' ones too, so that each takes a shared look.
      lookCell(ws.getCell(table.at.row + 2 + r, table.at.col + 1 + i), numFmt, undefined);
    }
  }
  if (table.caption !== undefined && table.at.row > 0) {
    const cap = ws.getCell(table.at.row, table.at.col + 1);
    cap.value = table.caption;
    lookCell(cap, 'General', FONTS.heading);
  }
}

/** Visibility, tab colour and frozen panes of a new sheet. */
export function writeSheetLayout(ws: Worksheet, sheet: SheetSpec): void {
  ws.state = sheet.visibility;
  if (sheet.tabColor !== undefined) ws.properties.tabColor = { argb: `FF${sheet.tabColor}` };
  ws.views = [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }];
  writePageSetup(ws, sheet.print);
}

/** Column widths of the columns in `only` (all of them when absent). */
export function writeColumnWidths(ws: Worksheet, sheet: SheetSpec, only?: ReadonlySet<number>): void {
  sheet.columns.forEach((c, i) => {
    if (only === undefined || only.has(i)) ws.getColumn(i + 1).width = c.width;
  });
}

/** Tables, loose cells, drop-down lists and conditional formats. */
export function writeSheetContent(ws: Worksheet, sheet: SheetSpec, fmt: FormatContext): void {
  for (const t of sheet.tables) writeTable(ws, t, fmt);
  const formatOf = numberFormats(fmt.currency, fmt.minorUnits);
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.at.row + 1, c.at.col + 1);
    cell.value = toExcelValue(c.cell);
    lookCell(cell, formatOf(c.format), FONTS[c.style]);
  }
  for (const v of sheet.validations) {
    const rule = listRule(v);
    for (let r = 0; r < v.range.rows; r += 1) {
      for (let c = 0; c < v.range.cols; c += 1) ws.getCell(v.range.at.row + 1 + r, v.range.at.col + 1 + c).dataValidation = rule;
    }
  }
  // Tiercraft's rules come after those already on the sheet, so a user's rules keep their priority.
  const after = Math.max(0, ...conditionalFormats(ws).flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  sheet.conditionalFormats.forEach((cf, i) => {
    const look = HIGHLIGHTS[cf.style];
    ws.addConditionalFormatting({
      ref: rangeA1(cf.range),
      rules: [{ type: 'expression', priority: after + i + 1, formulae: [cf.formula.replace(/^=/, '')], style: { fill: look.fill, font: look.font } }],
    });
  });
}

/** A new sheet: layout, widths and content. */
export function writeSheet(ws: Worksheet, sheet: SheetSpec, fmt: FormatContext): void {
  writeSheetLayout(ws, sheet);
  writeColumnWidths(ws, sheet);
  writeSheetContent(ws, sheet, fmt);
}
