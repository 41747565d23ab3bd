/**
 * Invariants of the ladder engine, checked on random ladders and quantities (fast-check). Numbers
 * are generated as decimals (an integer over a power of ten), as a user types them.
 */
import fc from 'fast-check';
import { add, compare, dec, divide, multiply, normalize, round, toNumber, type Decimal } from '../../../../src/engine/decimal';
import {
  compileDiscountLadder,
  compilePriceLadder,
  discountedTotal,
  ladderDiscountAmount,
  packsNeeded,
  pricePacks,
  priceTotal,
  priceTotalExact,
  unitPrice,
  type DiscountBand,
  type PriceBand,
  type PriceMode,
} from '../../../../src/engine/ladder';

const RUNS = { numRuns: 400 };

/** A decimal with up to `maxScale` decimals: an integer from 0 to `maxUnits` over 10^scale. */
const decimal = (maxUnits: number, maxScale: number): fc.Arbitrary<number> =>
  fc.tuple(fc.integer({ min: 0, max: maxUnits }), fc.integer({ min: 0, max: maxScale })).map(([units, scale]) => units / 10 ** scale);

/** Strictly increasing Up to values (cumulative integer widths over 10^scale); the last may be blank. */
const bounds = (maxBands: number): fc.Arbitrary<(number | null)[]> =>
  fc
    .record({
      widths: fc.array(fc.integer({ min: 1, max: 5_000 }), { minLength: 1, maxLength: maxBands }),
      scale: fc.integer({ min: 0, max: 2 }),
      unbounded: fc.boolean(),
    })
    .map(({ widths, scale, unbounded }) => {
      let cumulative = 0;
      const upTos: (number | null)[] = widths.map((width) => (cumulative += width) / 10 ** scale);
      if (unbounded) upTos[upTos.length - 1] = null;
      return upTos;
    });

const priceBands = (maxBands = 8, withFees = true): fc.Arbitrary<PriceBand[]> =>
  bounds(maxBands).chain((upTos) =>
    fc.tuple(
      ...upTos.map((upTo) =>
        fc.record({ price: decimal(1_000_000, 4), fee: withFees ? fc.option(decimal(100_000, 2), { nil: undefined }) : fc.constant(undefined) }).map(
          ({ price, fee }): PriceBand => (fee === undefined ? { upTo, unitPrice: price } : { upTo, unitPrice: price, flatFee: fee }),
        ),
      ),
    ),
  );

const discountBands: fc.Arbitrary<DiscountBand[]> = bounds(6).chain((upTos) =>
  fc.tuple(...upTos.map((upTo) => decimal(10_000, 4).map((d): DiscountBand => ({ upTo, discount: Math.min(d, 1) })))),
);

/** The largest quantity to try on these bands: the last Up to, or well beyond the last bound. */
function reach(bands: readonly { readonly upTo: number | null }[]): number {
  const last = bands[bands.length - 1]?.upTo ?? null;
  if (last !== null) return last;
  const bounded = bands.flatMap((b) => (b.upTo === null ? [] : [b.upTo]));
  return 2 * (bounded[bounded.length - 1] ?? 100) + 1_000;
}

/** A quantity from 0 to `max` with 0 to 8 decimals. */
const quantityUpTo = (max: number): fc.Arbitrary<number> =>
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 8 }))
    .map(([share, scale]) => Math.min(Math.floor(share * max * 10 ** scale), Math.floor(max * 10 ** scale)) / 10 ** scale);

/**
 * A quantity in thousandths above 0 and at most `max` (which has at most 3 decimals): `share` out of
 * 10^8 of the way to `max`, rounded up. Counted in whole thousandths, as floating point would make
 * 1 × 64.43 × 1000 = 64430.00000000001 and round it up to 64.431, above a last band of 64.43.
 */
function thousandthsWithin(share: number, max: number): number {
  const steps = BigInt(Math.round(max * 1000));
  return Number((BigInt(share) * steps + 99_999_999n) / 100_000_000n) / 1000;
}

const mode = fc.constantFrom<PriceMode>('graduated', 'volume', 'stairstep');
const minorUnits = fc.integer({ min: 0, max: 4 });

const exactNumber = (d: Decimal): number => toNumber(normalize(d));

