import fc from 'fast-check';
import {
  priceQuoteLine, priceQuote, plainQuoteLine, channelWaterfall, lineParties, add, subtract, compare, dec, PricingError, type QuoteLineResult,
} from '../../../../src/engine';
import { exampleModel, s } from '../model/example';

const model = exampleModel();

const waterfallOf = (r: QuoteLineResult) => ({
  list: s(r.listPrice), volume: s(r.volumeDiscount), afterVolume: s(r.afterVolume), term: s(r.termDiscount), afterTerm: s(r.afterTerm),
  line: s(r.lineDiscount), customer: s(r.customerPrice), reseller: s(r.resellerBuy), distributor: s(r.distributorBuy),
  invoice: s(r.vendorInvoice), rebate: s(r.rebate), mdf: s(r.mdf), net: s(r.vendorNet), cost: s(r.cost),
  resellerMargin: s(r.resellerMargin?.amount), distributorMargin: s(r.distributorMargin?.amount), vendorMargin: s(r.vendorMargin.amount),
});

describe('a two-tier quote line from the example model, recomputed by hand', () => {
  // 12 servers of BackupFile Automation (Solution tier), 3-year term, through Distribution (8%),
  // reseller at Gold (20% + 5% deal registration, 2% rebate, 2% MDF):
  //   list            1470 × 12                          = 17640.00
  //   volume          servers-volume: 12 is in band 5–19 → 10% of 17640 = 1764.00 → 15876.00
  //   term            3-year 15% of list = 2646.00                       → 13230.00
  //   customer price  no negotiated discount                              = 13230.00
  //   reseller buy    13230 − 25% × 17640 (4410)                          =  8820.00
  //   distributor buy 8820 − 8% × 17640 (1411.20)                         =  7408.80 = vendor invoice
  //   rebate, MDF     2% × 7408.80 = 148.176 → 148.18 each; vendor net 7408.80 − 296.36 = 7112.44
  //   margins         reseller 4410 + 296.36 = 4706.36; distributor 1411.20
  //                   4706.36 + 1411.20 = 6117.56 = 13230.00 − 7112.44
  //   cost            6.00 a server-month × 36 × 12 = 2592.00; vendor margin 4520.44 (63.56% of net)
  const line = model.quote.lines[1]!;
  const result = priceQuoteLine(model, line);

  it('gives every step of the waterfall', () => {
    expect(waterfallOf(result)).toEqual({
      list: '17640.00', volume: '1764.00', afterVolume: '15876.00', term: '2646.00', afterTerm: '13230.00', line: '0.00',
      customer: '13230.00', reseller: '8820.00', distributor: '7408.80', invoice: '7408.80', rebate: '148.18', mdf: '148.18',
      net: '7112.44', cost: '2592.00', resellerMargin: '4706.36', distributorMargin: '1411.20', vendorMargin: '4520.44',
    });
    expect(s(result.vendorMargin.rate)).toBe('0.6355681032');
    expect(s(result.distributorMargin?.rate)).toBe('0.16');
    expect(s(result.customerDiscountRate)).toBe('0.25');
    expect(s(result.customerUnitPrice)).toBe('1102.50');
  });

  it('the reseller and distributor margins add up to the customer price less the vendor net', () => {
    const margins = add(result.resellerMargin!.amount, result.distributorMargin!.amount);
    expect(s(margins)).toBe('6117.56');
    expect(compare(margins, subtract(result.customerPrice, result.vendorNet))).toBe(0);
  });

  it('agrees with PRICING.WATERFALL on the same figures (after volume and term: 25% off list)', () => {
    const rows = channelWaterfall(
      { listPrice: dec(17640), customerDiscount: dec('0.25'), resellerDiscount: dec('0.25'), distributorDiscount: dec('0.08'), rebate: dec('0.02'), mdf: dec('0.02') },
      2,
    );
    expect(lineParties(result)).toEqual(rows);
  });
});

