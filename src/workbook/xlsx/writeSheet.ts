/** Writes one SheetSpec onto an exceljs worksheet (tables, loose cells, formats, validations, conditional formats). */
import type { Worksheet } from 'exceljs';
import { a1, rangeA1 } from '../a1';
import { numberFormat } from '../formats';
import type { SheetSpec, TableSpec } from '../spec';
import { toExcelValue } from './cellValue';
import { FONTS, HIGHLIGHTS } from './styles';

export interface FormatContext {
  readonly currency: string;
  readonly minorUnits: number;
}

function writeTable(ws: Worksheet, table: TableSpec, fmt: FormatContext): void {
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
  table.columns.forEach((c, i) => {
    const numFmt = numberFormat(c.format, fmt.currency, fmt.minorUnits);
    if (numFmt === 'General') return;
    for (let r = 0; r < rows.length; r += 1) ws.getCell(table.at.row + 2 + r, table.at.col + 1 + i).numFmt = numFmt;
  });
  if (table.caption !== undefined && table.at.row > 0) {
    const cap = ws.getCell(table.at.row, table.at.col + 1);
    cap.value = table.caption;
    cap.font = FONTS.heading;
  }
}

export function writeSheet(ws: Worksheet, sheet: SheetSpec, fmt: FormatContext): void {
  ws.state = sheet.visibility;
  if (sheet.tabColor !== undefined) ws.properties.tabColor = { argb: `FF${sheet.tabColor}` };
  ws.views = [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }];
  sheet.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  for (const t of sheet.tables) writeTable(ws, t, fmt);
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.at.row + 1, c.at.col + 1);
    cell.value = toExcelValue(c.cell);
    const numFmt = numberFormat(c.format, fmt.currency, fmt.minorUnits);
    if (numFmt !== 'General') cell.numFmt = numFmt;
    cell.font = FONTS[c.style];
  }
  for (const v of sheet.validations) {
    const formulae = v.source.kind === 'range' ? [v.source.formula.replace(/^=/, '')] : [`"${v.source.values.join(',')}"`];
    const rule = { type: 'list' as const, allowBlank: v.allowBlank, formulae, showErrorMessage: true, errorStyle: 'stop', error: v.error };
    for (let r = 0; r < v.range.rows; r += 1) {
      for (let c = 0; c < v.range.cols; c += 1) ws.getCell(v.range.at.row + 1 + r, v.range.at.col + 1 + c).dataValidation = rule;
    }
  }
  sheet.conditionalFormats.forEach((cf, i) => {
    const look = HIGHLIGHTS[cf.style];
    ws.addConditionalFormatting({
      ref: rangeA1(cf.range),
      rules: [{ type: 'expression', priority: i + 1, formulae: [cf.formula.replace(/^=/, '')], style: { fill: look.fill, font: look.font } }],
    });
  });
}
