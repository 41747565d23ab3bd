/**
 * The Customer quote sheet, as data: after the Quote sheet, under its default name; its figures the
 * engine's customerQuote; printed portrait, one page wide, the lines' header repeated, the vendor and
 * the quote number in the header; and no formula refers to an internal column of the Quote sheet (cost,
 * margin, buy, rebate, MDF, co-op, funding, partner): every reference of every formula is walked.
 */
import ExcelJS from 'exceljs';
import { customerQuote, priceQuote, toNumber } from '../../../src/engine';
import { columnIndex } from '../../../src/workbook/a1';
import { CUSTOMER_COLUMNS } from '../../../src/workbook/build/customerQuoteSheet';
import { QUOTE_DETAILS } from '../../../src/workbook/build/customerQuoteDetails';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { locate } from '../../support/locate';
import { type CellSpec, DEFAULT_SHEET_NAMES, type SheetSpec, type TableSpec } from '../../../src/workbook/spec';
import { example, load } from '../../support/models';

// Builds workbooks (or runs the command line): seconds each on a busy machine.
jest.setTimeout(60_000);

const source = example();
source.quote = {
  ...(source.quote ?? { customer: '', lines: [] }),
  number: 'Q-2026-0142',
  date: '2026-11-30',
  validUntil: '2026-12-30',
  vendor: { name: 'Backup & Co', address: '1 Quay Street\nDublin', contact: 'Ana Ruiz', email: 'ana@backup.example' },
  terms: 'Net 30',
};
const model = load(source);
const spec = describeWorkbook(model, { source });
const sheetOf = (key: string): SheetSpec => spec.sheets.find((s) => s.key === key) as SheetSpec;
const sheet = sheetOf('customerQuote');
const quote = sheetOf('quote');
const value = (c: CellSpec | undefined): unknown => (c === undefined ? undefined : c.kind === 'formula' ? c.result : c.kind === 'blank' ? null : c.value);
const lines = sheet.tables.find((t) => t.name === 'CustomerQuoteLines') as TableSpec;
const column = (header: string): unknown[] => lines.rows.map((r) => value(r[lines.columns.findIndex((c) => c.header === header)]));
const formulas = (): string[] => [...sheet.tables.flatMap((t) => t.rows.flat()), ...sheet.cells.map((c) => c.cell)].flatMap((c) => (c.kind === 'formula' ? [c.formula] : []));

/** The header of the Quote sheet's table column at (row, col), 0-based, or where it is when no table holds it. */
function quoteHeader(row: number, col: number): string {
  for (const t of quote.tables) {
    if (col >= t.at.col && col < t.at.col + t.columns.length && row >= t.at.row && row <= t.at.row + t.rows.length) return `${t.name}.${t.columns[col - t.at.col]?.header ?? ''}`;
  }
  return `Quote!${row},${col}`;
}

