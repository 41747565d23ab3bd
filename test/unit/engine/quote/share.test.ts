import fc from 'fast-check';
import { toFixedString } from '../../../../src/engine';
import { rateOf } from '../../../../src/engine/quote/share';

describe('rateOf: margin / price to 10 decimals', () => {
  it.each([
    [4706_36n, 13230_00n, '0.355733938'],
    [1411_20n, 8820_00n, '0.16'],
    [-206_40n, 6993_60n, '-0.0295126973'],
    [1n, 3n, '0.3333333333'],
    [2n, 3n, '0.6666666667'],
    [5n, 200000000000n, '0'],
    [1n, -8n, '-0.125'],
  ])('%s / %s = %s', (part, whole, rate) => {
    const r = rateOf(part, whole, 'halfAwayFromZero');
    expect(r && toFixedString(r)).toBe(rate);
  });

  it('is null for a whole of 0', () => {
    expect(rateOf(5n, 0n, 'halfAwayFromZero')).toBeNull();
  });

  it('property: the double path equals the bigint path, for both rounding modes and any size', () => {
    const big = fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n });
    const small = fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n });
    fc.assert(
      fc.property(fc.oneof(big, small), fc.oneof(big, small).filter((w) => w !== 0n), fc.constantFrom('halfAwayFromZero' as const, 'halfEven' as const), (part, whole, mode) => {
        expect(rateOf(part, whole, mode)).toEqual(rateOf(part, whole, mode, true));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: exact halves round by the mode (k + 0.5 units of the 10th decimal)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('halfAwayFromZero' as const, 'halfEven' as const), (k, mode) => {
        // (2k + 1) / (2 × 10^10) = (k + 0.5) × 10^-10
        const part = BigInt(2 * k + 1);
        const whole = 2n * 10n ** 10n;
        expect(rateOf(part, whole, mode)).toEqual(rateOf(part, whole, mode, true));
      }),
    );
  });
});
