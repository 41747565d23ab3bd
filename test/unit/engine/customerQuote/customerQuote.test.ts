import { type Decimal, type QuoteLineInput, bundleAllocation, customerQuote, internalQuote, priceQuote } from '../../../../src/engine';
import { exampleModel, s } from '../model/example';

/** The line: 12 Team Automation Starter bundles, 3-year, through a distributor at Gold, registered, 5% off. */
const goldLine: QuoteLineInput = { item: { bundle: 'team-starter' }, quantity: 12, term: '3-year', channel: 'distribution', level: 'gold', dealRegistration: true, discount: 0.05 };
/** Three bundles configured: 10 CLI seats each (default 5), the optional encryption add-on left out; direct, 12% off. */
const configuredLine: QuoteLineInput = { item: { bundle: 'team-starter' }, quantity: 3, term: 'annual', channel: 'direct', discount: 0.12, components: { 'BK-CLI': 10, 'BK-ENC': 0 } };

const model = exampleModel((json) => {
  json.quote = { customer: 'Northwind Logistics', number: 'Q-2026-0142', date: '2026-11-30', validUntil: '2026-12-30', terms: 'Net 30', lines: [goldLine, configuredLine] };
});
const result = priceQuote(model);
const view = customerQuote(model, result);
const money = (m: { amount: Decimal; text: string }) => [s(m.amount), m.text];

describe('customerQuote: the 12-bundle, 3-year, two-tier Gold line with deal registration and 5% off', () => {
  /*
   * By hand. One Team Automation Starter bundle, 3-year, solution tier: BF-AUTO 1 × 1,470 + BF-MON 1 × 570
   * + BK-CLI 5 × 360 + BK-ENC 5 × 90 = 4,290, less the 15% bundle discount = 3,646.50.
   *   List            12 × 3,646.50                = 43,758.00
   *   Volume          servers (volume), 12 in 5–19: 10% of list = 4,375.80
   *   Term            3-year, 15% of list          = 6,563.70
   *   Your discount   negotiated 5% of list        = 2,187.90
   *   Customer price  43,758.00 − 4,375.80 − 6,563.70 − 2,187.90 = 30,630.60 (2,552.55 a bundle)
   * Behind it, never shown to the customer: reseller buy 30,630.60 − 25% × 43,758 = 19,691.10, distributor
   * buy − 8% = 16,190.46, rebate and MDF 2% each 323.81, vendor net 15,542.84, cost 12 × 12.50 × 36 = 5,400.00.
   */
  const line = view.lines[0]!;

  it('shows the list, the discounts as the customer sees them, and the price', () => {
    expect(line).toMatchObject({ kind: 'bundle', item: 'Team Automation Starter', explanation: '12 × 3,646.50 = 43,758.00', term: '3-year', months: 36 });
    expect(line.quantity.text).toBe('12');
    expect(money(line.unitListPrice)).toEqual(['3646.50', '3,646.50']);
    expect(money(line.list)).toEqual(['43758.00', '43,758.00']);
    expect(money(line.volumeDiscount)).toEqual(['4375.80', '4,375.80']);
    expect(money(line.termDiscount)).toEqual(['6563.70', '6,563.70']);
    expect(money(line.yourDiscount)).toEqual(['2187.90', '2,187.90']);
    expect(money(line.customerPrice)).toEqual(['30630.60', '30,630.60']);
    expect(money(line.customerUnitPrice)).toEqual(['2552.55', '2,552.55']);
    const internal = result.lines[0]!;
    expect([s(internal.resellerBuy), s(internal.distributorBuy), s(internal.rebate), s(internal.vendorNet), s(internal.cost)]).toEqual(['19691.10', '16190.46', '323.81', '15542.84', '5400.00']);
  });

  it("lists the bundle's components at their default quantities", () => {
    expect(line.components.map((c) => [c.name, c.perBundle.text, c.quantity.text])).toEqual([
      ['BackupFile Automation', '1', '12'],
      ['Pipeline Monitoring', '1', '12'],
      ['Backup CLI', '5', '60'],
      ['Encryption add-on', '5', '60'],
    ]);
  });

  it("carries the quote's details and the customer's name", () => {
    expect(view).toMatchObject({ number: 'Q-2026-0142', date: '2026-11-30', validUntil: '2026-12-30', currency: 'USD', terms: 'Net 30', customer: { name: 'Northwind Logistics' } });
  });
});

