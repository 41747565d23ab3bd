import fc from 'fast-check';
import { add, channelWaterfall, compare, dec, loadModel, priceQuote, priceQuoteLine, subtract, toFixedString, type QuoteLineResult } from '../../../../src/engine';
import { fundingModel } from '../../../support/fundingModel';

const money = (d: { units: bigint; scale: number } | null | undefined): string | null => (d ? toFixedString(d) : null);
const figures = (r: QuoteLineResult) => ({
  customer: money(r.customerPrice),
  reseller: money(r.resellerBuy),
  distributor: money(r.distributorBuy),
  invoice: money(r.vendorInvoice),
  resellerMargin: money(r.resellerMargin?.amount),
  distributorMargin: money(r.distributorMargin?.amount),
});
const line = { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', quantity: 1, channel: 'distribution', level: 'gold', discount: 0.1 };

describe('who funds the customer discount: list 1,000, customer 10%, reseller 30%, distributor 10% on top', () => {
  const model = fundingModel();

  it('partner: buy prices are published off list, so the 100 off comes out of the reseller margin', () => {
    // customer 1000 − 100 = 900; reseller buys at 1000 × (1 − 30%) = 700 and earns 200;
    // distributor buys at 1000 × (1 − 40%) = 600 and earns 100; the vendor invoices 600.
    expect(figures(priceQuoteLine(model, { ...line, funding: 'partner' }))).toEqual({ customer: '900.00', reseller: '700.00', distributor: '600.00', invoice: '600.00', resellerMargin: '200.00', distributorMargin: '100.00' });
  });

  it('vendor: every discount stacked off list, so the 100 off comes out of the vendor invoice', () => {
    // reseller buys at 900 − 300 = 600, distributor at 600 − 100 = 500
    expect(figures(priceQuoteLine(model, { ...line, funding: 'vendor' }))).toEqual({ customer: '900.00', reseller: '600.00', distributor: '500.00', invoice: '500.00', resellerMargin: '300.00', distributorMargin: '100.00' });
  });

  it('compound: each partner discount off the price before it', () => {
    // reseller buys at 900 × 0.7 = 630, distributor at 630 × 0.9 = 567
    expect(figures(priceQuoteLine(model, { ...line, funding: 'compound' }))).toEqual({ customer: '900.00', reseller: '630.00', distributor: '567.00', invoice: '567.00', resellerMargin: '270.00', distributorMargin: '63.00' });
  });

  it('a channel states its funding; a line overrides it; without either the model discount basis decides', () => {
    expect(priceQuoteLine(model, line).funding).toBe('vendor');
    expect(priceQuoteLine(fundingModel((m) => (m.discountBasis = 'compound')), line).funding).toBe('compound');
    const partnerChannel = fundingModel((m) => (m.channels![2]!.funding = 'partner'));
    expect(priceQuoteLine(partnerChannel, line).funding).toBe('partner');
    expect(money(priceQuoteLine(partnerChannel, line).vendorInvoice)).toBe('600.00');
    expect(priceQuoteLine(partnerChannel, { ...line, funding: 'vendor' }).funding).toBe('vendor');
  });

  it('PRICING.WATERFALL under partner funding takes the distributor buy discount off list (40%)', () => {
    const rows = channelWaterfall({ listPrice: dec('1000'), customerDiscount: dec('0.1'), resellerDiscount: dec('0.3'), distributorDiscount: dec('0.4'), rebate: dec('0'), mdf: dec('0'), funding: 'partner' }, 2);
    expect(rows.map((r) => [r.party, money(r.buyPrice), money(r.sellPrice), money(r.margin)])).toEqual([
      ['Customer', '900.00', null, null],
      ['Reseller', '700.00', '900.00', '200.00'],
      ['Distributor', '600.00', '700.00', '100.00'],
      ['Vendor', null, '600.00', '600.00'],
    ]);
    expect(() => channelWaterfall({ listPrice: dec('1000'), customerDiscount: dec('0'), resellerDiscount: dec('0.3'), distributorDiscount: dec('0.2'), rebate: dec('0'), mdf: dec('0'), funding: 'partner' }, 2)).toThrow(/at least the reseller's: got 0\.2 \(20%\) against 0\.3 \(30%\)/);
  });
});

describe('a special bid: the vendor funds it and passes it down the chain', () => {
  const model = fundingModel();
  const bid = { ...line, specialBid: 0.05 };

  it('partner: 5% of list (50) off the customer price and off every buy price; partner margins unchanged', () => {
    const r = priceQuoteLine(model, { ...bid, funding: 'partner' });
    expect(figures(r)).toEqual({ customer: '850.00', reseller: '650.00', distributor: '550.00', invoice: '550.00', resellerMargin: '200.00', distributorMargin: '100.00' });
    expect(money(r.specialBidDiscount)).toBe('50.00');
    expect(money(r.lineDiscount)).toBe('150.00');
  });

  it('vendor: the same 50 off every price', () => {
    expect(figures(priceQuoteLine(model, { ...bid, funding: 'vendor' }))).toEqual({ customer: '850.00', reseller: '550.00', distributor: '450.00', invoice: '450.00', resellerMargin: '300.00', distributorMargin: '100.00' });
  });

  it('compound (with a compound discount basis): 5% off the customer price, each buy price follows', () => {
    // customer 1000 × 0.9 × 0.95 = 855 (the bid took 45); reseller 855 × 0.7 = 598.50; distributor × 0.9 = 538.65
    const r = priceQuoteLine(fundingModel((m) => (m.discountBasis = 'compound')), bid);
    expect(figures(r)).toEqual({ customer: '855.00', reseller: '598.50', distributor: '538.65', invoice: '538.65', resellerMargin: '256.50', distributorMargin: '59.85' });
    expect(money(r.specialBidDiscount)).toBe('45.00');
  });

  it('a special bid outside 0..1 is refused, naming the field', () => {
    expect(() => priceQuoteLine(model, { ...line, specialBid: 1.2 })).toThrow('special bid must be between 0 and 1 (0% to 100%), got 1.2');
  });
});

describe('partner programme terms: rebate tiers by purchases, MDF with a cap, co-op', () => {
  const programme = (purchases?: number) =>
    fundingModel((m) => {
      m.levels = [{ id: 'gold', name: 'Gold', discount: 0.3, rebateTiers: [{ from: 0, rate: 0.02 }, { from: 100_000, rate: 0.03 }, { from: 250_000, rate: 0.04 }], mdf: 0.02, mdfCap: 3000, coop: 0.01 }];
      m.channels![2]!.funding = 'partner';
      if (purchases !== undefined) m.quote = { lines: [], partnerPurchases: purchases };
    });

  it('200,000 of purchases reach the 3% tier, and MDF is capped at 3,000 / 200,000 = 1.5%', () => {
    // invoice 600: rebate 3% = 18.00, MDF 1.5% = 9.00, co-op 1% = 6.00; pocket price 600 − 33 = 567
    const r = priceQuoteLine(programme(200_000), line);
    expect([r.rates.rebate, r.rates.mdf, r.rates.coop].map(money)).toEqual(['0.03', '0.015', '0.01']);
    expect([r.rebate, r.mdf, r.coop, r.vendorNet].map(money)).toEqual(['18.00', '9.00', '6.00', '567.00']);
    expect(money(r.resellerMargin?.amount)).toBe('233.00'); // 200 front + 33 back-end
  });

  it('without purchases the first tier applies and the cap is not reached', () => {
    const r = priceQuoteLine(programme(), line);
    expect([r.rebate, r.mdf, r.coop, r.vendorNet].map(money)).toEqual(['12.00', '12.00', '6.00', '570.00']);
  });

  it('the quote may state purchases of its own', () => {
    const q = priceQuote(programme(), { lines: [line], partnerPurchases: 300_000 });
    expect(money(q.lines[0]?.rebate)).toBe('24.00'); // 4% of 600
    expect(money(q.totals.coop)).toBe('6.00');
  });

  it('rebate tiers must ascend, and replace the flat rebate', () => {
    const bad = loadModel({ currency: 'USD', levels: [{ id: 'gold', name: 'Gold', discount: 0.3, rebate: 0.01, rebateTiers: [{ from: 0, rate: 0.02 }, { from: 0, rate: 0.03 }] }] });
    expect(bad.ok).toBe(false);
    const messages = bad.ok ? [] : bad.issues.map((i) => i.message);
    expect(messages).toContain('levels[0].rebate: level "gold" has rebate tiers and a flat rebate of 1%: the tiers set the rebate, so leave rebate out (or 0)');
    expect(messages).toContain('levels[0].rebateTiers[1].from: level "gold": rebate tier from 0 must be above the tier before it (from 0); list tiers in ascending order of purchases');
  });
});

describe('invariants under every funding', () => {
  const model = fundingModel((m) => (m.levels = [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05, rebate: 0.02, mdf: 0.01, coop: 0.01 }]));
  it('the parties keep exactly what the customer pays (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('vendor' as const, 'partner' as const, 'compound' as const), fc.constantFrom('direct', 'reseller', 'distribution'), fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 }), fc.boolean(),
        (funding, channel, quantity, discount, bid, registered) => {
          const r = priceQuoteLine(model, { ...line, channel, level: channel === 'direct' ? undefined : 'gold', quantity, discount: discount / 100, specialBid: bid / 100, funding, dealRegistration: registered });
          const margins = add(r.resellerMargin?.amount ?? dec(0), r.distributorMargin?.amount ?? dec(0));
          expect(compare(add(margins, r.vendorNet), r.customerPrice)).toBe(0);
          expect(compare(subtract(subtract(subtract(r.vendorInvoice, r.rebate), r.mdf), r.coop), r.vendorNet)).toBe(0);
          // the special bid never changes what a partner earns up front under partner or vendor funding
          if (funding !== 'compound' && r.resellerBuy) {
            const without = priceQuoteLine(model, { ...line, channel, level: 'gold', quantity, discount: discount / 100, funding, dealRegistration: registered });
            expect(compare(subtract(r.customerPrice, r.resellerBuy), subtract(without.customerPrice, without.resellerBuy!))).toBe(0);
          }
        },
      ),
      { seed: 12, numRuns: 300 },
    );
  });
});
