/**
 * `tiercraft quote … -o quote.pdf`: the customer quote as a PDF, read back with pdftotext. Its totals are
 * priceQuote's; none of a line's cost, margin, buy, fund or partner figures is in the customer's pages,
 * nor the words for them; --internal adds finance's view on pages of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../../src/cli/exitCodes';
import { formatMoney, loadQuoteFile, priceQuote, type QuoteResult } from '../../../src/engine';
import { EXAMPLE_PATH, example, load } from '../../support/models';
import { amountRow, pdfFonts, pdfInfo, pdfLayout, pdfPages, pdfText } from './pdfText';
import { cliFolder, type CliFolder } from './runCli';

// Builds workbooks (or runs the command line): seconds each on a busy machine.
jest.setTimeout(60_000);

const NORTHWIND = join(__dirname, '../../../examples/northwind.quote.json');
const northwind = JSON.parse(readFileSync(NORTHWIND, 'utf8')) as Record<string, unknown> & { lines: unknown[] };

/** The issue's line: 12 Team Automation Starter bundles, 3-year, two-tier (distribution) at Gold, registered, 5% off. */
const goldLine = { item: { bundle: 'team-starter' }, quantity: 12, term: '3-year', channel: 'distribution', level: 'gold', dealRegistration: true, discount: 0.05 };

/** The quote file's quote priced on the example model, as the engine prices it. */
function priced(quoteFile: unknown): QuoteResult {
  const file = loadQuoteFile(quoteFile, load(example()));
  if (!file.ok) throw new Error(file.issues.map((i) => i.message).join('\n'));
  return priceQuote(file.model);
}
const money = (d: QuoteResult['totals']['customerPrice']): string => formatMoney(d, 2);

/**
 * Every figure of a line the customer must not see: buy prices, margins, funds, vendor invoice and net,
 * cost (but for a direct line's vendor invoice and net, which are the customer's price).
 */
function internalFigures(result: QuoteResult): string[] {
  return result.lines.flatMap((l) =>
    [l.resellerBuy, l.distributorBuy, l.resellerMargin?.amount, l.distributorMargin?.amount, l.vendorMargin.amount, l.vendorInvoice, l.vendorNet, l.cost, l.rebate, l.mdf, l.coop]
      .filter((d): d is NonNullable<typeof d> => d !== null && d !== undefined && d.units !== 0n)
      .map(money)
      .filter((figure) => figure !== money(l.customerPrice)),
  );
}

const INTERNAL_WORDS = /\b(cost|margin|rebate|MDF|co-op|distributor|reseller|partner|funding|buy|buys)\b/i;

let cli: CliFolder;
beforeEach(() => {
  cli = cliFolder();
  cli.write('model.json', readFileSync(EXAMPLE_PATH));
});
afterEach(() => cli.remove());

