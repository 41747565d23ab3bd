/** Markets derived from a USD price book: every figure worked by hand in the table. */
import { checkModel, marketModel, marketPriceBook, modelBreaches, priceCorridorBreaches, priceQuote, toFixedString } from '../../../../src/engine';
import { load } from '../../../support/models';
import { marketsModel } from '../../../support/marketsModel';

const model = load(marketsModel());
const market = (id: string) => {
  const found = model.markets.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
};
const book = (id: string) => marketPriceBook(model, market(id)).map((r) => ({ item: 'sku' in r.item ? r.item.sku : r.item.bundle, term: r.term, derived: toFixedString(r.derived), price: toFixedString(r.price) }));

describe('marketPriceBook: reference × rate × factor, rounded to the minor unit, snapped to the ending and step', () => {
  it.each([
    // 49.00 × 0.92 = 45.08 → whole euros 45.00; 490.00 × 0.92 = 450.80 → 451.00; 59.00 × 0.92 = 54.28 → 54.00
    ['eu', [['BK-CLI', 'monthly', '45.08', '45'], ['BK-CLI', 'annual', '450.80', '451'], ['BK-SUITE', 'monthly', '54.28', '54']]],
    // 49 × 149.5 = 7325.5 → 7326 yen → whole hundreds 7300; 490 × 149.5 = 73255 → 73300; 59 × 149.5 = 8820.5 → 8821 → 8800
    ['jp', [['BK-CLI', 'monthly', '7326', '7300'], ['BK-CLI', 'annual', '73255', '73300'], ['BK-SUITE', 'monthly', '8821', '8800']]],
    // 49 × 0.79 × 1.1 = 42.581 → 42.58 → ending .99: 42.99; 490 × 0.79 × 1.1 = 425.81 → 425.99 (overridden: 299.00);
    // 59 × 0.79 × 1.1 = 51.271 → 51.27 → 50.99 (51.27 is nearer 50.99 than 51.99)
    ['uk', [['BK-CLI', 'monthly', '42.58', '42.99'], ['BK-CLI', 'annual', '425.81', '299.00'], ['BK-SUITE', 'monthly', '51.27', '50.99']]],
  ] as const)('%s', (id, expected) => {
    const rows = book(id);
    expected.forEach(([item, term, rounded, price], i) => {
      expect(rows[i]).toMatchObject({ item, term });
      expect(Number(rows[i]?.price)).toBe(Number(price));
      void rounded;
    });
    expect(rows.map((r) => Number(r.price))).toEqual(expected.map((e) => Number(e[3])));
  });

  it('keeps the derived price beside an override: uk annual derived 425.99, overridden to 299.00', () => {
    expect(book('uk')[1]).toEqual({ item: 'BK-CLI', term: 'annual', derived: '425.99', price: '299.00' });
  });

  it('shows the deviation in the reference currency: 42.99 GBP / 0.79 = 54.42 USD, 11.06% above 49.00', () => {
    const row = marketPriceBook(model, market('uk'))[0];
    expect(toFixedString(row?.inReference ?? { units: 0n, scale: 0 })).toBe('54.4177215190');
    expect(Number(toFixedString(row?.deviation ?? { units: 0n, scale: 0 }))).toBeCloseTo(0.1105657453, 10);
  });
});

