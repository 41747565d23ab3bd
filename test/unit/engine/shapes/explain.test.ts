/**
 * How explanations write numbers (the rule the workbook's formula repeats, see shapes/format.ts) and
 * the wording of the cases the worked examples do not reach.
 */
import { compilePriceLadder, dec, explainCharge, formatMoney, formatQuantity, formatUnitPrice, type Price, shapeCharge, shapedEntry } from '../../../../src/engine';

describe('explanations: numbers', () => {
  it.each<[string, string, number, string]>([
    ['0', '0', 2, '0.00'],
    ['999.5', '999.5', 2, '999.50'],
    ['a thousand', '1000', 2, '1,000.00'],
    ['a million and change', '1234567.891', 2, '1,234,567.89'],
    ['a half rounds away from zero', '0.125', 2, '0.13'],
    ['yen', '123456', 0, '123,456'],
    ['yen rounded', '99.5', 0, '100'],
    ['three minor units', '1234.5', 3, '1,234.500'],
  ])('money: %s', (_, value, minorUnits, text) => {
    expect(formatMoney(dec(value), minorUnits)).toBe(text);
  });

  it.each<[string, number, string]>([
    ['49', 2, '49.00'],
    ['0.0006', 2, '0.0006'],
    ['0.125', 2, '0.125'],
    ['1250.5', 2, '1,250.50'],
    ['1250.5', 0, '1,250.5'],
    ['1250', 0, '1,250'],
  ])('unit price %s at %i minor units', (value, minorUnits, text) => {
    expect(formatUnitPrice(dec(value), minorUnits)).toBe(text);
  });

  it.each<[string, string]>([
    ['1200', '1,200'],
    ['2.5', '2.5'],
    ['2.50', '2.5'],
    ['1234567.125', '1,234,567.125'],
    ['0.75', '0.75'],
  ])('quantity %s', (value, text) => {
    expect(formatQuantity(dec(value))).toBe(text);
  });
});

describe('explanations: wording', () => {
  const stairstep = compilePriceLadder([{ upTo: 10, unitPrice: 99 }, { upTo: 50, unitPrice: 0, flatFee: 399 }, { upTo: null, unitPrice: 999 }], 'stairstep');
  const single = compilePriceLadder([{ upTo: null, unitPrice: 250 }], 'stairstep');
  const ladders = new Map([['steps', stairstep], ['single', single]]);
  const entry = (shape: 'tiered' | 'package' | 'usage' | 'platform', fields: Partial<Price>) =>
    shapedEntry(shape, { sku: 'X', tier: 't', term: 'm', listPrice: 0, ...fields }, ladders);
  const words = (e: ReturnType<typeof entry>, q: number, unit = 'user', minorUnits = 2) => explainCharge(e, shapeCharge(e, dec(q)), { minorUnits, mode: 'halfAwayFromZero', unit });

  it.each<[string, ReturnType<typeof entry>, number, string]>([
    ['stairstep, a band with a flat fee', entry('tiered', { ladder: 'steps' }), 20, 'up to 50: 399.00'],
    ['stairstep, the unbounded last band', entry('tiered', { ladder: 'steps' }), 51, 'over 50: 999.00'],
    ['stairstep, one unbounded band', entry('tiered', { ladder: 'single' }), 7, 'any quantity: 250.00'],
    ['stairstep with a platform fee', entry('tiered', { ladder: 'steps', platformFee: 100 }), 5, 'up to 10: 99.00 + 100.00 fee = 199.00'],
    ['stairstep topped up', entry('tiered', { ladder: 'steps', minimumCharge: 150 }), 5, 'up to 10: 99.00; topped up to the minimum 150.00 (true-up 51.00)'],
    ['usage without included units, fractional', entry('usage', { listPrice: 0.5 }), 2.5, '2.5 × 0.50 = 1.25'],
    ['usage with a platform fee', entry('usage', { listPrice: 0.02, includedUnits: 1000, platformFee: 200 }), 1200, '1,200 GB − 1,000 included = 200 × 0.02 + 200.00 fee = 204.00'],
    ['package, one package', entry('package', { listPrice: 10, packageSize: 5, includedUnits: 2 }), 4, '4 units − 2 included = 2 → 1 package × 10.00 = 10.00'],
    ['package, all units free', entry('package', { listPrice: 10, packageSize: 5, includedUnits: 2 }), 2, '2 units − 2 included = 0 → 0 packages × 10.00 = 0.00'],
  ])('%s', (_, e, q, text) => {
    const unit = e.shape === 'usage' && e.includedUnits.units > 0n ? 'GB' : 'units';
    expect(words(e, q, unit)).toBe(text);
  });

  it('yen: no minor unit', () => {
    const e = entry('platform', { listPrice: 1200, platformFee: 50000, minimumCharge: 100000 });
    expect(words(e, 25, 'user', 0)).toBe('50,000 fee + 25 × 1,200 = 80,000; topped up to the minimum 100,000 (true-up 20,000)');
  });
});