describe('tiercraft quote -o quote.pdf: the issue’s two-tier Gold line', () => {
  const quote = { model: 'model.json', customer: 'Northwind Logistics', number: 'Q-2026-0142', date: '2026-11-30', validUntil: '2026-12-30', lines: [goldLine] };
  const result = priced(quote);

  beforeEach(() => cli.write('quote.json', JSON.stringify(quote)));

  it("shows the line's tier maths, discounts and price, and the total priceQuote gives", async () => {
    const r = await cli.tiercraft('quote', 'quote.json', '-o', 'quote.pdf');
    expect(r).toMatchObject({ code: EXIT.ok, out: 'Wrote quote.pdf: quote Q-2026-0142 for Northwind Logistics, 1 line, total USD 30,630.60' });
    const text = pdfText(join(cli.dir, 'quote.pdf'));
    const layout = pdfLayout(join(cli.dir, 'quote.pdf'));
    expect(money(result.totals.customerPrice)).toBe('30,630.60');
    expect(layout).toMatch(amountRow('Total (USD)', money(result.totals.customerPrice)));
    expect(text).toContain('List: 12 × 3,646.50 = 43,758.00');
    expect(text).toContain('Term: 3-year (36 months) · quantity 12 · 2,552.55 each');
    for (const [label, amount] of [['List', '43,758.00'], ['Volume discount', '−4,375.80'], ['Term discount', '−6,563.70'], ['Your discount', '−2,187.90'], ['Price', '30,630.60']]) {
      expect(layout).toMatch(amountRow(label ?? '', amount ?? ''));
    }
    expect(text).toContain('Each bundle: 1 × BackupFile Automation, 1 × Pipeline Monitoring, 5 × Backup CLI, 5 × Encryption add-on');
    expect(text).toMatch(/Quote number Date Valid until Currency Q-2026-0142 2026-11-30 2026-12-30 USD/);
    expect(text).toContain('Page 1 of 1');
  });

  it('holds none of the line’s cost, margin, buy, fund or partner figures, nor the words for them', async () => {
    await cli.tiercraft('quote', 'quote.json', '-o', 'quote.pdf');
    const text = pdfText(join(cli.dir, 'quote.pdf'));
    const hidden = internalFigures(result);
    expect(hidden).toEqual(expect.arrayContaining(['19,691.10', '16,190.46', '323.81', '15,542.84', '5,400.00', '11,587.12', '3,500.64']));
    for (const figure of hidden) expect(text).not.toContain(figure);
    expect(text).not.toMatch(INTERNAL_WORDS);
  });

  it('embeds its fonts, keeps the text selectable, and prints on A4 unless --paper letter', async () => {
    await cli.tiercraft('quote', 'quote.json', '-o', 'a4.pdf');
    await cli.tiercraft('quote', 'quote.json', '-o', 'letter.pdf', '--paper', 'letter');
    expect(pdfInfo(join(cli.dir, 'a4.pdf'))).toMatchObject({ Pages: '1', 'Page size': '595.28 x 841.89 pts (A4)', Title: 'Quote Q-2026-0142', Author: '' });
    expect(pdfInfo(join(cli.dir, 'letter.pdf'))['Page size']).toBe('612 x 792 pts (letter)');
    const fonts = pdfFonts(join(cli.dir, 'a4.pdf'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && /DejaVuSans/.test(f.name))).toBe(true);
  });

  it('prints the currency signs a model may use (€, £, ¥, ₹) and the vendor’s and customer’s details', async () => {
    const detailed = {
      ...quote,
      currencyNote: 'Also payable in euros (€), pounds (£), yen (¥) or rupees (₹)',
      vendor: { name: 'Backup Vendor Ltd', address: '1 Harbour Street\nBristol BS1 4RN', contact: 'Sam Patel', email: 'sam@vendor.example' },
      customerDetails: { name: 'Northwind Logistics GmbH', address: 'Hafenstraße 1\n20457 Hamburg', contact: 'Julia Weber', email: 'j.weber@northwind.example' },
      terms: 'Net 30 days',
    };
    cli.write('quote.json', JSON.stringify(detailed));
    await cli.tiercraft('quote', 'quote.json', '-o', 'quote.pdf');
    const text = pdfText(join(cli.dir, 'quote.pdf'));
    expect(text).toContain('Also payable in euros (€), pounds (£), yen (¥) or rupees (₹)');
    for (const s of ['Backup Vendor Ltd', 'Bristol BS1 4RN', 'sam@vendor.example', 'Northwind Logistics GmbH', 'Hafenstraße 1', 'Julia Weber', 'Payment terms Net 30 days']) expect(text).toContain(s);
    expect(pdfInfo(join(cli.dir, 'quote.pdf')).Author).toBe('Backup Vendor Ltd');
  });
});