describe('customerQuote: a configured bundle line', () => {
  /*
   * One bundle, annual, configured: BF-AUTO 490 + BF-MON 190 + BK-CLI 10 × 120 (BK-ENC left out) = 1,880,
   * less 15% = 1,598.00. List 3 × 1,598.00 = 4,794.00; 3 bundles are in the 0–4 band (no volume discount),
   * annual has no term discount; 12% off list 575.28: 4,218.72.
   */
  const line = view.lines[1]!;

  it('lists the configured quantities and leaves the omitted component out', () => {
    expect(line.components.map((c) => [c.sku, c.perBundle.text, c.quantity.text])).toEqual([
      ['BF-AUTO', '1', '3'],
      ['BF-MON', '1', '3'],
      ['BK-CLI', '10', '30'],
    ]);
    expect(line.explanation).toBe('3 × 1,598.00 = 4,794.00');
    expect([line.volumeDiscount.text, line.termDiscount.text, line.yourDiscount.text, line.customerPrice.text]).toEqual(['0.00', '0.00', '575.28', '4,218.72']);
  });

  it('totals the lines: list less every discount is the total', () => {
    expect([view.totals.list.text, view.totals.volumeDiscount.text, view.totals.termDiscount.text, view.totals.yourDiscount.text]).toEqual(['48,552.00', '4,375.80', '6,563.70', '2,763.18']);
    expect([view.totals.subtotal.text, view.totals.trueUp.text, view.totals.total.text]).toEqual(['34,849.32', '0.00', '34,849.32']);
  });

  it("adds the true-up to the quote's minimum commitment", () => {
    const committed = { ...model.quote, minimumCommitment: 40000 };
    const topped = customerQuote(model, priceQuote(model, committed), committed);
    expect([topped.totals.subtotal.text, topped.totals.trueUp.text, topped.totals.total.text]).toEqual(['34,849.32', '5,150.68', '40,000.00']);
  });

  it('takes customerDetails over the customer name, and the vendor as given', () => {
    const detailed = { ...model.quote, customerDetails: { name: 'Northwind Logistics GmbH', address: 'Hafenstr. 1\n20457 Hamburg', contact: 'J. Weber', email: 'j.weber@example.com' }, vendor: { name: 'Backup Vendor Ltd', address: '', contact: '', email: '' } };
    const shown = customerQuote(model, result, detailed);
    expect(shown.customer.name).toBe('Northwind Logistics GmbH');
    expect(shown.vendor.name).toBe('Backup Vendor Ltd');
  });
});

describe('customerQuote: a price ending is part of Your discount', () => {
  it('folds the snap to the ending into Your discount, so the line still adds up', () => {
    /*
     * 25 Backup CLI seats, annual, direct, 7% off, prices ending in .99. List 25 × 90.00 = 2,250.00; the
     * graduated seats ladder takes 10% off seats 11–25: 15 × 9.00 = 135.00; 2,115.00 after it. 7% of list
     * (157.50) leaves 1,957.50, 78.30 a seat, which snaps to 77.99: 25 × 77.99 = 1,949.75. Your discount
     * = 2,115.00 − 1,949.75 = 165.25 (157.50 negotiated + 7.75 from the ending).
     */
    const ending = exampleModel((json) => (json.rounding.ending = 0.99));
    const quote = { customer: 'Contoso', lines: [{ item: { sku: 'BK-CLI' }, quantity: 25, term: 'annual', tier: 'product', channel: 'direct', discount: 0.07 }] };
    const line = customerQuote(ending, priceQuote(ending, quote), quote).lines[0]!;
    expect([line.list.text, line.volumeDiscount.text, line.termDiscount.text, line.yourDiscount.text, line.customerPrice.text, line.customerUnitPrice.text]).toEqual([
      '2,250.00', '135.00', '0.00', '165.25', '1,949.75', '77.99',
    ]);
  });
});

