/**
 * `tiercraft quote … -o quote.xlsx`: a workbook holding the customer quote on a "Customer quote" sheet
 * (and, with --internal, finance's view on a "Finance view" sheet). Written with exceljs as the build's
 * renderer writes: money as numbers in the quote's currency at its minor unit (the engine's rounded
 * figures), every other field as text (exceljs writes a string as a shared string, never a formula).
 * Page setup: portrait on `paper`, one page wide (fitToPage switched on, as exceljs needs for fitToWidth
 * to count), the lines' header row repeated on each printed page.
 */
import ExcelJS, { type PaperSize, type Worksheet } from 'exceljs';
import type { CustomerQuote, InternalQuote, Money } from '../engine/customerQuote';
import { toFixedString } from '../engine/decimal';
import { numberFormat } from '../workbook/formats';
import { FONTS } from '../workbook/xlsx/styles';
import type { Paper } from '../quoteDocument/quoteDocument';
import { lineWords } from '../quoteDocument/customerPart';
import { chain, INTERNAL_TITLE } from '../quoteDocument/internalPart';

export const CUSTOMER_QUOTE_SHEET = 'Customer quote';
export const FINANCE_SHEET = 'Finance view';

type Cell = string | number | null;

const amount = (m: Money): number => Number(toFixedString(m.amount));
/**
 * Excel's paper size codes: xlPaperLetter = 1, xlPaperA4 = 9 (XlPaperSize,
 * https://learn.microsoft.com/dotnet/api/microsoft.office.interop.excel.xlpapersize; the .xlsx
 * pageSetup paperSize attribute takes the same numbers). exceljs's PaperSize type leaves Letter out,
 * so the codes are given as numbers.
 */
const PAPER_SIZE: Record<Paper, number> = { letter: 1, a4: 9 };

function pageSetup(ws: Worksheet, paper: Paper, titleRow: number | null): void {
  ws.pageSetup = { paperSize: PAPER_SIZE[paper] as PaperSize, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, ...(titleRow === null ? {} : { printTitlesRow: `${titleRow}:${titleRow}` }) };
  ws.headerFooter = { oddFooter: '&L&A&RPage &P of &N' };
}

/** Printed lines a text takes in a column `width` characters wide (its line breaks, and wrapping). */
const printedLines = (text: string, width: number): number => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(1, width - 1))), 0);

/**
 * Writes a row's cells (null: left empty) from column 1; numbers from column `moneyFrom` on in the money
 * format. Text wraps, and the row is made tall enough for its longest cell: a renderer that does not
 * fit rows to wrapped text (LibreOffice, with no height written) would print the lines over each other.
 */
function put(ws: Worksheet, row: number, cells: readonly Cell[], money: string, moneyFrom = 99, style: 'label' | 'value' | 'heading' = 'value'): void {
  let lines = 1;
  cells.forEach((v, i) => {
    if (v === null) return;
    const cell = ws.getCell(row, i + 1);
    cell.value = v;
    if (typeof v === 'number' && i + 1 >= moneyFrom) cell.numFmt = money;
    if (typeof v === 'string') {
      cell.numFmt = '@';
      lines = Math.max(lines, printedLines(v, ws.getColumn(i + 1).width ?? 10));
    }
    cell.font = FONTS[style];
    cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' };
  });
  if (lines > 1) ws.getRow(row).height = Math.max(ws.getRow(row).height ?? 0, lines * 13);
}

const LINE_HEADER = ['#', 'Item', 'What it is', 'Term', 'Quantity', 'List', 'Volume discount', 'Term discount', 'Your discount', 'Price'];
const CUSTOMER_WIDTHS = [5, 26, 52, 11, 10, 13, 15, 14, 24, 14];