describe('tiercraft quote examples/northwind.quote.json -o quote.pdf: with a configured bundle line', () => {
  const result = priced(northwind);

  it("finds the model next to the quote file, lists the configured components and totals as priceQuote does", async () => {
    const r = await cli.tiercraft('quote', NORTHWIND, '-o', 'quote.pdf');
    expect(r.code).toBe(EXIT.ok);
    const text = pdfText(join(cli.dir, 'quote.pdf'));
    const layout = pdfLayout(join(cli.dir, 'quote.pdf'));
    expect(money(result.totals.customerPrice)).toBe('34,849.32');
    expect(layout).toMatch(amountRow('Total (USD)', '34,849.32'));
    expect(text).toContain('2. Team Automation Starter List: 3 × 1,598.00 = 4,794.00 Term: Annual (12 months) · quantity 3 · 1,406.24 each Each bundle: 1 × BackupFile Automation, 1 × Pipeline Monitoring, 10 × Backup CLI');
    expect(layout).toMatch(/^2\. Team Automation Starter List 4,794\.00\nList: 3 × 1,598\.00 = 4,794\.00 Your discount −575\.28\n.* Price 4,218\.72$/m);
    for (const figure of internalFigures(result)) expect(text).not.toContain(figure);
    expect(text).not.toMatch(INTERNAL_WORDS);
  });

  it("--internal adds finance's view on pages of its own, after the customer's, each marked internal", async () => {
    await cli.tiercraft('quote', NORTHWIND, '-o', 'internal.pdf', '--internal');
    const pages = pdfPages(join(cli.dir, 'internal.pdf'));
    const financeFrom = pages.findIndex((p) => p.includes("Finance's view — internal, not for the customer"));
    expect(financeFrom).toBeGreaterThan(0);
    const customerPages = pages.slice(0, financeFrom).join(' ');
    expect(pdfLayout(join(cli.dir, 'internal.pdf'))).toMatch(amountRow('Total (USD)', '34,849.32'));
    expect(customerPages).not.toMatch(INTERNAL_WORDS);
    pages.forEach((p, i) => expect(p.includes('Internal — not for the customer')).toBe(i >= financeFrom));
    const layout = pdfLayout(join(cli.dir, 'internal.pdf'));
    const finance = layout.slice(layout.indexOf("Finance's view"));
    // The configured line's allocation (BK-CLI 3,600 of 5,640 standalone) and the Gold line's margins.
    expect(finance).toMatch(/^Backup CLI 30 3,600\.00 63\.83% 2,692\.80 2,692\.80$/m);
    expect(finance).toMatch(amountRow('Distributor margin', '3,500.64 (17.78%)'));
    expect(finance).toMatch(amountRow('Reseller margin', '11,587.12 (37.83%)'));
    expect(finance.slice(finance.indexOf('Quote totals'))).toMatch(amountRow('Vendor net', money(result.totals.vendorNet)));
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });
});

describe("a quote below its minimum commitment", () => {
  it('shows the subtotal, the top-up to the commitment and the total priceQuote gives', async () => {
    const committed = { ...northwind, model: 'model.json', minimumCommitment: 40000 };
    cli.write('quote.json', JSON.stringify(committed));
    await cli.tiercraft('quote', 'quote.json', '-o', 'quote.pdf');
    const layout = pdfLayout(join(cli.dir, 'quote.pdf'));
    expect(money(priced(committed).totals.customerPrice)).toBe('40,000.00');
    expect(layout).toMatch(amountRow('Subtotal', '34,849.32'));
    expect(layout).toMatch(amountRow('To the minimum commitment', '5,150.68'));
    expect(layout).toMatch(amountRow('Total (USD)', '40,000.00'));
  });
});

describe('a quote with more lines than a page holds', () => {
  it('runs on to further pages, each numbered "Page x of y"', async () => {
    cli.write('quote.json', JSON.stringify({ ...northwind, model: 'model.json', lines: Array.from({ length: 14 }, () => goldLine) }));
    expect((await cli.tiercraft('quote', 'quote.json', '-o', 'long.pdf')).code).toBe(EXIT.ok);
    const pages = pdfPages(join(cli.dir, 'long.pdf'));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pdfLayout(join(cli.dir, 'long.pdf'))).toMatch(amountRow('Total (USD)', `${money(priced({ ...northwind, lines: Array.from({ length: 14 }, () => goldLine) }).totals.customerPrice)}`));
  });
});
