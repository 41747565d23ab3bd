/** `tiercraft quote`: each line's tier maths in words and any true-up, as text and as JSON. */
import { EXIT } from '../../../src/cli/exitCodes';
import { cliFolder, type CliFolder } from './runCli';

const model = {
  currency: 'USD',
  terms: [{ id: 'month', name: 'Monthly', months: 1 }],
  tiers: [{ id: 'std', name: 'Standard' }],
  products: [
    { sku: 'GB', name: 'Storage', shape: 'usage', unit: 'GB' },
    { sku: 'HUB', name: 'Hub', shape: 'platform' },
  ],
  prices: [
    { sku: 'GB', tier: 'std', term: 'month', listPrice: 0.02, includedUnits: 1000 },
    { sku: 'HUB', tier: 'std', term: 'month', listPrice: 3, platformFee: 500, minimumCharge: 1000 },
  ],
  quote: {
    customer: 'Acme',
    minimumCommitment: 1500,
    lines: [
      { item: { sku: 'GB' }, quantity: 1200, term: 'month', tier: 'std', channel: 'direct' },
      { item: { sku: 'HUB' }, quantity: 25, term: 'month', tier: 'std', channel: 'direct' },
    ],
  },
};

let cli: CliFolder;
beforeEach(() => {
  cli = cliFolder();
  cli.write('model.json', JSON.stringify(model));
});
afterEach(() => cli.remove());

describe('tiercraft quote', () => {
  it("prints each line's explanation, its true-up and the quote's true-up", async () => {
    const r = await cli.tiercraft('quote', 'model.json');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.split('\n').slice(0, 7)).toEqual([
      '1. GB (std, month, direct): list 4.00, customer 4.00',
      '   1,200 GB − 1,000 included = 200 × 0.02 = 4.00',
      '2. HUB (std, month, direct): list 1,000.00, customer 1,000.00',
      '   500.00 fee + 25 × 3.00 = 575.00; topped up to the minimum 1,000.00 (true-up 425.00)',
      '   true-up 425.00',
      'total: list 1,004.00, customer 1,500.00, vendor net 1,500.00',
      'quote true-up to the minimum commitment: 496.00',
    ]);
  });

  it("then each party's pocket-price waterfall, the quote's true-up billed by the vendor (a direct quote: customer and vendor only)", async () => {
    const lines = (await cli.tiercraft('quote', 'model.json')).out.split('\n');
    expect(lines[7]).toBe('pocket-price waterfall per party:');
    expect(lines.filter((l) => /^(Customer|Reseller|Distributor|Vendor): /.test(l))).toEqual(['Customer: pays 1,500.00', 'Vendor: pocket price 1,500.00, pocket margin 1,500.00']);
    expect(lines).toContain('  Commitment true-up     496.00  1,500.00  invoice  on-invoice  Customer → Vendor');
    expect(lines.at(-1)).toBe('  = Pocket margin                1,500.00');
  });

  it('--json holds the explanations and true-ups', async () => {
    const r = await cli.tiercraft('quote', 'model.json', '--json');
    expect(r.code).toBe(EXIT.ok);
    const doc = JSON.parse(r.out) as { lines: { explanation: string; trueUp: string; listPrice: string }[]; totals: { trueUp: string; customerPrice: string } };
    expect(doc.lines.map((l) => [l.listPrice, l.trueUp, l.explanation])).toEqual([
      ['4.00', '0.00', '1,200 GB − 1,000 included = 200 × 0.02 = 4.00'],
      ['1000.00', '425.00', '500.00 fee + 25 × 3.00 = 575.00; topped up to the minimum 1,000.00 (true-up 425.00)'],
    ]);
    expect(doc.totals).toMatchObject({ trueUp: '496.00', customerPrice: '1500.00' });
  });

  it('an invalid model exits 1 with its issues', async () => {
    cli.write('bad.json', JSON.stringify({ ...model, prices: [{ ...model.prices[0], packageSize: 5 }, model.prices[1]] }));
    const r = await cli.tiercraft('quote', 'bad.json');
    expect(r.code).toBe(EXIT.invalid);
    expect(r.err).toContain('prices[0].packageSize: only package products have a package size');
  });

  it('a line that cannot be priced exits 1 naming the line', async () => {
    const blocks = {
      ...model,
      products: [...model.products, { sku: 'BOX', name: 'Box', shape: 'tiered' }],
      prices: [...model.prices, { sku: 'BOX', tier: 'std', term: 'month', ladder: 'boxes' }],
      priceLadders: [{ id: 'boxes', name: 'Boxes', mode: 'stairstep', bands: [{ upTo: 10, unitPrice: 1 }, { upTo: 50, unitPrice: 3 }] }],
      quote: { lines: [{ item: { sku: 'BOX' }, quantity: 51, term: 'month', tier: 'std', channel: 'direct' }] },
    };
    cli.write('unpriced.json', JSON.stringify(blocks));
    const r = await cli.tiercraft('quote', 'unpriced.json');
    expect(r.code).toBe(EXIT.invalid);
    expect(r.err).toContain('unpriced.json: the quote cannot be priced: quote.lines[0]: price ladder "boxes": ');
  });
});
