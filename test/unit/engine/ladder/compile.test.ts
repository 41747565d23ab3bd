/**
 * Compiling: a ladder becomes scaled-integer segments, total(q) = base[i] + (q − lower[i]) × slope[i],
 * with prices in 10^-valueScale and quantities in 10^-quantityScale. These tables are what the fast
 * path reads; a ladder that does not fit is marked slow and priced on the exact path.
 */
import { compileDiscountLadder, compilePriceLadder, type PriceBand } from '../../../../src/engine/ladder';

const SEATS: readonly PriceBand[] = [
  { upTo: 100, unitPrice: 10 },
  { upTo: 500, unitPrice: 8, flatFee: 250 },
  { upTo: null, unitPrice: 6.5 },
];

const tables = (ladder: { lower: Float64Array; slope: Float64Array; base: Float64Array; upper: Float64Array }) => ({
  upper: Array.from(ladder.upper),
  lower: Array.from(ladder.lower),
  slope: Array.from(ladder.slope),
  base: Array.from(ladder.base),
});

describe('compiled price ladders (amounts in tenths, as 6.5 needs; whole-unit bounds)', () => {
  it('graduated: base holds the bands below plus the fees reached', () => {
    const ladder = compilePriceLadder(SEATS, 'graduated');
    expect([ladder.fast, ladder.quantityScale, ladder.valueScale, ladder.maxQuantity]).toEqual([true, 0, 1, Infinity]);
    // 100 × 10.0 = 1000.0 below band 2, plus its 250 fee; 1000 + 250 + 400 × 8 = 4450.0 below band 3
    expect(tables(ladder)).toEqual({ upper: [100, 500, Infinity], lower: [0, 100, 500], slope: [100, 80, 65], base: [0, 12500, 44500] });
  });

  it('volume: every unit at the band price, plus the band fee', () => {
    const ladder = compilePriceLadder(SEATS, 'volume');
    expect(tables(ladder)).toEqual({ upper: [100, 500, Infinity], lower: [0, 0, 0], slope: [100, 80, 65], base: [0, 2500, 0] });
  });

  it('stairstep: one amount per band (the fee, else the price column)', () => {
    const ladder = compilePriceLadder(SEATS, 'stairstep');
    expect(tables(ladder)).toEqual({ upper: [100, 500, Infinity], lower: [0, 0, 0], slope: [0, 0, 0], base: [100, 2500, 65] });
  });

  it('counts fractional bounds in their own decimals', () => {
    const ladder = compilePriceLadder([{ upTo: 0.5, unitPrice: 40 }, { upTo: 2.25, unitPrice: 30 }], 'graduated');
    expect([ladder.quantityScale, ladder.valueScale, ladder.maxQuantity]).toEqual([2, 0, 2.25]);
    expect(tables(ladder)).toEqual({ upper: [0.5, 2.25], lower: [0, 50], slope: [40, 30], base: [0, 2000] });
  });

  it('keeps the bands as given, with blank fees left out', () => {
    const ladder = compilePriceLadder([{ upTo: 10, unitPrice: 1, flatFee: undefined }, { upTo: null, unitPrice: 0.5 }], 'volume');
    expect(ladder.bands).toEqual([{ upTo: 10, unitPrice: 1 }, { upTo: null, unitPrice: 0.5 }]);
  });

  it.each([
    ['a price with 15 decimals', [{ upTo: null, unitPrice: 0.123456789012345 }]],
    ['a bound beyond 2^52', [{ upTo: 2 ** 60, unitPrice: 1 }, { upTo: null, unitPrice: 1 }]],
  ])('marks a ladder with %s as slow', (_case, bands) => {
    expect(compilePriceLadder(bands, 'graduated').fast).toBe(false);
  });
});

describe('compiled discount ladders', () => {
  it('graduated: base holds the rate-weighted units below (rates in 10^-2)', () => {
    const ladder = compileDiscountLadder(
      [
        { upTo: 10, discount: 0 },
        { upTo: 50, discount: 0.1 },
        { upTo: null, discount: 0.15 },
      ],
      'graduated',
    );
    expect([ladder.quantityScale, ladder.valueScale]).toEqual([0, 2]);
    expect(tables(ladder)).toEqual({ upper: [10, 50, Infinity], lower: [0, 10, 50], slope: [0, 10, 15], base: [0, 0, 400] });
  });
});