describe('the fast path equals the exact Decimal reference', () => {
  it('for totals, rounded and unrounded, in every mode', () => {
    fc.assert(
      fc.property(priceBands(), mode, minorUnits, (bands, m, units) => {
        const ladder = compilePriceLadder(bands, m);
        return fc.assert(
          fc.property(quantityUpTo(reach(bands)), (quantity) => {
            const exact = priceTotalExact(ladder, dec(quantity));
            expect(priceTotal(ladder, quantity, { unrounded: true })).toBe(exactNumber(exact));
            expect(priceTotal(ladder, quantity, { minorUnits: units })).toBe(toNumber(round(exact, units)));
          }),
          { numRuns: 10 },
        );
      }),
      { numRuns: 200 },
    );
  });

  it('for very large quantities and prices (beyond scaled integers)', () => {
    fc.assert(
      fc.property(priceBands(3), mode, fc.integer({ min: 1, max: 2 ** 40 }), (bands, m, big) => {
        const unbounded = bands.map((b, i) => (i === bands.length - 1 ? { ...b, upTo: null } : b));
        const ladder = compilePriceLadder(unbounded, m);
        const quantity = big * 1_000;
        expect(priceTotal(ladder, quantity)).toBe(toNumber(round(priceTotalExact(ladder, dec(quantity)), 2)));
      }),
      RUNS,
    );
  });

  it('for unit prices: the quantities tried stay within the last band (64.43 of 64.43, not 64.431)', () => {
    expect(thousandthsWithin(10 ** 8, 64.43)).toBe(64.43);
    expect(thousandthsWithin(1, 64.43)).toBe(0.001);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 8 }), fc.integer({ min: 1, max: 81_000_000 }), (share, steps) => {
        const quantity = thousandthsWithin(share, steps / 1000);
        expect(quantity).toBeGreaterThan(0);
        expect(quantity).toBeLessThanOrEqual(steps / 1000);
      }),
    );
  });

  it('for unit prices', () => {
    fc.assert(
      fc.property(priceBands(), mode, minorUnits, fc.integer({ min: 1, max: 10 ** 8 }), (bands, m, units, share) => {
        const ladder = compilePriceLadder(bands, m);
        const quantity = thousandthsWithin(share, reach(bands));
        const exact = divide(priceTotalExact(ladder, dec(quantity)), dec(quantity), units);
        expect(unitPrice(ladder, quantity, { minorUnits: units })).toBe(toNumber(exact));
      }),
      RUNS,
    );
  });
});

describe('graduated ladders', () => {
  it('never charge less for more', () => {
    fc.assert(
      fc.property(priceBands(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (bands, a, b) => {
        const ladder = compilePriceLadder(bands, 'graduated');
        const max = reach(bands);
        const [low, high] = [Math.min(a, b) * max, Math.max(a, b) * max];
        expect(priceTotal(ladder, low, { unrounded: true })).toBeLessThanOrEqual(priceTotal(ladder, high, { unrounded: true }));
        expect(priceTotal(ladder, low)).toBeLessThanOrEqual(priceTotal(ladder, high));
      }),
      RUNS,
    );
  });

  it('charge at most quantity × the highest unit price (without fees)', () => {
    fc.assert(
      fc.property(priceBands(8, false).chain((bands) => fc.tuple(fc.constant(bands), quantityUpTo(reach(bands)))), ([bands, quantity]) => {
        const ladder = compilePriceLadder(bands, 'graduated');
        const highest = bands.reduce((top, b) => Math.max(top, b.unitPrice), 0);
        const ceiling = multiply(dec(quantity), dec(highest));
        expect(compare(priceTotalExact(ladder, dec(quantity)), ceiling)).toBeLessThanOrEqual(0);
        expect(priceTotal(ladder, quantity)).toBeLessThanOrEqual(toNumber(round(ceiling, 2)));
      }),
      RUNS,
    );
  });

  it('agree with volume pricing on a one-band ladder', () => {
    fc.assert(
      fc.property(priceBands(1), fc.double({ min: 0, max: 1, noNaN: true }), (bands, share) => {
        const quantity = share * reach(bands);
        const graduated = priceTotal(compilePriceLadder(bands, 'graduated'), quantity);
        expect(priceTotal(compilePriceLadder(bands, 'volume'), quantity)).toBe(graduated);
      }),
      RUNS,
    );
  });
});

describe('discount ladders', () => {
  it('split the rounded gross exactly into net and discount, and match the exact amount', () => {
    fc.assert(
      fc.property(
        discountBands.chain((bands) => fc.tuple(fc.constant(bands), quantityUpTo(reach(bands)))),
        fc.constantFrom<'graduated' | 'volume'>('graduated', 'volume'),
        decimal(1_000_000, 9),
        ([bands, quantity], m, list) => {
          const ladder = compileDiscountLadder(bands, m);
          const { net, discount, effectiveRate } = discountedTotal(ladder, list, quantity);
          const gross = multiply(dec(list), dec(quantity));
          const off = ladderDiscountAmount(ladder, dec(list), dec(quantity));
          expect(compare(add(dec(net), dec(discount)), round(gross, 2))).toBe(0);
          expect(net).toBe(exactNumber(round(add(gross, multiply(off, dec(-1))), 2)));
          expect(discountedTotal(ladder, list, quantity, { unrounded: true }).discount).toBe(exactNumber(off));
          const rates = bands.map((b) => b.discount);
          expect(effectiveRate).toBeGreaterThanOrEqual(quantity === 0 ? 0 : Math.min(...rates));
          expect(effectiveRate).toBeLessThanOrEqual(Math.max(...rates));
        },
      ),
      RUNS,
    );
  });
});

describe('packs', () => {
  it('cost a whole number of packs, the fewest that cover the billable units', () => {
    fc.assert(
      fc.property(decimal(100_000, 3), decimal(1_000, 2).filter((s) => s > 0), decimal(100_000, 2), decimal(1_000, 1), (quantity, size, price, free) => {
        const packs = packsNeeded(quantity, size, free);
        expect(Number.isInteger(packs)).toBe(true);
        const billable = add(dec(quantity), multiply(dec(free), dec(-1)));
        const covered = multiply(dec(packs), dec(size));
        expect(compare(covered, billable)).toBeGreaterThanOrEqual(0);
        if (packs > 0) expect(compare(multiply(dec(packs - 1), dec(size)), billable)).toBeLessThan(0);
        expect(pricePacks(quantity, size, price, free, { unrounded: true })).toBe(exactNumber(multiply(dec(packs), dec(price))));
      }),
      RUNS,
    );
  });
});
