/** Packs: whole blocks of units, rounded up, after any free units. */
import { packsNeeded, pricePacks } from '../../../../src/engine/ladder';

describe('packs of 50 at 99.99 with 10 free units', () => {
  it.each([
    [0, 0, 0],
    [10, 0, 0],
    [11, 1, 99.99],
    [60, 1, 99.99],
    [61, 2, 199.98],
    [110, 2, 199.98],
    [111, 3, 299.97],
    [10.5, 1, 99.99],
  ])('%p units: %p packs, %p', (quantity, packs, total) => {
    expect(packsNeeded(quantity, 50, 10)).toBe(packs);
    expect(pricePacks(quantity, 50, 99.99, 10)).toBe(total);
  });
});

describe('packs without free units', () => {
  it.each([
    [50, 50, 99.99, 1, 99.99],
    [51, 50, 99.99, 2, 199.98],
    [105, 50, 99.99, 3, 299.97],
    [1.2, 0.5, 3.1, 3, 9.3], // half-kilo packs at 3.10
    [0.3, 0.1, 2.5, 3, 7.5], // exactly 3 packs (0.3 / 0.1 is 2.9999999999999996 in floating point)
    [0.31, 0.1, 2.5, 4, 10],
  ])('%p units in packs of %p at %p: %p packs, %p', (quantity, size, price, packs, total) => {
    expect(packsNeeded(quantity, size)).toBe(packs);
    expect(pricePacks(quantity, size, price)).toBe(total);
  });

  it('rounds the total once to the minor units', () => {
    expect(pricePacks(3, 1, 0.335)).toBe(1.01); // 1.005 → 1.01
    expect(pricePacks(3, 1, 0.335, 0, { unrounded: true })).toBe(1.005);
    expect(pricePacks(3, 1, 333.5, 0, { minorUnits: 0 })).toBe(1001); // 1000.5 → 1001
  });

  it('prices packs beyond the safe-integer range exactly', () => {
    expect(pricePacks(1e15, 1, 99.99)).toBe(99_990_000_000_000_000);
  });
});