describe('marketModel', () => {
  const eu = marketModel(model, 'eu');

  it('is the model in the market: currency, rounding, prices, fixed bundle prices, costs at the rate alone', () => {
    expect(eu.currency).toBe('EUR');
    expect(eu.rounding).toEqual({ minorUnits: 2, mode: 'halfAwayFromZero', ending: 0, step: 1 });
    expect(eu.prices.map((p) => p.listPrice)).toEqual([45, 451]);
    expect(eu.bundles[0]?.pricing).toEqual({ kind: 'fixed', prices: { monthly: 54 } });
    expect(eu.products[0]?.unitCost).toBe(1.84); // 2.00 × 0.92, no factor, no rounding
    expect(marketModel(model, 'jp').rounding.minorUnits).toBe(0);
    expect(marketModel(model, 'uk').products[0]?.unitCost).toBe(1.58); // 2.00 × 0.79, the factor 1.1 does not apply
  });

  it('converts a partner programme’s thresholds at the rate alone, like costs: MDF cap 3,000 USD → 2,760.00 EUR, a tier from 100,000 → 92,000.00', () => {
    const programme = load({ ...marketsModel(), levels: [{ id: 'gold', name: 'Gold', discount: 0.2, mdf: 0.02, mdfCap: 3000, rebateTiers: [{ from: 0, rate: 0.01 }, { from: 100_000, rate: 0.02 }] }] });
    const level = marketModel(programme, 'uk').levels[0];
    expect(level?.mdfCap).toBe(2370); // 3,000 × 0.79, the factor 1.1 does not apply
    expect(marketModel(programme, 'eu').levels[0]?.rebateTiers).toEqual([{ from: 0, rate: 0.01 }, { from: 92_000, rate: 0.02 }]);
    expect(marketModel(programme, 'eu').levels[0]?.mdfCap).toBe(2760);
  });

  it('is derived once per model and market', () => {
    expect(marketModel(model, 'eu')).toBe(eu);
  });

  it('refuses an unknown market', () => {
    expect(() => marketModel(model, 'mars')).toThrow('no market "mars"');
  });
});

describe('a quote in a market', () => {
  it('is priced on the market model: 10 × 45.00 EUR = 450.00, cost 10 × 1.84 = 18.40', () => {
    const q = priceQuote(model);
    expect(toFixedString(q.totals.listPrice)).toBe('450.00');
    expect(toFixedString(q.totals.customerPrice)).toBe('450.00');
    expect(toFixedString(q.totals.cost)).toBe('18.40');
  });
});

describe('the price corridor', () => {
  it('finds the uk override: 299.00 GBP / 0.79 = 378.48 USD, 22.76% below 490.00', () => {
    const found = priceCorridorBreaches(model);
    expect(found).toEqual([
      {
        rule: 'price-corridor',
        path: 'markets[2].prices[1]',
        severity: 'error',
        message: 'market "uk": "BK-CLI" in tier "product" for term "annual": price 299.00 GBP is 378.48 USD at the exchange rate, 22.76% below the reference price 490.00 USD: beyond the price corridor of 15%',
      },
    ]);
    expect(modelBreaches(model).filter((b) => b.rule === 'price-corridor')).toEqual(found);
  });

  it('is not checked without a corridor, and a narrower one finds the .99 endings too (42.99 is 11.06% above)', () => {
    expect(priceCorridorBreaches({ ...model, guardrails: { ...model.guardrails, priceCorridor: undefined } })).toEqual([]);
    const narrow = priceCorridorBreaches({ ...model, guardrails: { ...model.guardrails, priceCorridor: 0.1 } });
    expect(narrow.map((b) => b.path)).toEqual(['markets[2].prices[0]', 'markets[2].prices[1]']);
  });
});

describe('guardrails in each market', () => {
  it('reports a market margin breach the reference does not have, prefixed with the market', () => {
    const costly = load({ ...marketsModel(), products: [{ sku: 'BK-CLI', name: 'Backup client', unitCost: 19 }], markets: [{ id: 'cheap', name: 'Cheap', currency: 'EUR', rate: 0.92, factor: 0.8 }], quote: { lines: [] } });
    // Monthly: 49.00 × 0.92 × 0.8 = 36.06 EUR against a cost of 19 × 0.92 = 17.48: the market's 51.5% at
    // list breaches the 50% floor through a reseller where the reference's 61.2% (net 49.00, cost 19.00) does not.
    const market = modelBreaches(costly).filter((b) => b.path.startsWith('markets[') && b.rule === 'vendor-margin-floor');
    expect(market.length).toBeGreaterThan(0);
    expect(market.every((b) => /^markets\[\d\]\.(prices|bundles)\[\d\]$/.test(b.path) && b.message.startsWith('market "'))).toBe(true);
    expect(checkModel(costly).every((b) => !b.path.startsWith('markets['))).toBe(true);
  });
});
