import fc from 'fast-check';
import { add, compare, compareRoutes, pocketMatrix, pocketWaterfalls, priceQuote, priceQuoteLine, quotePocket, toFixedString, type PartyWaterfall } from '../../../../src/engine';
import { fundingModel } from '../../../support/fundingModel';
import { exampleModel } from '../model/example';

const rows = (w: PartyWaterfall | undefined) => w?.elements.map((e) => [e.label, toFixedString(e.amount), e.basis, e.timing, e.paidBy, e.paidTo]);
const line = { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', quantity: 1, channel: 'distribution', level: 'gold', discount: 0.1, funding: 'partner' as const };
const programme = fundingModel((m) => {
  m.levels = [{ id: 'gold', name: 'Gold', discount: 0.3, rebate: 0.02, mdf: 0.01, coop: 0.01 }];
});

describe('every party’s pocket-price waterfall of one line', () => {
  // List 1,000, 10% negotiated (partner funding), Gold reseller 30% off list, distributor 10% on top,
  // rebate 2%, MDF 1%, co-op 1% of the 600 invoice; cost to serve 10 a month × 12 = 120.
  const [customer, reseller, distributor, vendor] = pocketWaterfalls(priceQuoteLine(programme, line));

  it('vendor: list, on-invoice discounts and partner margins down to the invoice, then the off-invoice funds to the pocket price', () => {
    expect(rows(vendor)).toEqual([
      ['List price', '1000.00', 'list', null, null, null],
      ['Volume discount', '0.00', 'list', 'on-invoice', 'Vendor', 'Customer'],
      ['Term discount', '0.00', 'list', 'on-invoice', 'Vendor', 'Customer'],
      ['Negotiated discount', '-100.00', 'list', 'on-invoice', 'Reseller', 'Customer'],
      ['Special bid', '0.00', 'list', 'on-invoice', 'Vendor', 'Customer'],
      ['Reseller margin', '-200.00', 'list', 'on-invoice', 'Vendor', 'Reseller'],
      ['Distributor margin', '-100.00', 'list', 'on-invoice', 'Vendor', 'Distributor'],
      ['Vendor invoice', '600.00', null, null, null, null],
      ['Rebate', '-12.00', 'invoice', 'accrued', 'Vendor', 'Reseller'],
      ['MDF', '-6.00', 'invoice', 'accrued', 'Vendor', 'Reseller'],
      ['Co-op', '-6.00', 'invoice', 'claimed', 'Vendor', 'Reseller'],
      ['Pocket price', '576.00', null, null, null, null],
      ['Cost to serve', '-120.00', 'cost', null, 'Vendor', null],
      ['Pocket margin', '456.00', null, null, null, null],
    ]);
    expect(toFixedString(vendor!.pocketPrice)).toBe('576.00');
  });

  it('reseller: sells at 900, buys at 700, and adds its back-end funds to a pocket margin of 224', () => {
    expect(rows(reseller)?.map((r) => [r[0], r[1]])).toEqual([
      ['Sell price', '900.00'], ['Buy price', '-700.00'], ['Front margin', '200.00'], ['Rebate', '12.00'], ['MDF', '6.00'], ['Co-op', '6.00'], ['Pocket margin', '224.00'],
    ]);
    expect(reseller?.elements[1]?.paidTo).toBe('Distributor');
  });

  it('distributor and customer', () => {
    expect(rows(distributor)?.map((r) => [r[0], r[1]])).toEqual([['Sell price', '700.00'], ['Buy price', '-600.00'], ['Margin', '100.00']]);
    expect(customer?.elements.at(-1)?.running).toEqual(customer?.pocketPrice);
    expect(toFixedString(customer!.pocketPrice)).toBe('900.00');
  });

  it('every total equals the running sum before it, on every route of the example model (fixed seed)', () => {
    const model = exampleModel();
    const lines = model.quote.lines;
    fc.assert(
      fc.property(fc.constantFrom(...lines), fc.constantFrom('vendor' as const, 'partner' as const, 'compound' as const), fc.integer({ min: 0, max: 15 }), (l, funding, discount) => {
        for (const w of pocketWaterfalls(priceQuoteLine(model, { ...l, funding, discount: discount / 100 }))) {
          let running = w.elements[0]!.amount;
          for (const e of w.elements.slice(1)) {
            if (e.kind === 'step') running = add(running, e.amount);
            else expect(compare(e.amount, running)).toBe(0);
            expect(compare(e.running, running)).toBe(0);
          }
        }
      }),
      { seed: 7, numRuns: 100 },
    );
  });
});

describe('a quote’s pocket price per party', () => {
  it('sums the lines party by party and bills a commitment true-up to the vendor', () => {
    const result = priceQuote(programme, { lines: [line, { ...line, channel: 'direct', level: undefined }], minimumCommitment: 2000 });
    // lines: 900 + 900 = 1,800, topped up by 200 to 2,000
    const [customer, reseller, , vendor] = quotePocket(result);
    expect(toFixedString(customer!.pocketPrice)).toBe('2000.00');
    expect(rows(vendor)?.find((r) => r[0] === 'Commitment true-up')?.[1]).toBe('200.00');
    expect(compare(vendor!.pocketPrice, result.totals.vendorNet)).toBe(0);
    expect(toFixedString(reseller!.pocketMargin!)).toBe('224.00'); // only the partner line
  });
});

describe('every route side by side', () => {
  const model = exampleModel();
  const routes = compareRoutes(model, { item: { sku: 'BF-AUTO' }, tier: 'solution', term: 'annual', quantity: 10 });

  it('direct once, every partner channel at every level, registered and not', () => {
    const partnerRoutes = model.channels.filter((c) => c.kind !== 'direct').length * model.levels.length * 2;
    expect(routes).toHaveLength(model.channels.filter((c) => c.kind === 'direct').length + partnerRoutes);
    expect(routes.map((r) => r.label)).toContain('Distribution · Gold · registered');
  });

  it('each row is the engine’s priced line for that route', () => {
    for (const r of routes) {
      const priced = priceQuoteLine(model, { item: { sku: 'BF-AUTO' }, tier: 'solution', term: 'annual', quantity: 10, channel: r.channel.id, level: r.level?.id, dealRegistration: r.dealRegistration });
      expect(r.line).toEqual(priced);
    }
  });

  it('a customer discount deeper than the reseller’s under partner funding is a partner-margin warning', () => {
    const deep = compareRoutes(fundingModel(), { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', quantity: 1, discount: 0.4, funding: 'partner' });
    const gold = deep.find((r) => r.label === 'Reseller · Gold');
    expect(gold?.status).toBe('warning');
    expect(gold?.breaches.map((b) => b.rule)).toContain('partner-margin');
  });

  it('the matrix gives the vendor pocket price as a share of list for every item and route', () => {
    const matrix = pocketMatrix(programme, { tier: 'product', term: 'annual', quantity: 1 });
    expect(matrix.routes.map((r) => r.label)).toEqual(['Direct', 'Reseller · Gold', 'Distribution · Gold']);
    // direct 1000 / 1000; reseller invoice 700 − 4% = 672; two-tier invoice 600 − 4% = 576 (vendor funding, no discount)
    expect(matrix.rows[0]?.shares.map((d) => (d === null ? null : toFixedString(d)))).toEqual(['1', '0.672', '0.576']);
  });

  it('prices only the first items asked for (products, then bundles)', () => {
    const model = exampleModel();
    const all = pocketMatrix(model, { tier: 'product', term: 'annual', quantity: 1 });
    const first = pocketMatrix(model, { tier: 'product', term: 'annual', quantity: 1, limit: 2 });
    expect(first.rows).toEqual(all.rows.slice(0, 2));
    const intoBundles = pocketMatrix(model, { tier: 'product', term: 'annual', quantity: 1, limit: model.products.length + 1 });
    expect(intoBundles.rows.map((r) => r.item)).toEqual([...model.products.map((p) => ({ sku: p.sku })), { bundle: model.bundles[0]?.id }]);
  });
});

describe('a quote mixing partner- and vendor-funded lines', () => {
  it('names no single payer of the summed negotiated discount', () => {
    const result = priceQuote(programme, { lines: [line, { ...line, funding: 'vendor' }] });
    const negotiated = quotePocket(result).find((w) => w.party === 'Vendor')?.elements.find((e) => e.label === 'Negotiated discount');
    expect(negotiated?.paidBy).toBeNull();
    expect(toFixedString(negotiated!.amount)).toBe('-200.00');
  });
});