describe('customerQuote: a quote in a market', () => {
  it("shows the market's currency, and money at its minor unit", () => {
    const japan = exampleModel((json) => (json.markets = [{ id: 'jp', name: 'Japan', currency: 'JPY', rate: 150 }]));
    const quote = { customer: 'Contoso KK', market: 'jp', lines: [{ item: { sku: 'BK-CLI' }, quantity: 5, term: 'annual', tier: 'product', channel: 'direct' }] };
    const shown = customerQuote(japan, priceQuote(japan, quote), quote);
    // 90.00 USD × 150 = 13,500 yen a seat; 5 seats in the first band of the seats ladder.
    expect(shown.currency).toBe('JPY');
    expect([shown.lines[0]!.explanation, shown.totals.total.text]).toEqual(['5 × 13,500 = 67,500', '67,500']);
  });
});

describe("internalQuote: finance's view", () => {
  const finance = internalQuote(model, result);

  it("allocates each bundle line's customer price and vendor net on the standalone-selling-price basis, adding up", () => {
    const line = finance.lines[1]!;
    // Standalone list of the configured line: 3 × (490, 190, 1,200, 0) = 1,470 : 570 : 3,600 : 0 of 5,640.
    expect(line.allocation.map((a) => [a.sku, a.standaloneList.text, a.shareText, a.customerPrice.text])).toEqual([
      ['BF-AUTO', '1,470.00', '26.06%', '1,099.56'],
      ['BF-MON', '570.00', '10.11%', '426.36'],
      ['BK-CLI', '3,600.00', '63.83%', '2,692.80'],
      ['BK-ENC', '0.00', '0%', '0.00'],
    ]);
    for (const [i, l] of finance.lines.entries()) {
      const priced = result.lines[i]!;
      expect(l.allocation.map((a) => [a.sku, s(a.quantity.value), s(a.customerPrice.amount), s(a.vendorNet.amount)])).toEqual(
        priced.allocation.map((a) => [a.sku, s(a.quantity), s(a.customerPrice), s(a.vendorNet)]),
      );
      const total = (pick: (a: (typeof l.allocation)[number]) => Decimal) => l.allocation.reduce((sum, a) => sum + pick(a).units, 0n);
      expect(total((a) => a.customerPrice.amount)).toBe(priced.customerPrice.units);
      expect(total((a) => a.vendorNet.amount)).toBe(priced.vendorNet.units);
    }
  });

  it('splits one default bundle sold at list exactly as bundleAllocation splits it', () => {
    // Annual, direct, no discount: the customer price is the bundle's price, 1,215.50 = 1,430 × 0.85.
    const atList = { customer: 'Contoso', lines: [{ item: { bundle: 'team-starter' }, quantity: 1, term: 'annual', channel: 'direct' }] };
    const line = internalQuote(model, priceQuote(model, atList), { ...model.quote, ...atList }).lines[0]!;
    expect(line.customerPrice.text).toBe('1,215.50');
    expect(line.allocation.map((a) => s(a.customerPrice.amount))).toEqual(bundleAllocation(model, 'team-starter', 'annual').map((p) => s(p.amount)));
    expect(line.allocation.map((a) => a.shareText)).toEqual(['34.27%', '13.29%', '41.96%', '10.49%']);
  });

  it("gives each party's margin per line", () => {
    expect(finance.lines[0]!.margins.map((m) => [m.party, m.amount.text, m.rateText])).toEqual([
      ['Vendor', '10,142.84', '65.26%'],
      ['Reseller', '11,587.12', '37.83%'],
      ['Distributor', '3,500.64', '17.78%'],
    ]);
    expect(finance.lines[1]!.margins.map((m) => m.party)).toEqual(['Vendor']);
    expect(finance.lines[0]!.cost.text).toBe('5,400.00');
  });
});
