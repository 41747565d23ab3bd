import { bundlePrice, bundleAllocation, PricingError, add } from '../../../../src/engine';
import { exampleModel, s } from '../model/example';

const model = exampleModel();

describe('bundle prices from the example model', () => {
  it.each([
    ['cli-secure', 'monthly', '(9 + 3) × 0.9', '10.80'],
    ['cli-secure', '3-year', '(270 + 90) × 0.9', '324.00'],
    ['team-starter', 'annual', '(490 + 190 + 5 × 120 + 5 × 30) × 0.85 = 1430 × 0.85', '1215.50'],
    ['team-starter', 'monthly', '(49 + 19 + 5 × 12 + 5 × 3) × 0.85 = 143 × 0.85', '121.55'],
    ['enterprise-compliance', 'annual', 'fixed', '39000.00'],
    ['enterprise-compliance', '3-year', 'fixed', '105000.00'],
  ])('%s, %s: %s = %s', (bundle, term, _how, price) => {
    expect(s(bundlePrice(model, bundle, term).price)).toBe(price);
  });

  it.each([
    ['team-starter', 'annual', [['BF-AUTO', '416.50'], ['BF-MON', '161.50'], ['BK-CLI', '510.00'], ['BK-ENC', '127.50']]],
    // 105000 over 72000 : 36000 : 18000 → 60000, 30000, 15000 exactly
    ['enterprise-compliance', '3-year', [['EN-AUDIT', '60000.00'], ['EN-AWARE', '30000.00'], ['EN-SRV', '15000.00']]],
    // 121.55 over 49 : 19 : 60 : 15 (of 143): 41.65, 16.15, 51.00, 12.75
    ['team-starter', 'monthly', [['BF-AUTO', '41.65'], ['BF-MON', '16.15'], ['BK-CLI', '51.00'], ['BK-ENC', '12.75']]],
  ])('%s, %s allocates its price by standalone list price', (bundle, term, parts) => {
    const allocation = bundleAllocation(model, bundle, term);
    expect(allocation.map((p) => [p.sku, s(p.amount)])).toEqual(parts);
    expect(s(allocation.map((p) => p.amount).reduce(add))).toBe(s(bundlePrice(model, bundle, term).price));
  });

  it('an uneven split still adds up: 10.80 over 9 : 3 → 8.10 + 2.70; 39000 → 22285.71 + 11142.86 + 5571.43', () => {
    expect(bundleAllocation(model, 'cli-secure', 'monthly').map((p) => s(p.amount))).toEqual(['8.10', '2.70']);
    expect(bundleAllocation(model, 'enterprise-compliance', 'annual').map((p) => s(p.amount))).toEqual(['22285.71', '11142.86', '5571.43']);
  });

  it.each([
    ['an unknown bundle', 'team', 'annual', 'no bundle "team"'],
    ['an unknown term', 'team-starter', 'weekly', 'no term "weekly"'],
    ['a fixed bundle on a term it has no price for', 'enterprise-compliance', 'monthly', 'bundle "enterprise-compliance" has no fixed price for term "monthly"'],
  ])('%s is not found', (_name, bundle, term, message) => {
    expect(() => bundlePrice(model, bundle, term)).toThrow(new PricingError('not-found', message));
  });
});
