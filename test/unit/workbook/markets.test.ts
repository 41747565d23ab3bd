/**
 * The Markets sheet of the USD/EUR/JPY/GBP example: each market price as a live formula whose cached
 * result is the engine's, in the market's currency; the price corridor's breach on the Checks sheet and
 * located by `tiercraft validate`; markets and overrides typed in the workbook read back into the model.
 */
import ExcelJS from 'exceljs';
import { marketPriceBook, toNumber } from '../../../src/engine';
import { MARKET_PRICE_COLUMNS } from '../../../src/workbook/build/markets';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { type CellSpec, numberFormat, tableCellFormat, type TableSpec } from '../../../src/workbook/spec';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { load } from '../../support/models';
import { marketsModel } from '../../support/marketsModel';
import { cliFolder } from '../cli/runCli';

const source = marketsModel();
const model = load(source);
const spec = describeWorkbook(model, { source });
const table = (name: string): TableSpec => {
  const t = spec.sheets.flatMap((s) => s.tables).find((x) => x.name === name);
  if (!t) throw new Error(name);
  return t;
};
const value = (c: CellSpec | undefined): unknown => (c === undefined ? undefined : c.kind === 'formula' ? c.result : c.kind === 'blank' ? null : c.value);
const column = (t: TableSpec, header: string): unknown[] => t.rows.map((r) => value(r[t.columns.findIndex((c) => c.header === header)]));

