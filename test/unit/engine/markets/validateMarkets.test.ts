/** Loading a model with markets: each fault named by its path, with its message pinned. */
import fc from 'fast-check';
import { type Decimal, compare, dec, loadModel, marketPriceBook, multiply, subtract, add, toFixedString } from '../../../../src/engine';
import { load } from '../../../support/models';
import { marketsModel } from '../../../support/marketsModel';

const issues = (patch: (m: ReturnType<typeof marketsModel>) => void): string[] => {
  const input = marketsModel();
  patch(input);
  const r = loadModel(input);
  return r.ok ? r.warnings.map((w) => `warning ${w.message}`) : [...r.issues.map((i) => i.message), ...r.warnings.map((w) => `warning ${w.message}`)];
};

describe('validateMarkets', () => {
  it.each<[string, (m: ReturnType<typeof marketsModel>) => void, string[]]>([
    ['an unknown market on the quote', (m) => { m.quote = { ...m.quote, lines: m.quote?.lines ?? [], market: 'us' }; }, ['quote.market: no market "us"']],
    ['a duplicate market id', (m) => { m.markets?.push({ id: 'eu', name: 'Again', currency: 'EUR', rate: 0.9 }); }, ['markets[3].id: duplicate market "eu" (first at markets[0].id)']],
    ['an override of an unknown SKU', (m) => { m.markets?.[2]?.overrides?.push({ sku: 'BK-X', tier: 'product', term: 'annual', listPrice: 1 }); }, ['markets[2].overrides[1].sku: no product "BK-X"']],
    ['an override of an unknown tier and term', (m) => { m.markets?.[2]?.overrides?.push({ sku: 'BK-CLI', tier: 'gold', term: 'weekly', listPrice: 1 }); }, ['markets[2].overrides[1].tier: no tier "gold"', 'markets[2].overrides[1].term: no term "weekly"']],
    ['an override of an entry the price book lacks', (m) => { m.prices = m.prices?.slice(0, 1); m.markets?.[2]?.overrides?.splice(0, 1, { sku: 'BK-CLI', tier: 'product', term: 'annual', listPrice: 1 }); }, ['markets[2].overrides[0]: no price-book entry for "BK-CLI" in tier "product" for term "annual" to override']],
    ['a duplicate override', (m) => { m.markets?.[2]?.overrides?.push({ sku: 'BK-CLI', tier: 'product', term: 'annual', listPrice: 300 }); }, ['markets[2].overrides[1]: a second override of "BK-CLI" in tier "product" for term "annual" (first at markets[2].overrides[0])']],
    ['the reference currency at a rate other than 1 (a warning)', (m) => { m.markets?.push({ id: 'us2', name: 'US west', currency: 'USD', rate: 1.1 }); }, ["warning markets[3].currency: the market's currency USD is the model's own, yet its exchange rate is not 1: prices are converted at that rate all the same"]],
    ['the reference currency at 1: a regional price book, allowed', (m) => { m.markets?.push({ id: 'us2', name: 'US west', currency: 'USD', rate: 1, factor: 1.05 }); }, []],
  ])('%s', (_, patch, expected) => {
    expect(issues(patch)).toEqual(expected);
  });
});

const markets = fc.record({
  rate: fc.integer({ min: 1, max: 2_000_000 }).map((n) => n / 10_000),
  factor: fc.integer({ min: 50, max: 200 }).map((n) => n / 100),
  minorUnits: fc.constantFrom(0, 2, 3),
  snap: fc.option(fc.record({ ending: fc.constantFrom(0, 0.99, 0.95, 0.5), step: fc.constantFrom(1, 5, 10, 100) }), { nil: undefined }),
});
const abs = (d: Decimal): Decimal => (d.units < 0n ? { units: -d.units, scale: d.scale } : d);

describe('market prices (properties)', () => {
  it('without an override, a price is within half a step plus half a minor unit of reference × rate × factor', () => {
    fc.assert(
      fc.property(markets, fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100), (mk, listPrice) => {
        const input = { ...marketsModel(), prices: [{ sku: 'BK-CLI', tier: 'product', term: 'monthly', listPrice }], bundles: [], quote: { lines: [] }, markets: [{ id: 'm', name: 'M', currency: 'EUR', rate: mk.rate, factor: mk.factor, minorUnits: mk.minorUnits, ...(mk.snap ?? {}) }] };
        const model = load(input);
        const [row] = marketPriceBook(model, model.markets[0] as (typeof model.markets)[0]);
        if (!row) return false;
        const halfMinor = { units: 5n, scale: mk.minorUnits + 1 };
        const halfStep = mk.snap ? multiply(dec(mk.snap.step), dec(0.5)) : dec(0);
        const bound = add(halfMinor, halfStep);
        // A price snapped up to the smallest positive price point is the one exception: it may be farther.
        if (mk.snap && compare(row.converted, dec(mk.snap.step)) < 0) return true;
        return compare(abs(subtract(row.price, row.converted)), bound) <= 0;
      }),
    );
  });

  it('a factor-1 market without overrides deviates from the reference by less than its snapping error', () => {
    fc.assert(
      fc.property(markets, fc.integer({ min: 100, max: 1_000_000 }).map((n) => n / 100), (mk, listPrice) => {
        const input = { ...marketsModel(), prices: [{ sku: 'BK-CLI', tier: 'product', term: 'monthly', listPrice }], bundles: [], quote: { lines: [] }, markets: [{ id: 'm', name: 'M', currency: 'EUR', rate: mk.rate, factor: 1, minorUnits: mk.minorUnits, ...(mk.snap ?? {}) }] };
        const model = load(input);
        const [row] = marketPriceBook(model, model.markets[0] as (typeof model.markets)[0]);
        if (!row || row.deviation === null) return false;
        if (mk.snap && compare(row.converted, dec(mk.snap.step)) < 0) return true;
        const error = add({ units: 5n, scale: mk.minorUnits + 1 }, mk.snap ? multiply(dec(mk.snap.step), dec(0.5)) : dec(0));
        // |deviation| × reference × rate is the gap in the market's currency (the deviation is rounded to 10 decimals).
        const gap = multiply(abs(row.deviation), row.atRate);
        return compare(gap, add(error, { units: 1n, scale: 6 })) <= 0 || toFixedString(gap) === '';
      }),
    );
  });
});
