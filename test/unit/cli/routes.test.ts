/**
 * `tiercraft routes` and the partner side of `tiercraft quote`, on the line finance checks by hand: list
 * 1,000, customer 10% off, a Gold reseller at 30% off list (35% with the deal registered), a distributor
 * with 10% on top, partner-funded; Gold earns a rebate by purchases (2% from 0, 3% from 100,000, 4% from
 * 250,000), 2% MDF capped at 3,000 a year and 1% co-op. The partner buys 200,000 a year: rebate 3%, MDF
 * 3,000 / 200,000 = 1.5%.
 */
import { EXIT } from '../../../src/cli/exitCodes';
import { cliFolder, type CliFolder } from './runCli';

const model = {
  currency: 'USD',
  tiers: [{ id: 'product', name: 'Product' }, { id: 'plus', name: 'Plus' }],
  terms: [{ id: 'annual', name: 'Annual', months: 12 }],
  products: [{ sku: 'SUITE', name: 'Suite', unitCost: 10 }, { sku: 'CARE', name: 'Care', unitCost: 0 }],
  prices: [
    { sku: 'SUITE', tier: 'product', term: 'annual', listPrice: 1000 },
    { sku: 'CARE', tier: 'product', term: 'annual', listPrice: 400 },
    { sku: 'CARE', tier: 'plus', term: 'annual', listPrice: 500 },
  ],
  bundles: [{ id: 'suite-care', name: 'Suite and care', tier: 'product', components: [{ sku: 'SUITE', quantity: 1 }, { sku: 'CARE', quantity: 1 }], pricing: { kind: 'discount', discount: 0.1 } }],
  levels: [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05, rebateTiers: [{ from: 0, rate: 0.02 }, { from: 100_000, rate: 0.03 }, { from: 250_000, rate: 0.04 }], mdf: 0.02, mdfCap: 3000, coop: 0.01 }],
  channels: [
    { id: 'direct', name: 'Direct', kind: 'direct' },
    { id: 'reseller', name: 'Reseller', kind: 'one-tier' },
    { id: 'distribution', name: 'Distribution', kind: 'two-tier', distributorDiscount: 0.1, funding: 'partner' },
  ],
  quote: { partnerPurchases: 200_000, lines: [{ item: { sku: 'SUITE' }, quantity: 1, term: 'annual', tier: 'product', channel: 'distribution', level: 'gold', discount: 0.1 }] },
};

let cli: CliFolder;
beforeEach(() => {
  cli = cliFolder();
  cli.write('model.json', JSON.stringify(model));
});
afterEach(() => cli.remove());