describe('bundle lines', () => {
  it('Team Automation Starter × 4, annual, two-tier at Gold registered, 5% negotiated', () => {
    // bundle price (490 + 190 + 5 × 120 + 5 × 30) × 0.85 = 1215.50; list 1215.50 × 4 = 4862.00
    // 4 bundles are in the first servers-volume band (0%); annual has no term discount
    // customer 4862 − 5% (243.10) = 4618.90; reseller 4618.90 − 25% × 4862 (1215.50) = 3403.40
    // distributor 3403.40 − 8% × 4862 (388.96) = 3014.44; rebate = MDF = 2% × 3014.44 = 60.29; net 2893.86
    // cost (6 + 2.5 + 5 × 0.5 + 5 × 0.3) = 12.50 a bundle-month × 12 × 4 = 600.00
    const r = priceQuoteLine(model, model.quote.lines[0]!);
    expect(waterfallOf(r)).toMatchObject({ list: '4862.00', line: '243.10', customer: '4618.90', reseller: '3403.40', distributor: '3014.44', rebate: '60.29', net: '2893.86', cost: '600.00' });
    // allocated by standalone list 490 : 190 : 600 : 150 (of 1430)
    expect(r.allocation.map((a) => [a.sku, s(a.quantity), s(a.customerPrice), s(a.vendorNet)])).toEqual([
      ['BF-AUTO', '4', '1582.70', '991.60'],
      ['BF-MON', '4', '613.70', '384.50'],
      ['BK-CLI', '20', '1938.00', '1214.21'],
      ['BK-ENC', '20', '484.50', '303.55'],
    ]);
    expect(s(r.allocation.map((a) => a.customerPrice).reduce(add))).toBe('4618.90');
    expect(s(r.allocation.map((a) => a.vendorNet).reduce(add))).toBe('2893.86');
  });

  it('Enterprise Compliance Suite: fixed 39000 allocated 24000 : 12000 : 6000, which does not divide evenly', () => {
    // 39000 × 24/42 = 22285.714…, × 12/42 = 11142.857…, × 6/42 = 5571.428…: floors 22285.71 + 11142.85 +
    // 5571.42 = 38999.98; the 2 cents left go to the largest remainders (.857 and .428 → 11142.86, 5571.43)
    const r = priceQuoteLine(model, model.quote.lines[2]!);
    expect(r.allocation.map((a) => s(a.customerPrice))).toEqual(['22285.71', '11142.86', '5571.43']);
    expect(s(r.customerPrice)).toBe('39000.00');
    // one-tier at Platinum (25%, not registered): reseller buys at 29250; rebate = MDF = 3% = 877.50
    expect(waterfallOf(r)).toMatchObject({ reseller: '29250.00', distributor: null, invoice: '29250.00', rebate: '877.50', net: '27495.00', resellerMargin: '11505.00', distributorMargin: null });
  });
});

describe('discount basis, price endings and rounding policy', () => {
  it("'compound' takes each discount off the step before", () => {
    const compound = exampleModel((j) => (j.discountBasis = 'compound'));
    // 17640 → volume 10% → 15876 → term 15% of 15876 = 2381.40 → 13494.60; reseller 25% off that → 10120.95;
    // distributor 8% off that → 9311.274 → 9311.27
    const r = priceQuoteLine(compound, compound.quote.lines[1]!);
    expect(waterfallOf(r)).toMatchObject({ afterVolume: '15876.00', afterTerm: '13494.60', customer: '13494.60', reseller: '10120.95', distributor: '9311.27' });
    expect(compare(add(r.resellerMargin!.amount, r.distributorMargin!.amount), subtract(r.customerPrice, r.vendorNet))).toBe(0);
  });

  it('a .99 ending snaps the customer unit price: 1102.50 → 1102.99 a server, × 12 = 13235.88', () => {
    const ending = exampleModel((j) => (j.rounding = { minorUnits: 2, ending: 0.99 }));
    const r = priceQuoteLine(ending, ending.quote.lines[1]!);
    expect(s(r.customerUnitPrice)).toBe('1102.99');
    expect(s(r.customerPrice)).toBe('13235.88');
    expect(s(r.lineDiscount)).toBe('-5.88');
  });

  it('JPY has no minor unit: prices round to whole yen', () => {
    const yen = exampleModel((j) => {
      j.currency = 'JPY';
      delete j.rounding;
    });
    expect(yen.rounding.minorUnits).toBe(0);
    expect(s(priceQuoteLine(yen, yen.quote.lines[1]!).rebate)).toBe('148');
  });
});

