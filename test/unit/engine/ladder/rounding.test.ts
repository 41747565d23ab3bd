/**
 * Money comes out exact and rounded once, half away from zero as Excel's ROUND does: no binary
 * floating-point artefacts in any result.
 */
import { compilePriceLadder, priceTotal, unitPrice, type PriceMode } from '../../../../src/engine/ladder';

const oneBand = (price: number, mode: PriceMode = 'volume') => compilePriceLadder([{ upTo: null, unitPrice: price }], mode);

describe('rounding to cents, half away from zero', () => {
  it.each([
    [2.675, 1, 2.68, 'the double nearest 2.675 is below it; Math.round(2.675 * 100) / 100 gives 2.67'],
    [1.005, 1, 1.01, 'likewise 1.005 → 1.01, not 1.00'],
    [0.125, 1, 0.13, 'a half rounds up'],
    [0.1, 3, 0.3, '0.1 × 3 is 0.30000000000000004 in floating point'],
    [0.7, 3, 2.1, '0.7 × 3 is 2.0999999999999996 in floating point'],
    [19.99, 3, 59.97, '19.99 × 3 is 59.969999999999999 in floating point'],
    [0.005, 1, 0.01, 'half a cent rounds up'],
    [0.0049, 1, 0, 'under half a cent rounds down'],
  ])('%p × %p = %p (%s)', (price, quantity, total) => {
    expect(priceTotal(oneBand(price), quantity)).toBe(total);
  });

  it('adds band totals without artefacts: 0.1 + 0.2 is 0.3', () => {
    const ladder = compilePriceLadder(
      [
        { upTo: 1, unitPrice: 0.1 },
        { upTo: null, unitPrice: 0.2 },
      ],
      'graduated',
    );
    expect(priceTotal(ladder, 2)).toBe(0.3);
    expect(priceTotal(ladder, 2, { unrounded: true })).toBe(0.3);
  });
});

describe('minor units of other currencies', () => {
  it.each([
    [1234.5, 1, 0, 1235, 'yen: no minor unit'],
    [1234.49, 1, 0, 1234, 'yen: rounds down below a half'],
    [1.2345, 1, 3, 1.235, 'dinar: 3 decimals, 1.2345 → 1.235'],
    [1.0005, 1, 3, 1.001, 'dinar: 1.0005 → 1.001'],
    [0.333, 3, 3, 0.999, 'dinar: 0.999, exact'],
    [2.675, 1, 4, 2.675, 'more decimals than the figure has: unchanged'],
  ])('%p × %p to %p decimals = %p (%s)', (price, quantity, minorUnits, total) => {
    expect(priceTotal(oneBand(price), quantity, { minorUnits })).toBe(total);
  });
});

describe('unrounded figures print as the exact decimal', () => {
  it.each([
    [1.23456, 3, 3.70368],
    [0.1, 3, 0.3],
    [0.0125, 7, 0.0875],
  ])('%p × %p = %p', (price, quantity, total) => {
    expect(priceTotal(oneBand(price), quantity, { unrounded: true })).toBe(total);
  });

  it('rounds the unit price once, from the exact total', () => {
    // 10 units of a 3-for-10 step: 10 / 3 = 3.333…
    const ladder = compilePriceLadder([{ upTo: null, unitPrice: 10 }], 'stairstep');
    expect(unitPrice(ladder, 3)).toBe(3.33);
    expect(unitPrice(ladder, 6)).toBe(1.67);
    expect(unitPrice(ladder, 6, { minorUnits: 0 })).toBe(2);
    expect(unitPrice(ladder, 8, { unrounded: true })).toBe(1.25);
  });
});

describe('totals beyond the safe-integer range stay exact', () => {
  it.each([
    [123456.78, 1e9, 123_456_780_000_000],
    [0.01, 2 ** 53, 90_071_992_547_409.92],
  ])('%p × %p = %p', (price, quantity, total) => {
    expect(priceTotal(oneBand(price), quantity)).toBe(total);
  });
});

describe('ladders beyond scaled integers are priced on the exact path', () => {
  // 13 decimals in a price and 3 in a bound: more than the fast path's scale.
  const ladder = compilePriceLadder(
    [
      { upTo: 0.125, unitPrice: 0.1234567890123 },
      { upTo: 1e300, unitPrice: 2 },
    ],
    'graduated',
  );
  it.each([
    [0.125, 0.02, 0.0154320986265375],
    [1, 1.77, 1.7654320986265375], // 0.0154320986265375 + 0.875 × 2
    [1e20, 2e20, 199999999999999999999.765432098627],
  ])('%p units cost %p (exactly %p)', (quantity, total, exact) => {
    expect(ladder.fast).toBe(false);
    expect(priceTotal(ladder, quantity)).toBe(total);
    expect(priceTotal(ladder, quantity, { unrounded: true })).toBe(exact);
  });
});