describe('tiercraft routes', () => {
  it('prints every route side by side: vendor-funded reseller, partner-funded distribution', async () => {
    const r = await cli.tiercraft('routes', 'model.json', '--item', 'SUITE', '--tier', 'product', '--discount', '10%');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.split('\n')).toEqual([
      'SUITE, tier product, term annual, quantity 1, negotiated discount 10.0%, partner purchases 200,000.00',
      'Route                             Funding  Customer  Reseller buy  Reseller margin  Distributor buy  Distributor margin  Vendor invoice  Pocket price  Pocket margin %  Status',
      'Direct                                       900.00                                                                              900.00        900.00            86.7%      ok',
      // 900 − 300 = 600; 300 front + rebate 18 + MDF 9 + co-op 6 = 333; pocket 600 − 33 = 567, (567 − 120) / 567
      'Reseller · Gold                   vendor     900.00        600.00           333.00                                               600.00        567.00            78.8%      ok',
      'Reseller · Gold · registered      vendor     900.00        550.00           380.25                                               550.00        519.75            76.9%      ok',
      // 1,000 − 30% = 700, 200 front + 33; 1,000 − 40% = 600, 100; the vendor invoices 600
      'Distribution · Gold               partner    900.00        700.00           233.00           600.00              100.00          600.00        567.00            78.8%      ok',
      'Distribution · Gold · registered  partner    900.00        650.00           280.25           550.00              100.00          550.00        519.75            76.9%      ok',
    ]);
  });

  it('--purchases picks the rebate tier and MDF cap: 300,000 reach 4%, and 3,000 / 300,000 = 1% MDF', async () => {
    const r = await cli.tiercraft('routes', 'model.json', '--item', 'SUITE', '--tier', 'product', '--discount', '0.1', '--purchases', '300000', '--json');
    expect(r.code).toBe(EXIT.ok);
    const doc = JSON.parse(r.out) as { partnerPurchases: number; routes: Record<string, unknown>[] };
    expect(doc.partnerPurchases).toBe(300_000);
    expect(doc.routes.find((x) => x.route === 'Distribution · Gold')).toEqual({
      route: 'Distribution · Gold', channel: 'distribution', level: 'gold', dealRegistration: false, funding: 'partner',
      customerPrice: '900.00', resellerBuy: '700.00', resellerMargin: '236.00', distributorBuy: '600.00', distributorMargin: '100.00',
      vendorInvoice: '600.00', pocketPrice: '564.00', pocketMargin: '444.00', pocketMarginRate: '0.7872340426', status: 'ok', error: null, breaches: [],
    });
  });

  it('a bundle is priced in its own tier; a guardrail breach is listed under the table with its route', async () => {
    cli.write('floor.json', JSON.stringify({ ...model, guardrails: { vendorMarginFloor: 0.9 } }));
    const r = await cli.tiercraft('routes', 'floor.json', '--item', 'suite-care', '--quantity', '2');
    expect(r.code).toBe(EXIT.ok);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('bundle suite-care, term annual, quantity 2, negotiated discount 0.0%, partner purchases 200,000.00');
    expect(lines[2]).toMatch(/^Direct\s+2,520\.00\s+2,520\.00\s+2,520\.00\s+90\.5%\s+ok$/);
    expect(lines.filter((l) => l.startsWith('Distribution · Gold: error vendor-margin-floor: '))).toHaveLength(1);
  });

  it('--matrix prints the vendor pocket price as % of list for every item × route', async () => {
    const r = await cli.tiercraft('routes', 'model.json', '--matrix', '--tier', 'product');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.split('\n')).toEqual([
      'vendor pocket price as % of list: tier product (bundles in their own), term annual, quantity 1, partner purchases 200,000.00, no negotiated discount, deal not registered',
      'Item        Direct  Reseller · Gold  Distribution · Gold',
      // 700 − 21 − 10.50 − 7 = 661.50 of 1,000; partner: 600 − 33 = 567
      'SUITE       100.0%            66.2%                56.7%',
      'CARE        100.0%            66.2%                56.7%',
      'suite-care  100.0%            66.2%                56.7%',
    ]);
    const doc = JSON.parse((await cli.tiercraft('routes', 'model.json', '--matrix', '--tier', 'product', '--json')).out) as { partnerPurchases: number; rows: { label: string; shares: (string | null)[] }[] };
    expect(doc.partnerPurchases).toBe(200_000);
    expect(doc.rows[0]).toEqual({ item: { sku: 'SUITE' }, label: 'SUITE', shares: ['1', '0.6615', '0.567'] });
    // 300,000 of purchases: rebate 4%, MDF 1%: 700 − 28 − 7 − 7 = 658 and 600 − 24 − 6 − 6 = 564
    const more = JSON.parse((await cli.tiercraft('routes', 'model.json', '--matrix', '--tier', 'product', '--purchases', '300000', '--json')).out) as { rows: { shares: (string | null)[] }[] };
    expect(more.rows[0]?.shares).toEqual(['1', '0.658', '0.564']);
  });

  it.each([
    [['--item', 'NOPE', '--tier', 'product'], '--item "NOPE" is neither a product nor a bundle of the model (products: SUITE, CARE; bundles: suite-care)'],
    [['--tier', 'product'], 'routes needs --item: a product SKU or a bundle id (or --matrix for every item)'],
    [['--item', 'SUITE'], '--tier is needed: the model has product, plus'],
    [['--item', 'SUITE', '--tier', 'gold'], '--tier "gold" is not in the model (it has product, plus)'],
    [['--item', 'SUITE', '--tier', 'product', '--term', 'monthly'], '--term "monthly" is not in the model (it has annual)'],
    [['--item', 'SUITE', '--tier', 'product', '--quantity', 'ten'], '--quantity "ten" is not a number of 0 or more'],
    [['--item', 'SUITE', '--tier', 'product', '--discount', '150%'], '--discount "150%" is not a rate from 0 to 1 (write 0.1 or 10%)'],
    [['--item', 'SUITE', '--tier', 'product', '--purchases', '-5'], '--purchases "-5" is not a number of 0 or more'],
    [['--matrix'], '--tier is needed: the model has product, plus'],
  ])('%j exits 2: %s', async (args, message) => {
    const r = await cli.tiercraft('routes', 'model.json', ...args);
    expect(r).toEqual({ code: EXIT.usage, out: '', err: `error: ${message}` });
  });

  it('a route that cannot be priced is a row with status error and its reason, exit 0', async () => {
    const r = await cli.tiercraft('routes', 'model.json', '--item', 'SUITE', '--tier', 'plus');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.split('\n')[2]).toMatch(/^Direct\s+error$/);
    expect(r.out).toMatch(/^Direct: cannot be priced: .*SUITE.*plus/m);
  });

  it('an invalid model exits 1 with its issues', async () => {
    cli.write('bad.json', JSON.stringify({ ...model, channels: [{ ...model.channels[2], funding: 'reseller' }] }));
    const r = await cli.tiercraft('routes', 'bad.json', '--item', 'SUITE');
    expect(r.code).toBe(EXIT.invalid);
    expect(r.err).toContain('channels[0].funding');
  });
});

