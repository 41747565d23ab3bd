/**
 * What a pricing manager adds around Tiercraft's sheets of the example workbook, as they would in Excel:
 * a sheet of their own with formulas, a rule, a drop-down and a chart pointing into Tiercraft's sheets;
 * on the Price book, a note, a formula, a table, a rule and a drop-down of their own beside Tiercraft's
 * tables; a note on the Ladders sheet, then that sheet hidden; the Bundles tab recoloured; on the Quote
 * sheet, conditional formats of their own over Tiercraft's customer price highlight: on the same cells,
 * partly overlapping it, and a data bar on the whole column.
 * `userContentOf` reads it all back, so that a spec can compare it before and after a rebuild.
 */
import type { FakeExcel } from '../../../doubles/excel';
import { MAX_ROWS } from '../../../doubles/excel/a1';
import type { ConditionalFormatState, SheetState } from '../../../doubles/excel/state';
import { columnLetters } from '../../../../src/workbook/a1';

/** The fill of the user's own highlights (Tiercraft never uses it). */
export const USER_FILL = '#DDEBF7';
/** Tiercraft's fill for the customer price warning on the Quote sheet. */
const WARNING_FILL = '#FFEB9C';

/** Tiercraft's customer price highlight on the Quote sheet. */
export function customerPriceRule(excel: FakeExcel): ConditionalFormatState {
  const rule = sheetOf(excel, 'Quote').conditionalFormats.find((c) => c.fill === WARNING_FILL);
  if (!rule) throw new Error('no customer price highlight on the Quote sheet');
  return rule;
}

/** The user's own formats on the Quote sheet, in priority order. */
export const userQuoteRules = (excel: FakeExcel): ConditionalFormatState[] => sheetOf(excel, 'Quote').conditionalFormats.filter((c) => c.fill === USER_FILL || c.type !== 'Custom');

/** The user's formats over Tiercraft's customer price highlight, as they add them after a build (each at the top priority). */
export function addUserQuoteRules(excel: FakeExcel): void {
  const { rect } = customerPriceRule(excel);
  const first = `${columnLetters(rect.col)}${rect.row + 1}`;
  excel.addConditionalFormat('Quote', { rect, type: 'Custom', rule: `=${first}>1000`, fill: USER_FILL });
  const left = `${columnLetters(rect.col - 1)}${rect.row - 1}`;
  excel.addConditionalFormat('Quote', { rect: { row: rect.row - 2, col: rect.col - 1, lastRow: rect.row + 1, lastCol: rect.col }, type: 'Custom', rule: `=ISBLANK(${left})`, fill: USER_FILL });
  excel.addConditionalFormat('Quote', { rect: { row: 0, col: rect.col, lastRow: MAX_ROWS - 1, lastCol: rect.col }, type: 'DataBar', rule: '' });
}

/** The user's formulas on their own sheet, by cell. */
export const USER_FORMULAS: Readonly<Record<string, string>> = {
  A1: "='Price book'!E5",
  A2: '=SUM(Prices[Annual])',
  A3: '=INDEX(Products[Unit cost],MATCH("BK-CLI",Products[SKU],0))',
  A4: '=COUNTA(QuoteLines[Item])',
  A5: "=Checks!B5*100",
};

function sheetOf(excel: FakeExcel, name: string): SheetState {
  const sheet = excel.state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function addUserContent(excel: FakeExcel): void {
  excel.addSheet('Analysis', { ...USER_FORMULAS, B1: 'a' });
  excel.setCells('Price book', { V2: 'checked by finance', V5: '=SUM(Prices[Annual])', X4: 'Scenario', Y4: 'Uplift', X5: 'Base', Y5: 0, X6: 'Bold', Y6: 0.1 });
  const analysis = sheetOf(excel, 'Analysis');
  const priceBook = sheetOf(excel, 'Price book');
  priceBook.tables.push({ id: excel.state.nextTableId++, name: 'MyScenarios', rect: { row: 3, col: 23, lastRow: 5, lastCol: 24 }, style: 'TableStyleLight1' });
  excel.addConditionalFormat('Price book', { rect: { row: 4, col: 21, lastRow: 4, lastCol: 21 }, type: 'Custom', rule: '=V5>1000', fill: '#FFFF00' });
  priceBook.validations.push({ rect: { row: 4, col: 22, lastRow: 9, lastCol: 22 }, rule: { list: { inCellDropDown: true, source: 'ok,check' } } });
  excel.addConditionalFormat('Analysis', { rect: { row: 0, col: 0, lastRow: 4, lastCol: 0 }, type: 'Custom', rule: "=A1>'Price book'!$E$5", fill: '#FFC7CE' });
  analysis.validations.push({ rect: { row: 0, col: 1, lastRow: 0, lastCol: 1 }, rule: { list: { inCellDropDown: true, source: "='Price book'!$A$5:$A$13" } } });
  analysis.charts.push({ name: 'Annual prices', type: 'ColumnClustered', source: `${priceBook.id}!E5:E13`, seriesBy: 'Columns', title: 'Annual', anchor: 'C1:H12',
    series: [{ name: 'Annual', values: `${priceBook.id}!E5:E13`, xValues: `${priceBook.id}!A5:A13`, fill: '#FF0000', lineStyle: 'Automatic', gapWidth: 80, hasDataLabels: true, dataLabels: { showValue: true } }],
    legend: { position: 'Bottom', hiddenEntries: [] },
  });
  excel.setCells('Ladders', { Z2: 'volume ladder agreed with sales, May' });
  sheetOf(excel, 'Ladders').visibility = 'Hidden';
  sheetOf(excel, 'Bundles').tabColor = '#FF0000';
  addUserQuoteRules(excel);
}

/** Everything of the user's, as JSON, for comparing before and after a rebuild. */
export function userContentOf(excel: FakeExcel): string {
  const analysis = sheetOf(excel, 'Analysis');
  const priceBook = sheetOf(excel, 'Price book');
  const cells = (sheet: SheetState, keys: readonly string[]): unknown[] => keys.map((k) => sheet.cells.get(k) ?? null);
  return JSON.stringify({
    analysis: { cells: [...analysis.cells].sort(), rules: analysis.conditionalFormats, validations: analysis.validations, charts: analysis.charts },
    priceBook: {
      cells: cells(priceBook, ['1,21', '4,21', '3,23', '3,24', '4,23', '4,24', '5,23', '5,24']),
      userTable: priceBook.tables.find((t) => t.name === 'MyScenarios'),
      rule: priceBook.conditionalFormats.find((c) => c.rule === '=V5>1000'),
      validation: priceBook.validations.find((v) => v.rect.col === 22),
    },
    quoteRules: userQuoteRules(excel),
    hiddenSheetNote: sheetOf(excel, 'Ladders').cells.get('1,25') ?? null,
    order: excel.sheetNames(),
    visibility: excel.state.sheets.map((s) => s.visibility),
    tabs: excel.state.sheets.map((s) => s.tabColor ?? null),
  });
}
