/**
 * Properties of the comparison over every shape of model (test/support/modelArbitrary.ts), fixed seed:
 * - a scenario with no effective change (add 0 to every rate it can change) gives the same figures;
 * - a model compared with itself has no changes, and each party's figures move by 0;
 * - each party's figures on a mix are the sums of its lines' figures (priced one by one here).
 */
import fc from 'fast-check';
import {
  type Decimal,
  type Model,
  type Mix,
  type Scenario,
  ZERO,
  add,
  applyScenario,
  compareModels,
  priceMix,
  priceQuoteLine,
  subtract,
  toFixedString,
} from '../../../../src/engine';
import { modelArbitrary } from '../../../support/modelArbitrary';
import { load } from '../../../support/models';

/** The model's quote lines as a mix (mix rows have no special bid, funding or bundle configuration). */
function mixOf(model: Model): Mix {
  const rows = model.quote.lines.map(({ item, tier, term, channel, level, dealRegistration, quantity, discount }) => ({
    item, term, channel, dealRegistration, quantity, discount,
    ...(tier === undefined ? {} : { tier }),
    ...(level === undefined ? {} : { level }),
  }));
  return { name: 'Quote as a mix', rows, ...(model.quote.partnerPurchases === undefined ? {} : { partnerPurchases: model.quote.partnerPurchases }) };
}

/** Every rate a scenario can change, each with add 0. */
function noChange(model: Model): Scenario {
  const changes: Scenario['changes'] = [
    ...model.levels.flatMap((l) => (['discount', 'dealRegistration', 'mdf', 'coop', ...(l.rebateTiers ? [] : ['rebate'] as const)] as const).map((field) => ({ target: 'level' as const, level: l.id, field, add: 0 }))),
    ...model.channels.filter((c) => c.kind === 'two-tier').map((c) => ({ target: 'channel' as const, channel: c.id, field: 'distributorDiscount' as const, add: 0 })),
    ...model.terms.map((t) => ({ target: 'term' as const, term: t.id, field: 'discount' as const, add: 0 })),
  ];
  return { id: 'none', name: 'No change', description: '', changes };
}

const models = fc.sample(modelArbitrary, { seed: 20261130, numRuns: 40 }).map(load);
const text = (d: Decimal): string => toFixedString(d);

describe('comparison properties (fixed seed)', () => {
  it.each(models.map((m, i) => [i, m] as const))('model %i: adding 0 to every rate changes no figure', (_, model) => {
    const mix = mixOf(model);
    const applied = applyScenario(model, noChange(model));
    expect(priceMix(applied, mix)).toEqual(priceMix(model, mix));
    const c = compareModels({ ...model, scenarios: [] }, applied, { mix });
    expect(c.settings).toEqual([]);
    expect(c.pricePoints).toEqual([]);
    expect(c.breaches).toEqual({ appeared: [], disappeared: [] });
  });

  it.each(models.map((m, i) => [i, m] as const))('model %i: compared with itself, nothing changes', (_, model) => {
    const c = compareModels(model, model, { mix: mixOf(model) });
    expect([c.settings, c.pricePoints, c.breaches.appeared, c.breaches.disappeared]).toEqual([[], [], [], []]);
    expect(c.introducesErrors).toBe(false);
    for (const impact of [c.mix, c.quote]) {
      for (const p of impact?.parties ?? []) for (const f of [p.revenue, p.pocket, p.margin]) expect(f.change.units).toBe(0n);
    }
  });

  it.each(models.map((m, i) => [i, m] as const))("model %i: each party's figures are the sums of the lines'", (_, model) => {
    const mix = mixOf(model);
    const priced = { ...model, quote: { ...model.quote, market: undefined, partnerPurchases: mix.partnerPurchases } };
    const sums = { vendor: [ZERO, ZERO, ZERO], distributor: [ZERO, ZERO, ZERO], reseller: [ZERO, ZERO, ZERO], customer: [ZERO, ZERO, ZERO] };
    const plus = (party: keyof typeof sums, figures: Decimal[]): void => void (sums[party] = sums[party].map((s, k) => add(s, figures[k]!)));
    let failed = 0;
    for (const row of mix.rows) {
      try {
        const l = priceQuoteLine(priced, row);
        plus('vendor', [l.vendorInvoice, l.vendorNet, l.vendorMargin.amount]);
        if (l.resellerBuy && l.resellerMargin) plus('reseller', [l.customerPrice, add(add(add(l.customerPrice, l.rebate), l.mdf), l.coop), l.resellerMargin.amount]);
        if (l.resellerBuy && l.distributorBuy && l.distributorMargin) plus('distributor', [l.resellerBuy, l.resellerBuy, l.distributorMargin.amount]);
        plus('customer', [l.customerPrice, l.customerPrice, subtract(l.listPrice, l.customerPrice)]);
      } catch {
        failed += 1;
      }
    }
    const book = priceMix(model, mix);
    expect(book.errors).toHaveLength(failed);
    for (const party of ['vendor', 'distributor', 'reseller', 'customer'] as const) {
      const f = book.parties[party];
      expect([f.revenue, f.pocket, f.margin].map(text)).toEqual(sums[party].map((s) => text({ units: s.units * 10n ** BigInt(f.revenue.scale - s.scale), scale: f.revenue.scale })));
    }
  });
});

describe('the sample the properties run on', () => {
  it('prices many lines, through partners and distributors too', () => {
    const books = models.map((m) => priceMix(m, mixOf(m)));
    expect(books.reduce((n, b) => n + b.lines, 0)).toBeGreaterThan(40);
    expect(books.filter((b) => b.parties.reseller.revenue.units > 0n).length).toBeGreaterThan(5);
    expect(books.filter((b) => b.parties.distributor.margin.units > 0n).length).toBeGreaterThan(5);
  });
});