describe('a quote', () => {
  it('totals its lines', () => {
    const q = priceQuote(model);
    expect(q.customer).toBe('Northwind Logistics');
    // 4618.90 + 13230.00 + 39000.00
    expect(s(q.totals.customerPrice)).toBe('56848.90');
    expect(s(q.totals.vendorNet)).toBe('37501.30');
    expect(compare(add(q.totals.resellerMargin, q.totals.distributorMargin), subtract(q.totals.customerPrice, q.totals.vendorNet))).toBe(0);
  });

  it.each([
    ['an unknown SKU', { item: { sku: 'BK-ENT' }, tier: 'product', term: 'annual', quantity: 1, channel: 'direct' }, 'not-found', 'quote.lines[0]: no product "BK-ENT"'],
    ['no price for the tier and term', { item: { sku: 'EN-AUDIT' }, tier: 'enterprise', term: 'monthly', quantity: 1, channel: 'direct' }, 'not-found', 'quote.lines[0]: no list price for "EN-AUDIT" in tier "enterprise" for term "monthly"'],
    ['a product line without tier', { item: { sku: 'BK-CLI' }, term: 'annual', quantity: 1, channel: 'direct' }, 'not-found', 'quote.lines[0]: a product line needs a price-book tier for "BK-CLI", got none'],
    ['a partner channel without level', { item: { sku: 'BK-CLI' }, tier: 'product', term: 'annual', quantity: 1, channel: 'reseller' }, 'not-found', 'quote.lines[0]: channel "reseller" sells through a reseller, so the line needs a partner level, got none'],
    ['a fixed bundle on a term it has no price for', { item: { bundle: 'enterprise-compliance' }, term: 'monthly', quantity: 1, channel: 'direct' }, 'not-found', 'quote.lines[0]: bundle "enterprise-compliance" has no fixed price for term "monthly"'],
    ['a quantity of 0', { item: { sku: 'BK-CLI' }, tier: 'product', term: 'annual', quantity: 0, channel: 'direct' }, 'range', 'quote.lines[0]: quantity must be greater than 0, got 0'],
    ['a discount over 100%', { item: { sku: 'BK-CLI' }, tier: 'product', term: 'annual', quantity: 1, channel: 'direct', discount: 2 }, 'range', 'quote.lines[0]: discount must be between 0 and 1 (0% to 100%), got 2'],
    ['discounts taking more than list', { item: { sku: 'BK-CLI' }, tier: 'product', term: '3-year', quantity: 1, channel: 'direct', discount: 0.9 }, 'range', 'quote.lines[0]: the discounts off list add up to 283.50, more than the list price: the customer price would be negative'],
  ])('rejects %s, naming the line', (_name, line, kind, message) => {
    expect(() => priceQuote(model, { lines: [line] })).toThrow(new PricingError(kind as 'range', message));
  });
});

