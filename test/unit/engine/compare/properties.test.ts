/**
 * Properties of the comparison over every shape of model (test/support/modelArbitrary.ts), fixed seed:
 * - a scenario with no effective change (add 0 to every rate it can change) gives the same figures;
 * - a model compared with itself has no changes, and each party's figures move by 0;
 * - each party's figures on a mix are the sums of its lines' figures (priced one by one here);
 * - compareScenarios, which re-prices only the rows a scenario can change, gives each scenario the
 *   figures of the whole mix priced on the scenario's model;
 * - on the model's quote (in its market, with a minimum commitment's true-up) the party figures agree
 *   with priceQuote's totals.
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
  compareScenarios,
  priceMix,
  priceQuote,
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

/** A few scenarios of every kind over the model's first level, two-tier channel, term and price-book entries. */
function someScenarios(model: Model): Scenario[] {
  const level = model.levels[0];
  const channel = model.channels.find((c) => c.kind === 'two-tier');
  const term = model.terms[0];
  const price = model.prices[0];
  const family = model.products.find((p) => p.sku === price?.sku)?.family;
  const scenario = (id: string, changes: Scenario['changes']): Scenario => ({ id, name: id, description: '', changes });
  // A rate moved for sure: halved, or 5% when it is 0.
  const moved = (rate: number): number => (rate === 0 ? 0.05 : rate / 2);
  return [
    ...(level ? [scenario('level', [{ target: 'level', level: level.id, field: 'discount', set: moved(level.discount) }, { target: 'level', level: level.id, field: 'coop', set: 0.01 }])] : []),
    ...(channel ? [scenario('channel', [{ target: 'channel', channel: channel.id, field: 'distributorDiscount', set: moved(channel.distributorDiscount) }])] : []),
    ...(term ? [scenario('term', [{ target: 'term', term: term.id, field: 'discount', set: moved(term.discount) }])] : []),
    ...(price ? [scenario('sku', [{ target: 'listPrice', sku: price.sku, tier: price.tier, change: 0.07 }])] : []),
    ...(family !== undefined ? [scenario('family', [{ target: 'listPrice', family, change: -0.03 }])] : []),
  ];
}

describe('compareScenarios re-prices only what a scenario changes (fixed seed)', () => {
  it.each(models.map((m, i) => [i, m] as const))('model %i: each scenario has the figures of the whole mix on its model', (_, model) => {
    const mix = mixOf(model);
    const withScenarios: Model = { ...model, scenarios: someScenarios(model) };
    const result = compareScenarios(withScenarios, { mix });
    expect(result.scenarios).toHaveLength(withScenarios.scenarios.length);
    for (const { model: applied, comparison } of result.scenarios) expect(comparison.mix?.other).toEqual(priceMix(applied, mix));
  });
});

describe("the quote's party figures agree with priceQuote's totals (fixed seed)", () => {
  const priceable = models.filter((m) => {
    try {
      return m.quote.lines.length > 0 && priceQuote(m) !== null;
    } catch {
      return false;
    }
  });

  it('has quotes in markets and with minimum commitments among them', () => {
    expect(priceable.length).toBeGreaterThan(20);
    expect(priceable.some((m) => m.quote.market !== undefined)).toBe(true);
    expect(priceable.some((m) => m.quote.minimumCommitment !== undefined)).toBe(true);
  });

  it.each(priceable.map((m, i) => [i, m] as const))('quote %i', (_, model) => {
    const t = priceQuote(model).totals;
    const book = compareModels(model, model, { mix: null }).quote!.base;
    expect(book.errors).toEqual([]);
    const { vendor, distributor, reseller, customer } = book.parties;
    expect([book.extendedList, vendor.revenue, vendor.pocket, vendor.margin, distributor.margin, reseller.margin, customer.revenue].map(text)).toEqual(
      [t.listPrice, t.vendorInvoice, t.vendorNet, t.vendorMargin.amount, t.distributorMargin, t.resellerMargin, t.customerPrice].map(text),
    );
  });
});