async function edited(bytes: Uint8Array, edits: readonly { row: number; value: ExcelJS.CellValue }[], at = spec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) {
    const c = locate(at, 'QuoteDetails', e.row, 'Value');
    wb.getWorksheet(c.sheet)!.getCell(c.row, c.col).value = e.value;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const detailRow = (label: string): number => QUOTE_DETAILS.findIndex(([l]) => l === label);

describe('the quote’s details read back from an .xlsx', () => {
  it('as written; a quote without details keeps none', async () => {
    const back = await readModelFromXlsx((await buildXlsx(model, source)).bytes);
    expect(load(back).quote).toEqual(model.quote);
    const plain = example();
    const none = load(await readModelFromXlsx((await buildXlsx(load(plain), plain)).bytes));
    expect(none.quote).toEqual(load(plain).quote);
  });

  it('edits: a new number, a date typed as a date (serial 46357: 2026-12-01), the customer’s address, no terms', async () => {
    const built = await buildXlsx(model, source);
    const bytes = await edited(built.bytes, [
      { row: detailRow('Quote number'), value: 'Q-2026-0143' },
      { row: detailRow('Date'), value: 46357 },
      { row: detailRow('To address'), value: '9 Dock Road\nRotterdam' },
      { row: detailRow('Payment terms'), value: null },
    ], built.spec);
    const back = await readModelFromXlsx(bytes);
    expect(back.quote).toMatchObject({ number: 'Q-2026-0143', date: '2026-12-01', customerDetails: { name: 'Northwind Logistics', address: '9 Dock Road\nRotterdam', contact: '', email: '' } });
    expect(back.quote).not.toHaveProperty('terms');
  });
});

describe('the Customer quote sheet', () => {
  it('stands right after the Quote sheet, under its default name', () => {
    const keys = spec.sheets.map((s) => s.key);
    expect(keys.indexOf('customerQuote')).toBe(keys.indexOf('quote') + 1);
    expect(sheet.name).toBe('Customer quote');
    expect(DEFAULT_SHEET_NAMES.customerQuote).toBe('Customer quote');
  });

  it('refers only to the Quote sheet’s customer columns, the items’ names, the true-up and the terms’ names: no internal figure', () => {
    const refs = formulas().flatMap((f) => [...f.matchAll(/'([^']+)'!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g)]);
    expect(refs.length).toBeGreaterThan(lines.rows.length * 8);
    const onQuote = refs.filter((m) => m[1] === 'Quote').map((m) => quoteHeader(Number(m[3]) - 1, columnIndex(m[2] ?? 'A')));
    const allowed = new Set([...CUSTOMER_COLUMNS.map((c) => `QuoteLines.${c}`), 'QuoteItems.Item', 'QuoteItems.Name', 'QuoteCommitment.True-up']);
    expect([...new Set(onQuote)].filter((h) => !allowed.has(h))).toEqual([]);
    expect(new Set(refs.map((m) => m[1]))).toEqual(new Set(['Quote', 'Price book']));
    const internal = /cost|margin|buy|rebate|mdf|co-op|funding|partner|special bid|invoice|vendor net/i;
    expect([...new Set(onQuote)].filter((h) => internal.test(h))).toEqual([]);
    expect(lines.columns.map((c) => c.header).filter((h) => internal.test(h))).toEqual([]);
  });

  it('its cached figures are the engine’s customer quote, line by line and in total', () => {
    const view = customerQuote(model, priceQuote(model));
    const n = view.lines.length;
    expect(column('Item').slice(0, n)).toEqual(view.lines.map((l) => l.item));
    expect(column('Term').slice(0, n)).toEqual(view.lines.map((l) => l.term));
    expect(column('Price').slice(0, n)).toEqual(view.lines.map((l) => l.explanation));
    expect(column('List').slice(0, n)).toEqual(view.lines.map((l) => toNumber(l.list.amount)));
    expect(column('Your discount').slice(0, n)).toEqual(view.lines.map((l) => toNumber(l.yourDiscount.amount)));
    expect(column('Your price').slice(0, n)).toEqual(view.lines.map((l) => toNumber(l.customerPrice.amount)));
    expect(column('Item').slice(n)).toEqual(['', '', '']);
    const total = sheet.cells.find((c) => c.cell.kind === 'text' && c.cell.value === 'Total');
    const totalValue = sheet.cells.find((c) => c.at.row === total?.at.row && c.at.col === (total?.at.col ?? 0) + 1);
    expect(value(totalValue?.cell)).toBe(toNumber(view.totals.total.amount));
  });

  it('shows the vendor’s and the customer’s details, the number, dates and terms as inputs', () => {
    const details = sheet.tables.find((t) => t.name === 'QuoteDetails') as TableSpec;
    expect(details.columns.map((c) => c.role)).toEqual(['label', 'input']);
    expect(Object.fromEntries(details.rows.map((r) => [value(r[0]), value(r[1])]))).toMatchObject({
      'Quote number': 'Q-2026-0142',
      Date: '2026-11-30',
      'Valid until': '2026-12-30',
      From: 'Backup & Co',
      'From address': '1 Quay Street\nDublin',
      To: 'Northwind Logistics',
      'To address': null,
      'Payment terms': 'Net 30',
    });
    expect(sheet.cells.map((c) => value(c.cell))).toContain(`Prices in ${model.currency}`);
  });

  it('prints portrait, one page wide, the lines’ header on every page, vendor and number in the header, page x of y below', () => {
    expect(sheet.print).toMatchObject({
      orientation: 'portrait',
      pagesWide: 1,
      titleRows: { first: lines.at.row, last: lines.at.row },
      header: { left: 'Backup && Co', center: 'Quote Q-2026-0142', right: '&A' },
      footer: { center: 'Page &P of &N' },
    });
  });
});