function customerSheet(ws: Worksheet, quote: CustomerQuote, money: string, paper: Paper): void {
  CUSTOMER_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell(1, 1).value = quote.number === '' ? 'Quote' : `Quote ${quote.number}`;
  ws.getCell(1, 1).font = FONTS.title;
  const contact = (c: CustomerQuote['vendor']): string => [c.name, c.address, c.contact, c.email].filter((x) => x !== '').join('\n');
  const details: [string, string][] = [
    ['Date', quote.date],
    ['Valid until', quote.validUntil],
    ['Currency', quote.currencyNote === '' ? quote.currency : `${quote.currency} — ${quote.currencyNote}`],
    ['From', contact(quote.vendor)],
    ['To', contact(quote.customer)],
  ];
  let row = 2;
  for (const [label, value] of details.filter(([, v]) => v !== '')) {
    row += 1;
    put(ws, row, [null, label], money, 99, 'label');
    put(ws, row, [null, null, value], money);
  }
  row += 2;
  const header = row;
  put(ws, row, LINE_HEADER, money, 99, 'label');
  quote.lines.forEach((l, i) => {
    row += 1;
    const words = lineWords(l).slice(1).join('\n');
    put(ws, row, [i + 1, l.item, `${l.explanation}\n${words}`, l.term, amount({ amount: l.quantity.value, text: l.quantity.text }), amount(l.list), -amount(l.volumeDiscount), -amount(l.termDiscount), -amount(l.yourDiscount), amount(l.customerPrice)], money, 6);
    ws.getCell(row, 5).numFmt = '#,##0.####';
  });
  const t = quote.totals;
  row += 1;
  const totals: [string, Money, number][] = [
    ['List', t.list, 1],
    ['Volume discounts', t.volumeDiscount, -1],
    ['Term discounts', t.termDiscount, -1],
    ['Your discount', t.yourDiscount, -1],
    ['Subtotal', t.subtotal, 1],
    ['To the minimum commitment', t.trueUp, 1],
    [`Total (${quote.currency})`, t.total, 1],
  ];
  for (const [label, m, sign] of totals) {
    row += 1;
    put(ws, row, [null, null, null, null, null, null, null, null, label, sign * amount(m)], money, 10, label.startsWith('Total') ? 'label' : 'value');
  }
  row += 1;
  for (const [label, value] of [['Payment terms', quote.terms], ['Notes', quote.notes]] as const) {
    if (value === '') continue;
    row += 1;
    put(ws, row, [null, label], money, 99, 'label');
    put(ws, row, [null, null, value], money);
  }
  pageSetup(ws, paper, header);
}

function financeSheet(ws: Worksheet, finance: InternalQuote, money: string, paper: Paper): void {
  [30, 22, 16, 10, 16, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell(1, 1).value = INTERNAL_TITLE;
  ws.getCell(1, 1).font = FONTS.title;
  let row = 2;
  finance.lines.forEach((l, i) => {
    row += 1;
    put(ws, row, [`${i + 1}. ${l.item}`], money, 99, 'heading');
    for (const step of chain(l)) {
      const rate = step.margin?.rate ?? null;
      put(ws, (row += 1), [step.label, amount(step.money), rate === null ? null : Number(toFixedString(rate))], money, 2);
      if (rate !== null) ws.getCell(row, 3).numFmt = '0.00%';
    }
    if (l.allocation.length > 0) {
      put(ws, (row += 1), ['Component', 'Units', 'Standalone list', 'Share', 'Customer price', 'Vendor net'], money, 99, 'label');
      l.allocation.forEach((a) => put(ws, (row += 1), [a.name, Number(toFixedString(a.quantity.value)), amount(a.standaloneList), Number(toFixedString(a.share)), amount(a.customerPrice), amount(a.vendorNet)], money, 3));
      for (let r = row - l.allocation.length + 1; r <= row; r += 1) ws.getCell(r, 4).numFmt = '0.00%';
    }
    row += 1;
  });
  pageSetup(ws, paper, null);
}

/** The bytes of the quote workbook. `minorUnits` is the quote's currency's (its market's, when it names one). */
export async function customerQuoteWorkbook(quote: CustomerQuote, finance: InternalQuote | undefined, minorUnits: number, paper: Paper): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tiercraft';
  const money = numberFormat('money', quote.currency, minorUnits);
  customerSheet(wb.addWorksheet(CUSTOMER_QUOTE_SHEET), quote, money, paper);
  if (finance !== undefined) financeSheet(wb.addWorksheet(FINANCE_SHEET), finance, money, paper);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
