import fc from 'fast-check';
import { bundleNetPrice, dec, toFixedString, compare, sum, multiply, PricingError } from '../../../../src/engine';

const line = (listPrice: string | number, quantity: string | number) => ({ listPrice: dec(listPrice), quantity: dec(quantity) });

describe('bundleNetPrice: Σ list × quantity less the bundle discount, rounded once', () => {
  it.each([
    ['(120 × 1 + 45 × 2) × 0.85', [line(120, 1), line(45, 2)], '0.15', 2, '178.50'],
    ['Team Automation Starter, annual: (490 + 190 + 5 × 120 + 5 × 30) × 0.85', [line(490, 1), line(190, 1), line(120, 5), line(30, 5)], '0.15', 2, '1215.50'],
    ['Secure Backup CLI, monthly: (9 + 3) × 0.9', [line(9, 1), line(3, 1)], '0.1', 2, '10.80'],
    ['rounds once: 3 × 9.99 × 0.95 = 28.4715', [line('9.99', 3)], '0.05', 2, '28.47'],
    ['half away from zero: 0.333 × 15 = 4.995', [line('0.333', 15)], '0', 2, '5.00'],
    ['JPY: 1234 × 3 × 0.9 = 3331.8', [line(1234, 3)], '0.1', 0, '3332'],
    ['no discount', [line(10, 1)], '0', 2, '10.00'],
  ])('%s = %s', (_name, components, discount, minorUnits, expected) => {
    expect(toFixedString(bundleNetPrice(components, dec(discount), minorUnits))).toBe(expected);
  });

  it.each([
    ['no components', [], '0', 'a bundle needs at least one component'],
    ['a discount above 100%', [line(1, 1)], '1.2', 'bundle discount must be between 0 and 1 (0% to 100%), got 1.2'],
    ['a negative discount', [line(1, 1)], '-0.1', 'bundle discount must be between 0 and 1 (0% to 100%), got -0.1'],
    ['a negative list price', [line(1, 1), line(-5, 1)], '0', 'component 2: list price must not be negative, got -5'],
    ['a negative quantity', [line(1, -1)], '0', 'component 1: quantity must not be negative, got -1'],
  ])('rejects %s', (_name, components, discount, message) => {
    expect(() => bundleNetPrice(components, dec(discount), 2)).toThrow(new PricingError('range', message));
  });

  it('property: with a discount ≥ 0 the net never exceeds the sum of the components at list (rounded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cents: fc.integer({ min: 0, max: 10_000_000 }), quantity: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 10_000 }),
        (components, basisPoints) => {
          const lines = components.map((c) => ({ listPrice: { units: BigInt(c.cents), scale: 2 }, quantity: dec(c.quantity) }));
          const net = bundleNetPrice(lines, { units: BigInt(basisPoints), scale: 4 }, 2);
          const atList = sum(lines.map((l) => multiply(l.listPrice, l.quantity)));
          expect(compare(net, atList)).toBeLessThanOrEqual(0);
          expect(net.units >= 0n).toBe(true);
        },
      ),
    );
  });
});
