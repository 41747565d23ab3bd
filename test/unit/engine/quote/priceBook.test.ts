import { priceBookMatrix, ladderUnitPrices, representativeQuantities, dec, PricingError } from '../../../../src/engine';
import { exampleModel, s } from '../model/example';

const model = exampleModel();

describe('the price-book matrix', () => {
  it('has one row per product and tier it is priced in, a price per term (null where not sold)', () => {
    const matrix = priceBookMatrix(model);
    expect(matrix.terms.map((t) => t.id)).toEqual(['monthly', 'annual', '3-year']);
    expect(matrix.rows.map((r) => [r.tier, r.sku, ...r.prices.map(s)])).toEqual([
      ['product', 'BK-CLI', '9', '90', '270'],
      ['product', 'BK-ENC', '3', '30', '90'],
      ['solution', 'BK-CLI', '12', '120', '360'],
      ['solution', 'BK-ENC', '3', '30', '90'],
      ['solution', 'BF-AUTO', '49', '490', '1470'],
      ['solution', 'BF-MON', '19', '190', '570'],
      ['enterprise', 'EN-AUDIT', null, '24000', '72000'],
      ['enterprise', 'EN-AWARE', null, '12000', '36000'],
      ['enterprise', 'EN-SRV', null, '600', '1800'],
    ]);
  });
});

describe('ladder unit prices at representative quantities', () => {
  it('quantities: 1, then the first and last of each band, and twice the last bound', () => {
    expect(representativeQuantities([{ upTo: 10 }, { upTo: 50 }, { upTo: 250 }, { upTo: null }])).toEqual([1, 10, 11, 50, 51, 250, 251, 500]);
  });

  it.each([
    // seats-graduated at 90 a seat: 0% to 10, 10% to 50, 20% to 250, 30% beyond
    [11, '89.18', '0.0090909091', '(10 × 90 + 81) / 11 = 89.1818…'],
    [50, '82.80', '0.08', '(900 + 40 × 81) / 50 = 4140 / 50'],
    [251, '74.12', '0.1764940239', '(900 + 3240 + 200 × 72 + 63) / 251'],
  ])('seats-graduated at %i seats: %s a seat', (quantity, unitPrice, rate) => {
    const [point] = ladderUnitPrices(model, 'seats-graduated', dec(90), [quantity]);
    expect([s(point?.unitPrice), s(point?.discountRate)]).toEqual([unitPrice, rate]);
  });

  it('servers-volume: every unit gets the rate of the band reached', () => {
    expect(ladderUnitPrices(model, 'servers-volume', dec(490)).map((p) => [p.quantity, s(p.unitPrice)])).toEqual([
      [1, '490.00'], [4, '490.00'], [5, '441.00'], [19, '441.00'], [20, '416.50'], [99, '416.50'], [100, '392.00'], [198, '392.00'],
    ]);
  });

  it('an unknown ladder is not found', () => {
    expect(() => ladderUnitPrices(model, 'nope', dec(1))).toThrow(new PricingError('not-found', 'no ladder "nope"'));
  });
});
