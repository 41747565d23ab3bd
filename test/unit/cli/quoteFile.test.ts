/**
 * `tiercraft quote` with a quote file: the model found relative to the quote file (or given on the
 * command line), never written; the faults of a quote file named with the file and the field's path;
 * and `-o quote.xlsx`, read back with exceljs.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT } from '../../../src/cli/exitCodes';
import { CUSTOMER_QUOTE_SHEET, FINANCE_SHEET } from '../../../src/cli/customerQuoteWorkbook';
import { formatMoney, loadQuoteFile, priceQuote } from '../../../src/engine';
import { marketsModel } from '../../support/marketsModel';
import { EXAMPLE_PATH, load } from '../../support/models';
import { amountRow, pdfLayout, pdfText } from './pdfText';
import { cliFolder, type CliFolder } from './runCli';

// Builds workbooks (or runs the command line): seconds each on a busy machine.
jest.setTimeout(60_000);

const NORTHWIND = join(__dirname, '../../../examples/northwind.quote.json');
const northwind = JSON.parse(readFileSync(NORTHWIND, 'utf8')) as Record<string, unknown>;
const exampleBytes = readFileSync(EXAMPLE_PATH);

let cli: CliFolder;
beforeEach(() => {
  cli = cliFolder();
  mkdirSync(join(cli.dir, 'models'));
  mkdirSync(join(cli.dir, 'quotes'));
  cli.write('models/price-book.json', exampleBytes);
  cli.write('quotes/northwind.json', JSON.stringify({ ...northwind, $schema: undefined, model: '../models/price-book.json' }));
});
afterEach(() => cli.remove());

describe('tiercraft quote QUOTE_FILE', () => {
  it("prices the quote file's quote on the model it names, relative to the quote file, and leaves the model as it was", async () => {
    const before = statSync(join(cli.dir, 'models/price-book.json')).mtimeMs;
    const r = await cli.tiercraft('quote', 'quotes/northwind.json', '--json');
    expect(r.code).toBe(EXIT.ok);
    const doc = JSON.parse(r.out) as { customer: string; lines: unknown[]; totals: { customerPrice: string } };
    expect([doc.customer, doc.lines.length, doc.totals.customerPrice]).toEqual(['Northwind Logistics', 2, '34849.32']);
    expect(cli.read('models/price-book.json').equals(exampleBytes)).toBe(true);
    expect(statSync(join(cli.dir, 'models/price-book.json')).mtimeMs).toBe(before);
  });

  it('prices it on the model given on the command line instead, with a note when the quote file names another', async () => {
    cli.write('other-model.json', exampleBytes);
    const r = await cli.tiercraft('quote', 'other-model.json', 'quotes/northwind.json');
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toBe('note: quotes/northwind.json names the model "../models/price-book.json"; its quote is priced on other-model.json, as the command line says.');
    expect(r.out).toContain('total: list 48,552.00, customer 34,849.32');
    const same = await cli.tiercraft('quote', 'models/price-book.json', 'quotes/northwind.json');
    expect(same.err).toBe('');
  });

  it('names the quote file and the model path when the model cannot be read (exit 3)', async () => {
    cli.write('quotes/lost.json', JSON.stringify({ ...northwind, model: '../models/missing.json' }));
    const r = await cli.tiercraft('quote', 'quotes/lost.json');
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toMatch(/^error: quotes\/lost\.json: model "\.\.\/models\/missing\.json" \(relative to the quote file\): Cannot read .*models\/missing\.json: .*ENOENT/);
  });

  it("prints every fault of the quote file with the file and the field's path, and writes nothing (exit 1)", async () => {
    const bad = { ...northwind, model: '../models/price-book.json', date: '2026-12-01', validUntil: '2026-11-01', lines: [{ item: { bundle: 'team-starter' }, quantity: 3, term: '5-year', channel: 'direct' }] };
    cli.write('quotes/bad.json', JSON.stringify(bad));
    const r = await cli.tiercraft('quote', 'quotes/bad.json', '-o', 'quote.pdf');
    expect(r.code).toBe(EXIT.invalid);
    expect(r.err.split('\n')).toEqual([
      'error: quotes/bad.json: lines[0].term: no term "5-year"',
      "error: quotes/bad.json: validUntil: valid until 2026-11-01 is before the quote's date 2026-12-01",
      'quotes/bad.json: 2 errors; the quote file is invalid; nothing was priced or written.',
    ]);
    expect(() => cli.read('quote.pdf')).toThrow();
  });

  it('reports a quote file that is not JSON, or names no model, by its name', async () => {
    cli.write('quotes/broken.json', '{ "model": ');
    const broken = await cli.tiercraft('quote', 'models/price-book.json', 'quotes/broken.json');
    expect(broken.code).toBe(EXIT.invalid);
    expect(broken.err).toMatch(/^error: .*quotes\/broken\.json is not valid JSON/);
    const { model: _model, ...nameless } = northwind;
    cli.write('quotes/nameless.json', JSON.stringify(nameless));
    const r = await cli.tiercraft('quote', 'models/price-book.json', 'quotes/nameless.json', '--json');
    expect(r.code).toBe(EXIT.invalid);
    expect(JSON.parse(r.out)).toMatchObject({ valid: false, file: 'quotes/nameless.json', issues: [{ path: 'model' }] });
  });

  it('refuses an -o that is neither .pdf nor .xlsx, and --internal without -o (exit 2)', async () => {
    const docx = await cli.tiercraft('quote', 'quotes/northwind.json', '-o', 'quote.docx');
    expect(docx).toMatchObject({ code: EXIT.usage, err: 'error: -o "quote.docx" must end in .pdf (the customer quote as a PDF) or .xlsx (as a workbook)' });
    expect((await cli.tiercraft('quote', 'quotes/northwind.json', '--internal')).code).toBe(EXIT.usage);
    expect((await cli.tiercraft('quote', 'quotes/northwind.json', '-o', 'q.pdf', '--paper', 'a3')).code).toBe(EXIT.usage);
  });
});

describe('tiercraft quote on a model with an approval matrix', () => {
  const approvals = { measure: 'discretionary', steps: [{ role: 'Sales rep', upTo: 0.1 }, { role: 'Sales manager', upTo: 0.2 }, { role: 'Director', upTo: 0.35 }], beyond: 'CFO', marginFloor: 'Finance' };
  beforeEach(() => cli.write('models/price-book.json', JSON.stringify({ ...(JSON.parse(exampleBytes.toString('utf8')) as object), approvals })));

  it("prints each line that needs approval with its approver and why, then the quote's status", async () => {
    // The Gold line's 5% is the rep's own; the configured line's 12% is above the rep's 10%.
    const r = await cli.tiercraft('quote', 'quotes/northwind.json');
    expect(r.out.split('\n').slice(-2)).toEqual(['approval: needs approval from Sales manager (missing: Sales manager)', "  line 2: Sales manager: 12.0% off list is above the Sales rep's 10%"]);
    const written = await cli.tiercraft('quote', 'quotes/northwind.json', '-o', 'quote.pdf');
    expect(written.err).toBe('note: the quote still needs approval from Sales manager before it is sent.');
  });

  it('reads the approvals given in the quote file: approved, and --json says so', async () => {
    cli.write('quotes/approved.json', JSON.stringify({ ...northwind, model: '../models/price-book.json', approvals: [{ role: 'Sales manager', by: 'Ana Ruiz', at: '2026-11-30' }] }));
    const r = await cli.tiercraft('quote', 'quotes/approved.json', '--json');
    expect(JSON.parse(r.out)).toMatchObject({ approval: { status: 'approved', required: ['Sales manager'], missing: [], lines: [{ role: 'Sales rep', discount: '5.0%' }, { role: 'Sales manager', discount: '12.0%' }] } });
    expect((await cli.tiercraft('quote', 'quotes/approved.json', '-o', 'quote.pdf')).err).toBe('');
  });
});

type Row = (string | number | null)[];
async function sheetRows(file: string, sheet: string): Promise<Row[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (ws === undefined) throw new Error(`no sheet ${sheet}`);
  const rows: Row[] = [];
  ws.eachRow((row) => rows.push((row.values as (string | number | null | undefined)[]).slice(1).map((v) => v ?? null)));
  return rows;
}

describe('tiercraft quote QUOTE_FILE -o quote.xlsx', () => {
  it("writes the Customer quote sheet: text as text, money as numbers totalling priceQuote's, no internal figure", async () => {
    const r = await cli.tiercraft('quote', 'quotes/northwind.json', '-o', 'quote.xlsx');
    expect(r).toMatchObject({ code: EXIT.ok, out: 'Wrote quote.xlsx: quote Q-2026-0142 for Northwind Logistics GmbH, 2 lines, total USD 34,849.32' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cli.read('quote.xlsx') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([CUSTOMER_QUOTE_SHEET]);
    const rows = await sheetRows(join(cli.dir, 'quote.xlsx'), CUSTOMER_QUOTE_SHEET);
    expect(rows[0]).toEqual(['Quote Q-2026-0142']);
    const line = rows.find((row) => row[0] === 1 && row[1] === 'Team Automation Starter');
    expect(line).toEqual([1, 'Team Automation Starter', expect.stringContaining('12 × 3,646.50 = 43,758.00'), '3-year', 12, 43758, -4375.8, -6563.7, -2187.9, 30630.6]);
    const second = rows.find((row) => row[0] === 2);
    expect(second?.[2]).toContain('Each bundle: 1 × BackupFile Automation, 1 × Pipeline Monitoring, 10 × Backup CLI');
    expect(rows.find((row) => row[8] === 'Total (USD)')?.[9]).toBe(34849.32);
    const everything = JSON.stringify(rows);
    expect(everything).not.toMatch(/\b(cost|margin|rebate|MDF|distributor|reseller|partner)\b/i);
    for (const figure of [19691.1, 16190.46, 323.81, 15542.84, 5400, 11587.12, 3500.64]) expect(rows.flat()).not.toContain(figure);
    const ws = wb.getWorksheet(CUSTOMER_QUOTE_SHEET);
    expect(ws?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 });
    // The date stays the text written (not turned into a date serial).
    expect([ws?.getCell('B3').value, ws?.getCell('C3').value, ws?.getCell('C3').numFmt]).toEqual(['Date', '2026-11-30', '@']);
  });

  it("--internal adds the Finance view sheet: each bundle line's allocation and each party's margin", async () => {
    await cli.tiercraft('quote', 'quotes/northwind.json', '-o', 'internal.xlsx', '--internal', '--paper', 'letter');
    const rows = await sheetRows(join(cli.dir, 'internal.xlsx'), FINANCE_SHEET);
    // The configured line's Backup CLI: 3,600 of 5,640 standalone (63.83%), 10 a bundle × 3.
    expect(rows).toContainEqual(['Backup CLI', 30, 3600, expect.closeTo(3600 / 5640, 9), 2692.8, 2692.8]);
    expect(rows).toContainEqual(['Distributor margin', 3500.64, expect.closeTo(0.1778, 4)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cli.read('internal.xlsx') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([CUSTOMER_QUOTE_SHEET, FINANCE_SHEET]);
    expect(wb.getWorksheet(CUSTOMER_QUOTE_SHEET)?.pageSetup.paperSize).toBe(1);
  });
});

describe('a quote in a market', () => {
  it("is written in the market's currency, at its minor unit (yen: none), with the total priceQuote gives", async () => {
    const quote = { model: 'markets.json', customer: 'Café Müller', market: 'jp', lines: [{ item: { sku: 'BK-CLI' }, quantity: 10, term: 'monthly', tier: 'product', channel: 'direct' }] };
    cli.write('markets.json', JSON.stringify(marketsModel()));
    cli.write('jp.json', JSON.stringify(quote));
    const file = loadQuoteFile(quote, load(marketsModel()));
    if (!file.ok) throw new Error('the quote file is invalid');
    const total = formatMoney(priceQuote(file.model).totals.customerPrice, 0);
    expect(total).toMatch(/^[\d,]+$/);
    expect((await cli.tiercraft('quote', 'jp.json', '-o', 'jp.pdf')).code).toBe(EXIT.ok);
    expect(pdfLayout(join(cli.dir, 'jp.pdf'))).toMatch(amountRow('Total (JPY)', total));
    expect(pdfText(join(cli.dir, 'jp.pdf'))).toContain('Café Müller');
    await cli.tiercraft('quote', 'jp.json', '-o', 'jp.xlsx');
    const rows = await sheetRows(join(cli.dir, 'jp.xlsx'), CUSTOMER_QUOTE_SHEET);
    expect(rows.find((row) => row[8] === 'Total (JPY)')?.[9]).toBe(Number(total.replace(/,/g, '')));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cli.read('jp.xlsx') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(CUSTOMER_QUOTE_SHEET);
    let totalRow = 0;
    ws?.eachRow((row, n) => {
      if (row.getCell(9).value === 'Total (JPY)') totalRow = n;
    });
    expect(totalRow).toBeGreaterThan(0);
    expect(ws?.getCell(totalRow, 10).numFmt).toMatch(/^[^.]*JPY|^[^.]*¥/);
  });
});