describe('properties over random lines of the example model', () => {
  const items = [
    ...model.prices.map((p) => ({ item: { sku: p.sku }, tier: p.tier, term: p.term })),
    ...['monthly', 'annual', '3-year'].map((term) => ({ item: { bundle: 'team-starter' }, term })),
    ...['annual', '3-year'].map((term) => ({ item: { bundle: 'enterprise-compliance' }, term })),
  ];
  const routes = model.channels.flatMap((c) => (c.kind === 'direct' ? [{ channel: c.id }] : model.levels.map((l) => ({ channel: c.id, level: l.id }))));
  const arbLine = fc.record({
    what: fc.constantFrom(...items),
    route: fc.constantFrom(...routes),
    quantity: fc.integer({ min: 1, max: 2000 }),
    dealRegistration: fc.boolean(),
    discount: fc.integer({ min: 0, max: 20 }).map((p) => p / 100),
    specialBid: fc.constantFrom(0, 0, 0.05, 0.125),
    funding: fc.constantFrom(undefined, 'vendor' as const, 'partner' as const, 'compound' as const),
  });
  const basis = fc.constantFrom('list', 'compound');

  it('the margins of the parties always add up to the customer price less the vendor net', () => {
    const models = { list: model, compound: exampleModel((j) => (j.discountBasis = 'compound')) };
    fc.assert(
      fc.property(arbLine, basis, (l, b) => {
        const r = priceQuoteLine(models[b as 'list'], { ...l.what, ...l.route, quantity: l.quantity, dealRegistration: l.dealRegistration, discount: l.discount, specialBid: l.specialBid, ...(l.funding ? { funding: l.funding } : {}) });
        const margins = add(r.resellerMargin?.amount ?? dec(0), r.distributorMargin?.amount ?? dec(0));
        expect(compare(margins, subtract(r.customerPrice, r.vendorNet))).toBe(0);
        expect(compare(subtract(r.listPrice, add(add(r.volumeDiscount, r.termDiscount), r.lineDiscount)), r.customerPrice)).toBe(0);
        if (r.allocation.length > 0) expect(compare(r.allocation.map((a) => a.customerPrice).reduce(add), r.customerPrice)).toBe(0);
      }),
    );
  });

  it('the fast path on whole-number doubles gives exactly what the bigint reference path gives', () => {
    const models = [model, exampleModel((j) => (j.discountBasis = 'compound')), exampleModel((j) => (j.rounding = { minorUnits: 2, mode: 'halfEven' })), exampleModel((j) => (j.currency = 'BHD', delete j.rounding))];
    fc.assert(
      fc.property(arbLine, fc.integer({ min: 0, max: models.length - 1 }), fc.constantFrom(1, 1000, 1_000_000), (l, m, scaleUp) => {
        // large quantities push the chain past 2^53 and onto the bigint path; both must still agree
        const line = { ...l.what, ...l.route, quantity: l.quantity * scaleUp, dealRegistration: l.dealRegistration, discount: l.discount, specialBid: l.specialBid, ...(l.funding ? { funding: l.funding } : {}) };
        const target = models[m]!;
        let fast;
        try {
          fast = priceQuoteLine(target, line);
        } catch (e) {
          expect(() => priceQuoteLine(target, line, { exact: true })).toThrow((e as Error).message);
          return;
        }
        expect(plainQuoteLine(fast)).toEqual(plainQuoteLine(priceQuoteLine(target, line, { exact: true })));
      }),
      { numRuns: 400 },
    );
  });

  it('the fast path agrees with the bigint path on odd decimals: list prices to 7 places, fractional quantities, compound', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 4000 }), fc.constantFrom(1, 4, 100),
        fc.constantFrom('list', 'compound'), fc.constantFrom(0, 2, 3), fc.integer({ min: 0, max: 3333 }),
        (units, places, quarterUnits, divisor, basis, minorUnits, basisPoints) => {
          const odd = exampleModel((j) => {
            j.prices[4].listPrice = units / 10 ** places; // BK-ENC, Product tier, annual
            j.discountBasis = basis;
            j.rounding = { minorUnits };
          });
          const line = { item: { sku: odd.prices[4]!.sku }, tier: odd.prices[4]!.tier, term: odd.prices[4]!.term, quantity: quarterUnits / divisor, channel: 'distribution', level: 'silver', dealRegistration: true, discount: basisPoints / 10000 };
          let fast;
          try {
            fast = priceQuoteLine(odd, line);
          } catch (e) {
            expect(() => priceQuoteLine(odd, line, { exact: true })).toThrow((e as Error).message);
            return;
          }
          expect(plainQuoteLine(fast)).toEqual(plainQuoteLine(priceQuoteLine(odd, line, { exact: true })));
        },
      ),
      { numRuns: 300 },
    );
  });
});