describe('the Markets sheet', () => {
  const prices = table('MarketPrices');

  it('lists the markets as inputs, the minor unit from the currency', () => {
    expect(table('Markets').rows.map((r) => r.map(value))).toEqual([
      ['eu', 'Eurozone', 'EUR', 0.92, 1, 2, 0, 1],
      ['jp', 'Japan', 'JPY', 149.5, 1, 0, 0, 100],
      ['uk', 'United Kingdom', 'GBP', 0.79, 1.1, 2, 0.99, null],
    ]);
  });

  it('prices every market × entry and fixed bundle price as the engine does', () => {
    expect(prices.columns.map((c) => c.header)).toEqual([...MARKET_PRICE_COLUMNS]);
    expect(column(prices, 'Price')).toEqual([45, 451, 54, 7300, 73300, 8800, 42.99, 299, 50.99]);
    expect(column(prices, 'Derived')).toEqual(model.markets.flatMap((m) => marketPriceBook(model, m).map((r) => toNumber(r.derived))));
    expect(column(prices, 'Override')).toEqual([null, null, null, null, null, null, null, 299, null]);
    expect(column(prices, 'Corridor')).toEqual(['Pass', 'Pass', 'Pass', 'Pass', 'Pass', 'Pass', 'Pass', 'Breach', 'Pass']);
    const derived = prices.rows[0]?.[MARKET_PRICE_COLUMNS.indexOf('Derived')];
    expect(derived?.kind === 'formula' && derived.formula).toMatch(/^=IF\(AND\(.*ROUND\(/);
  });

  it("shows each market's prices in its currency", () => {
    const at = (r: number) => numberFormat(tableCellFormat(prices, r, MARKET_PRICE_COLUMNS.indexOf('Price')), spec.currency, spec.minorUnits);
    expect([at(0), at(3), at(6)]).toEqual(['"€"#,##0.00;-"€"#,##0.00', '"¥"#,##0;-"¥"#,##0', '"£"#,##0.00;-"£"#,##0.00']);
  });

  it('puts the corridor breach on the Checks sheet with its rule and path', () => {
    const checks = table('Checks');
    const rows = checks.rows.filter((r) => value(r[5]) === 'price-corridor');
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => value(r[4]) === 'Breach').map((r) => [value(r[1]), value(r[6])])).toEqual([['uk · BK-CLI · product · annual', 'markets[2].prices[1]']]);
  });
});

describe('a quote in a market on the Quote sheet', () => {
  const lines = table('QuoteLines');
  const at = (header: string): number => lines.columns.findIndex((c) => c.header === header);

  it("is priced from the market's prices, in its currency: 10 × 45.00 EUR = 450.00", () => {
    expect(value(lines.rows[0]?.[at('List unit price')])).toBe(45);
    expect(value(lines.rows[0]?.[at('Customer price')])).toBe(450);
    const list = lines.rows[0]?.[at('List unit price')];
    expect(list?.kind === 'formula' && list.formula).toMatch(/^=IF\(OR\(.*="bundle",AND\(.*<>"per-unit"\)\),NA\(\),.*'Markets'!/);
    expect(numberFormat(tableCellFormat(lines, 0, at('Customer price')), spec.currency, spec.minorUnits)).toBe('"€"#,##0.00;-"€"#,##0.00');
    const note = spec.sheets.find((s) => s.key === 'quote')?.cells.find((c) => c.at.row === 1 && c.at.col === 0);
    expect(value(note?.cell)).toContain('Priced in market "eu" (EUR)');
    // The customer's copy: the same price, in euros.
    const customer = table('CustomerQuoteLines');
    expect(value(customer.rows[0]?.[8])).toBe(450);
    expect(numberFormat(tableCellFormat(customer, 0, 8), spec.currency, spec.minorUnits)).toBe('"€"#,##0.00;-"€"#,##0.00');
    const total = spec.sheets.find((s) => s.key === 'customerQuote')?.cells.find((c) => c.cell.kind === 'formula' && c.at.col === 8 && value(c.cell) === 450);
    expect(total !== undefined && numberFormat(total.format, spec.currency, spec.minorUnits)).toBe('"€"#,##0.00;-"€"#,##0.00');
    expect(table('Checks').rows.filter((r) => value(r[6]) === 'quote.lines[0]').map((r) => value(r[4]))).toEqual(['Pass', 'Pass', 'Pass', 'Pass', 'Pass']);
  });

  it('with a bundle line, keeps its lines but refuses its figures (#N/A) and says where they are, rather than show USD figures', () => {
    const withBundle = { ...source, quote: { ...source.quote, lines: [...(source.quote?.lines ?? []), { item: { bundle: 'BK-SUITE' }, quantity: 2, term: 'monthly', channel: 'direct' }] } };
    const refused = describeWorkbook(load(withBundle), { source: withBundle });
    const t = refused.sheets.flatMap((s) => s.tables).find((x) => x.name === 'QuoteLines');
    const figures = t?.rows[0]?.filter((c) => c.kind === 'formula') ?? [];
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.every((c) => c.kind === 'formula' && c.formula === '=NA()' && c.result === '#N/A')).toBe(true);
    expect(value(t?.rows[0]?.[1])).toBe('BK-CLI');
    const note = refused.sheets.find((s) => s.key === 'quote')?.cells.find((c) => c.at.row === 1 && c.at.col === 0);
    expect(value(note?.cell)).toContain('This quote is in market "eu" (EUR): the workbook prices quotes in USD only');
    // The customer's copy lists the line without figures or totals (rather than 0s), and says why.
    const customer = refused.sheets.find((s) => s.key === 'customerQuote');
    expect(customer?.tables.find((x) => x.name === 'CustomerQuoteLines')?.rows[0]?.slice(3).map(value)).toEqual(['', '', '', '', '', '']);
    expect(customer?.cells.filter((c) => c.cell.kind === 'formula')).toEqual([]);
    expect(value(customer?.cells.find((c) => c.at.row === 1 && c.at.col === 0)?.cell)).toContain('its figures are not shown here');
    const checks = refused.sheets.flatMap((s) => s.tables).find((x) => x.name === 'Checks');
    expect(checks?.rows.some((r) => String(value(r[6])).startsWith('quote.lines'))).toBe(false);
  });

  it('is priced as ever when the quote names no market', () => {
    const reference = describeWorkbook(load({ ...source, quote: { ...source.quote, market: undefined } }));
    const t = reference.sheets.flatMap((s) => s.tables).find((x) => x.name === 'QuoteLines');
    expect(value(t?.rows[0]?.[at('Customer price')])).toBe(490);
    expect(reference.sheets.flatMap((s) => s.tables).find((x) => x.name === 'QuoteMarketPrices')?.rows).toEqual([]);
  });
});

describe('tiercraft validate', () => {
  it('reports the corridor breach at the market price cell', async () => {
    const folder = cliFolder();
    try {
      folder.write('model.json', JSON.stringify(source));
      const r = await folder.tiercraft('validate', 'model.json', '--json');
      const report = JSON.parse(r.out) as { breaches: { rule: string; path: string; cell?: string }[] };
      const prices = table('MarketPrices');
      // Row 8 of the table (the uk annual entry), the Price column.
      const cell = `Markets!${String.fromCharCode(65 + prices.at.col + MARKET_PRICE_COLUMNS.indexOf('Price'))}${prices.at.row + 2 + 7}`;
      expect(report.breaches.filter((b) => b.rule === 'price-corridor')).toEqual([expect.objectContaining({ path: 'markets[2].prices[1]', cell })]);
    } finally {
      folder.remove();
    }
  });
});

describe('read-back', () => {
  it('reads the model back unchanged, and a market and an override typed in the workbook', async () => {
    const { bytes, spec: built } = await buildXlsx(model, source);
    expect(load(await readModelFromXlsx(bytes))).toEqual(model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Markets')!;
    const markets = built.sheets.find((s) => s.key === 'markets')!.tables[0]!;
    const mp = built.sheets.find((s) => s.key === 'markets')!.tables[1]!;
    sheet.getCell(markets.at.row + 2, markets.at.col + 1 + 4).value = 1.05; // eu factor
    sheet.getCell(mp.at.row + 2 + 3, mp.at.col + 1 + MARKET_PRICE_COLUMNS.indexOf('Override')).value = 7000; // jp monthly
    sheet.getCell(mp.at.row + 2 + 7, mp.at.col + 1 + MARKET_PRICE_COLUMNS.indexOf('Override')).value = null; // uk annual: derived again
    const back = load(await readModelFromXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)));
    expect(back.markets.map((m) => [m.id, m.factor, m.overrides])).toEqual([
      ['eu', 1.05, []],
      ['jp', 1, [{ sku: 'BK-CLI', tier: 'product', term: 'monthly', listPrice: 7000 }]],
      ['uk', 1.1, []],
    ]);
    expect(back.guardrails.priceCorridor).toBe(0.15);
    expect(back.quote.market).toBe('eu');
  });
});
