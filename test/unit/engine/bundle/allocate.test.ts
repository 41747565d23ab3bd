import fc from 'fast-check';
import { allocate, dec, toFixedString, sum, PricingError, compare } from '../../../../src/engine';
import { allocateUnits } from '../../../../src/engine/bundle/allocate';

const split = (total: string, weights: readonly (string | number)[], minorUnits = 2): string[] =>
  allocate(dec(total), weights.map((w) => dec(w)), minorUnits).map(toFixedString);

describe('allocate: parts in minor units that add up exactly to the total (largest remainder)', () => {
  it.each([
    ['100.00 over 3 equal weights: 33.33 each leaves 0.01, to the first', '100', [1, 1, 1], 2, ['33.34', '33.33', '33.33']],
    ['39000 over 24000 : 12000 : 6000 (Enterprise Compliance Suite)', '39000', [24000, 12000, 6000], 2, ['22285.71', '11142.86', '5571.43']],
    ['10.00 over 1 : 2 : 3 : 4', '10', [1, 2, 3, 4], 2, ['1.00', '2.00', '3.00', '4.00']],
    ['0.05 over 2 equal weights: one cent left over goes first', '0.05', [1, 1], 2, ['0.03', '0.02']],
    ['1000 yen over 3 (JPY has no minor unit)', '1000', [1, 1, 1], 0, ['334', '333', '333']],
    ['a zero weight gets nothing', '10', [0, 1, 1], 2, ['0.00', '5.00', '5.00']],
    ['a negative total splits like its opposite', '-100', [1, 1, 1], 2, ['-33.34', '-33.33', '-33.33']],
    ['the total is rounded first: 100.005 → 100.01', '100.005', [1, 1], 2, ['50.01', '50.00']],
    ['decimal weights', '1', ['0.1', '0.2', '0.7'], 2, ['0.10', '0.20', '0.70']],
  ])('%s', (_name, total, weights, minorUnits, expected) => {
    expect(split(total, weights, minorUnits)).toEqual(expected);
  });

  it.each([
    ['no weights', [], 'weights must hold at least one value'],
    ['a negative weight', [1, -2], 'weight 2 must not be negative, got -2'],
    ['all weights 0', [0, 0], 'weights must not all be 0'],
  ])('rejects %s', (_name, weights, message) => {
    expect(() => split('10', weights)).toThrow(new PricingError('range', message));
  });

  it('rejects minor units outside 0..6', () => {
    expect(() => split('10', [1], 7)).toThrow('minor units must be a whole number from 0 to 6, got 7');
  });

  it('property: the parts always add up to the total and each is within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 3 }),
        (units, weights, minorUnits) => {
          const total = { units: BigInt(units), scale: minorUnits };
          const parts = allocate(total, weights.map((w) => dec(w)), minorUnits);
          expect(compare(sum(parts), total)).toBe(0);
          const totalWeight = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = (units * (weights[i] ?? 0)) / totalWeight; // in minor units
            expect(Math.abs(Number(p.units) - exact)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
    );
  });

  it('property: few parts (no sort) and many parts (a sort) hand the leftover units out alike: largest remainder, the earlier on a tie', () => {
    // The reference: every part's floor, then one unit each in the order of a stable sort by remainder.
    const reference = (amount: bigint, weights: readonly bigint[], total: bigint): bigint[] => {
      const parts = weights.map((w) => (amount * w) / total);
      const order = weights.map((w, i) => ({ i, r: amount * w - parts[i]! * total })).sort((a, b) => (a.r > b.r ? -1 : a.r < b.r ? 1 : a.i - b.i));
      let left = amount - parts.reduce((a, b) => a + b, 0n);
      for (const { i } of order) if (left-- > 0n) parts[i]! += 1n;
      return parts;
    };
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.constantFrom<bigint>(0n, 1n, 1n, 2n, 3n, 7n, 10n, 999n), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0n)),
        (amount, weights) => {
          const total = weights.reduce((a, b) => a + b, 0n);
          expect(allocateUnits(amount, weights, total)).toEqual(reference(amount, weights, total));
        },
      ),
      { numRuns: 500 },
    );
  });
});