describe("tiercraft quote on a partner line: each party's pocket-price waterfall", () => {
  it('prints the route, funding, what each partner keeps and the funds with their rates', async () => {
    const lines = (await cli.tiercraft('quote', 'model.json')).out.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '1. SUITE (product, annual, distribution, gold, partner funding): list 1,000.00, customer 900.00',
      '   1 × 1,000.00 = 1,000.00',
      '   reseller buys 700.00, margin 233.00; distributor buys 600.00, margin 100.00; vendor invoice 600.00, rebate 18.00 (3.0%), MDF 9.00 (1.5%), co-op 6.00 (1.0%), pocket price 567.00',
    ]);
    expect(lines).toContain('pocket-price waterfall per party (partner purchases 200,000.00):');
    expect(lines.filter((l) => /^(Customer|Reseller|Distributor|Vendor): /.test(l))).toEqual([
      'Customer: pays 900.00',
      'Reseller: pocket price 900.00, pocket margin 233.00',
      'Distributor: pocket price 700.00, pocket margin 100.00',
      'Vendor: pocket price 567.00, pocket margin 447.00',
    ]);
    const vendor = lines.slice(lines.indexOf('Vendor: pocket price 567.00, pocket margin 447.00') + 2);
    expect(vendor.map((l) => l.trim().split(/\s{2,}/).slice(0, 3))).toEqual([
      ['List price', '1,000.00', '1,000.00'],
      ['Volume discount', '0.00', '1,000.00'],
      ['Term discount', '0.00', '1,000.00'],
      ['Negotiated discount', '-100.00', '900.00'],
      ['Special bid', '0.00', '900.00'],
      ['Reseller margin', '-200.00', '700.00'],
      ['Distributor margin', '-100.00', '600.00'],
      ['= Vendor invoice', '600.00'],
      ['Rebate', '-18.00', '582.00'],
      ['MDF', '-9.00', '573.00'],
      ['Co-op', '-6.00', '567.00'],
      ['= Pocket price', '567.00'],
      ['Cost to serve', '-120.00', '447.00'],
      ['= Pocket margin', '447.00'],
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Negotiated discount\s+-100\.00\s+900\.00\s+list\s+on-invoice\s+Reseller → Customer$/));
  });

  it('--purchases overrides the quote’s, in the text and the JSON', async () => {
    const r = await cli.tiercraft('quote', 'model.json', '--purchases', '300000', '--json');
    const doc = JSON.parse(r.out) as { partnerPurchases: number; lines: Record<string, unknown>[]; totals: Record<string, string>; pocket: { party: string; pocketPrice: string; elements: { label: string; amount: string }[] }[] };
    expect(doc.partnerPurchases).toBe(300_000);
    expect(doc.lines[0]).toMatchObject({ funding: 'partner', rebate: '24.00', mdf: '6.00', coop: '6.00', rates: { rebate: '0.04', mdf: '0.01', coop: '0.01' }, vendorNet: '564.00' });
    expect(doc.totals).toMatchObject({ vendorInvoice: '600.00', coop: '6.00', vendorNet: '564.00', resellerMargin: '236.00', distributorMargin: '100.00' });
    expect(doc.pocket.map((p) => [p.party, p.pocketPrice])).toEqual([['Customer', '900.00'], ['Reseller', '900.00'], ['Distributor', '700.00'], ['Vendor', '564.00']]);
    expect((await cli.tiercraft('quote', 'model.json', '--purchases', 'lots')).err).toBe('error: --purchases "lots" is not a number of 0 or more');
  });
});
