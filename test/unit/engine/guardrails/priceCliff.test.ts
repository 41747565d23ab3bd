/**
 * Price cliffs: at a band boundary, one more whole unit costing less in total than the boundary
 * quantity. A customer then buys more to pay less; the model's Checks list it as a warning.
 */
import fc from 'fast-check';
import { checkModel, loadModel, type Breach } from '../../../../src/engine';
import { exampleJson, exampleModel, type Json } from '../model/example';

const cliffs = (breaches: readonly Breach[]): Breach[] => breaches.filter((b) => b.rule === 'price-cliff');

/** The example model with a bulk product at 20.00 a year, discounted by `bands` in `mode`. */
function withBulkLadder(mode: 'volume' | 'graduated', bands: readonly { upTo: number | null; discount: number }[]) {
  return exampleModel((j: Json) => {
    j.ladders.push({ id: 'bulk', name: 'Bulk', mode, bands });
    j.products.push({ sku: 'BK-BULK', name: 'Bulk backup', unitCost: 0.5, ladder: 'bulk' });
    j.prices.push({ sku: 'BK-BULK', tier: 'product', term: 'annual', listPrice: 20 });
  });
}

describe('a volume ladder where 10,001 units cost less in total than 10,000', () => {
  const bands = [{ upTo: 10000, discount: 0.16 }, { upTo: null, discount: 0.28 }];

  it('is a warning naming the ladder, both bands, both quantities and both totals', () => {
    // 10,000 × 20.00 × (1 − 16%) = 168,000.00; 10,001 × 20.00 × (1 − 28%) = 144,014.40
    expect(cliffs(checkModel(withBulkLadder('volume', bands))).filter((b) => b.path.startsWith('ladders[3]'))).toEqual([
      {
        rule: 'price-cliff',
        path: 'ladders[3].bands[1]',
        severity: 'warning',
        message: 'ladder "bulk": 10001 units (band 2) cost 144014.40 in total, less than 168000.00 for 10000 units (band 1), at a list price of 20.00 ("BK-BULK" in tier "product" for term "annual"): buying more costs less',
      },
    ]);
  });

  it('the same bands graduated (each band discounts only its own units) have no cliff', () => {
    expect(cliffs(checkModel(withBulkLadder('graduated', bands))).filter((b) => b.path.startsWith('ladders[3]'))).toEqual([]);
  });

  it('a small step has none: 1,000 units at 0% (20,000.00) against 1,001 at 0.05% off (20,010.00)', () => {
    const gentle = [{ upTo: 1000, discount: 0 }, { upTo: null, discount: 0.0005 }];
    expect(cliffs(checkModel(withBulkLadder('volume', gentle))).filter((b) => b.path.startsWith('ladders[3]'))).toEqual([]);
  });

  it('a ladder no price uses shows its totals at a list price of 1', () => {
    const model = exampleModel((j: Json) => j.ladders.push({ id: 'spare', name: 'Spare', mode: 'volume', bands }));
    expect(cliffs(checkModel(model)).find((b) => b.path.startsWith('ladders[3]'))?.message).toBe(
      'ladder "spare": 10001 units (band 2) cost 7200.72 in total, less than 8400.00 for 10000 units (band 1), at a list price of 1.00: buying more costs less',
    );
  });
});

describe('the example model\'s server ladder (volume: 0%, 10%, 15%, 20%)', () => {
  it('has two cliffs: 20 servers cost less than 19, and 100 less than 99', () => {
    // at 12.00: 19 × 0.90 × 12 = 205.20 against 20 × 0.85 × 12 = 204.00; 99 × 0.85 × 12 = 1009.80 against 100 × 0.80 × 12 = 960.00
    expect(cliffs(checkModel(exampleModel())).map((b) => [b.path, b.message])).toEqual([
      ['ladders[1].bands[2]', 'ladder "servers-volume": 20 units (band 3) cost 204.00 in total, less than 205.20 for 19 units (band 2), at a list price of 12.00 ("BK-CLI" in tier "solution" for term "monthly"): buying more costs less'],
      ['ladders[1].bands[3]', 'ladder "servers-volume": 100 units (band 4) cost 960.00 in total, less than 1009.80 for 99 units (band 3), at a list price of 12.00 ("BK-CLI" in tier "solution" for term "monthly"): buying more costs less'],
    ]);
  });
});

describe('property: a cliff is reported exactly where one more unit costs less', () => {
  // Whole-unit boundaries and whole-percent discounts, so the reference is integer arithmetic.
  const ladder = fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 5 }).chain((bounds) =>
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: bounds.length + 1, maxLength: bounds.length + 1 }).map((discounts) => ({
      upTos: [...bounds].sort((a, b) => a - b),
      discounts,
    })),
  );
  const model = (mode: 'volume' | 'graduated', upTos: number[], discounts: number[]) => {
    const json = exampleJson();
    json.ladders = [{ id: 'l', name: 'L', mode, bands: discounts.map((d, k) => ({ upTo: upTos[k] ?? null, discount: d / 100 })) }];
    json.tiers.forEach((t: Json) => delete t.ladder);
    json.products.forEach((p: Json) => delete p.ladder);
    json.terms.forEach((t: Json) => (t.discount = 0));
    json.quote.lines = [];
    json.discountBasis = 'compound'; // bands up to 100% off with partner discounts on top
    const loaded = loadModel(json);
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    return loaded.model;
  };

  it('volume: at boundary b between discounts d and d′, (b + 1)(100 − d′) < b(100 − d)', () => {
    fc.assert(
      fc.property(ladder, ({ upTos, discounts }) => {
        const expected = upTos.flatMap((b, k) => ((b + 1) * (100 - (discounts[k + 1] as number)) < b * (100 - (discounts[k] as number)) ? [`ladders[0].bands[${k + 1}]`] : []));
        expect(cliffs(checkModel(model('volume', upTos, discounts))).map((b) => b.path)).toEqual(expected);
      }),
      { seed: 9, numRuns: 200 },
    );
  });

  it('graduated: never, whatever the bands', () => {
    fc.assert(
      fc.property(ladder, ({ upTos, discounts }) => {
        expect(cliffs(checkModel(model('graduated', upTos, discounts)))).toEqual([]);
      }),
      { seed: 9, numRuns: 100 },
    );
  });
});
