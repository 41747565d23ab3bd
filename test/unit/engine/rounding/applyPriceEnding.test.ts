import fc from 'fast-check';
import { applyPriceEnding, dec, toFixedString, PricingError, compare, subtract, sign, divide } from '../../../../src/engine';

const snap = (price: string, ending: string, step?: string): string =>
  toFixedString(applyPriceEnding(dec(price), dec(ending), step === undefined ? undefined : dec(step)));

describe('applyPriceEnding: the nearest price of the form k·step − (1 − ending)', () => {
  it.each([
    // price, ending, step, result, why
    ['49.50', '0.99', undefined, '49.99', '48.99 is 0.51 away, 49.99 is 0.49 away'],
    ['49.20', '0.99', undefined, '48.99', '48.99 is 0.21 away'],
    ['49.49', '0.99', undefined, '49.99', 'exactly halfway between 48.99 and 49.99: away from zero'],
    ['50', '0.99', undefined, '49.99', 'a round price drops a cent'],
    ['23', '0.99', '10', '19.99', 'step 10: 19.99 is 3.01 away, 29.99 is 6.99 away'],
    ['24.99', '0.99', '10', '29.99', 'halfway between 19.99 and 29.99: up'],
    ['47.50', '0', '5', '50', 'ending 0: the nearest multiple of 5, half up'],
    ['47.49', '0', '5', '45', 'ending 0: 45 is 2.49 away'],
    ['1234', '0.95', '5', '1234.95', 'step 5, ending .95: 1229.95 or 1234.95'],
    ['0.20', '0.99', undefined, '0.99', 'a positive price never snaps to −0.01'],
    ['0', '0.99', undefined, '0', '0 stays 0'],
    ['-49.50', '0.99', undefined, '-49.99', 'a negative price mirrors the positive one'],
  ])('%s with ending %s, step %s → %s (%s)', (price, ending, step, expected, _why) => {
    expect(snap(price, ending, step)).toBe(expected);
  });

  it.each([
    ['1', '1', 'ending must be at least 0 and less than 1 (e.g. 0.99), got 1'],
    ['1', '-0.1', 'ending must be at least 0 and less than 1 (e.g. 0.99), got -0.1'],
  ])('rejects ending %s with a range error', (price, ending, message) => {
    expect(() => snap(price, ending)).toThrow(new PricingError('range', message));
  });

  it('rejects a step of 0', () => {
    expect(() => snap('10', '0.99', '0')).toThrow('step must be greater than 0, got 0');
  });

  it('property: the result is a price point, no farther than half a step from a positive price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom('0', '0.5', '0.9', '0.95', '0.99'), fc.constantFrom('1', '5', '10', '0.5'), (cents, ending, step) => {
        const price = dec(cents / 100);
        const result = applyPriceEnding(price, dec(ending), dec(step));
        expect(sign(result)).toBe(1);
        // result + (1 − ending) is a multiple of the step (ending 0: result itself)
        const offset = ending === '0' ? dec(0) : subtract(dec(1), dec(ending));
        const shifted = subtract(result, { units: -offset.units, scale: offset.scale });
        const ratio = divide(shifted, dec(step), 12);
        expect(ratio.units % 10n ** 12n).toBe(0n);
        const distance = subtract(result, price);
        const half = divide(dec(step), dec(2), 12);
        // Above step + offset both neighbouring price points are positive, so the nearest one wins.
        const smallest = subtract(dec(step), { units: -offset.units, scale: offset.scale });
        if (compare(price, smallest) >= 0) {
          expect(compare(distance.units < 0n ? { units: -distance.units, scale: distance.scale } : distance, half)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
