/** Every kind of bad input is rejected with a PricingError that names the band and the value. */
import { PricingError } from '../../../../src/engine/errors';
import {
  compileDiscountLadder,
  compilePriceLadder,
  discountedTotal,
  pricePacks,
  priceTotal,
  unitPrice,
  type DiscountBand,
  type DiscountMode,
  type PriceBand,
  type PriceMode,
} from '../../../../src/engine/ladder';

type Kind = PricingError['kind'];

function caught(run: () => unknown): PricingError {
  try {
    run();
  } catch (error) {
    if (error instanceof PricingError) return error;
    throw error;
  }
  throw new Error('expected a PricingError');
}

/** Bands as a caller outside TypeScript may send them (text from a cell, blanks). */
const loose = (bands: readonly Record<string, unknown>[]): readonly PriceBand[] => bands as unknown as readonly PriceBand[];

describe('price ladder bands', () => {
  it.each<[string, readonly Record<string, unknown>[], Kind, string, string]>([
    ['no bands', [], 'range', 'bands', 'the ladder has no bands: add at least one row with an Up to and a price'],
    [
      'unsorted bounds',
      [{ upTo: 100, unitPrice: 10 }, { upTo: 50, unitPrice: 8 }],
      'range',
      'band 2, Up to',
      "band 2, Up to (50) must be greater than band 1's Up to (100): sort the bands by Up to",
    ],
    [
      'duplicate bounds',
      [{ upTo: 100, unitPrice: 10 }, { upTo: 100, unitPrice: 8 }],
      'range',
      'band 2, Up to',
      "band 2, Up to (100) repeats band 1's Up to: each band must end above the one before",
    ],
    [
      'a bounded band after an unbounded one',
      [{ upTo: 100, unitPrice: 10 }, { upTo: null, unitPrice: 8 }, { upTo: 500, unitPrice: 6 }],
      'range',
      'band 3, Up to',
      'band 3, Up to (500) comes after band 2, which has no limit: only the last band may have a blank Up to',
    ],
    ['a zero bound', [{ upTo: 0, unitPrice: 10 }], 'range', 'band 1, Up to', 'band 1, Up to (0) must be greater than 0'],
    ['a negative bound', [{ upTo: -5, unitPrice: 10 }], 'range', 'band 1, Up to', 'band 1, Up to (-5) must be greater than 0'],
    ['text as a bound', [{ upTo: '100', unitPrice: 10 }], 'type', 'band 1, Up to', 'band 1, Up to must be a number, got "100"'],
    [
      'a negative unit price',
      [{ upTo: 10, unitPrice: 5 }, { upTo: null, unitPrice: -2.5 }],
      'range',
      'band 2, Unit price',
      'band 2, Unit price (-2.5) must not be negative',
    ],
    ['text as a unit price', [{ upTo: null, unitPrice: 'ten' }], 'type', 'band 1, Unit price', 'band 1, Unit price must be a number, got "ten"'],
    ['NaN as a unit price', [{ upTo: null, unitPrice: NaN }], 'type', 'band 1, Unit price', 'band 1, Unit price must be a number, got NaN'],
    [
      'an infinite unit price',
      [{ upTo: null, unitPrice: Infinity }],
      'range',
      'band 1, Unit price',
      'band 1, Unit price must be a finite number, got Infinity',
    ],
    ['a negative flat fee', [{ upTo: null, unitPrice: 1, flatFee: -100 }], 'range', 'band 1, Flat fee', 'band 1, Flat fee (-100) must not be negative'],
    ['text as a flat fee', [{ upTo: null, unitPrice: 1, flatFee: 'n/a' }], 'type', 'band 1, Flat fee', 'band 1, Flat fee must be a number, got "n/a"'],
  ])('%s', (_case, bands, kind, field, message) => {
    const error = caught(() => compilePriceLadder(loose(bands), 'graduated'));
    expect({ kind: error.kind, field: error.field, message: error.message }).toEqual({ kind, field, message });
  });

  it('rejects an unknown mode', () => {
    const error = caught(() => compilePriceLadder([{ upTo: null, unitPrice: 1 }], 'tiered' as PriceMode));
    expect([error.kind, error.message]).toEqual(['type', 'mode "tiered" is not one of graduated, volume, stairstep']);
  });
});

describe('discount ladder bands', () => {
  it.each<[string, readonly DiscountBand[], string]>([
    ['a rate above 100%', [{ upTo: 10, discount: 0 }, { upTo: null, discount: 1.5 }], 'band 2, Discount (1.5) must be between 0 and 1 (0% to 100%)'],
    ['a negative rate', [{ upTo: null, discount: -0.1 }], 'band 1, Discount (-0.1) must be between 0 and 1 (0% to 100%)'],
  ])('%s', (_case, bands, message) => {
    const error = caught(() => compileDiscountLadder(bands, 'graduated'));
    expect([error.kind, error.message]).toEqual(['range', message]);
  });

  it('rejects stairstep, which has no meaning for a discount', () => {
    const error = caught(() => compileDiscountLadder([{ upTo: null, discount: 0.1 }], 'stairstep' as DiscountMode));
    expect([error.kind, error.message]).toEqual(['type', 'mode "stairstep" is not one of graduated, volume']);
  });

  it('rejects a negative list price', () => {
    const ladder = compileDiscountLadder([{ upTo: null, discount: 0.1 }], 'volume');
    const error = caught(() => discountedTotal(ladder, -19.99, 3));
    expect([error.kind, error.message]).toEqual(['range', 'list price (-19.99) must not be negative']);
  });
});

describe('quantities', () => {
  const capped = compilePriceLadder([{ upTo: 500, unitPrice: 2 }, { upTo: 1000, unitPrice: 1 }], 'graduated');
  it.each<[string, unknown, Kind, string]>([
    ['above the last band', 1200, 'not-found', "quantity 1200 is above the last band's Up to (1000)"],
    ['negative', -3, 'range', 'quantity (-3) must not be negative'],
    ['text', 'ten', 'type', 'quantity must be a number, got "ten"'],
    ['NaN', NaN, 'type', 'quantity must be a number, got NaN'],
    ['infinite', Infinity, 'range', 'quantity must be a finite number, got Infinity'],
  ])('%s', (_case, quantity, kind, message) => {
    const error = caught(() => priceTotal(capped, quantity as number));
    expect({ kind: error.kind, field: error.field, message: error.message }).toEqual({ kind, field: 'quantity', message });
  });

  it('has no unit price at quantity 0', () => {
    const error = caught(() => unitPrice(capped, 0));
    expect([error.kind, error.message]).toEqual(['range', 'the unit price needs a quantity greater than 0']);
  });

  it.each([[11], [-1], [1.5]])('rejects %p minor units', (minorUnits) => {
    const error = caught(() => priceTotal(capped, 1, { minorUnits }));
    expect([error.kind, error.message]).toEqual(['range', `minor units must be a whole number from 0 to 10 (2 for cents), got ${minorUnits}`]);
  });
});

describe('packs', () => {
  it.each<[string, () => unknown, Kind, string]>([
    ['a pack size of 0', () => pricePacks(10, 0, 5), 'range', 'pack size (0) must be greater than 0'],
    ['a negative pack size', () => pricePacks(10, -5, 5), 'range', 'pack size (-5) must be greater than 0'],
    ['a negative pack price', () => pricePacks(10, 5, -1), 'range', 'pack price (-1) must not be negative'],
    ['negative free units', () => pricePacks(10, 5, 1, -2), 'range', 'free units (-2) must not be negative'],
    ['a negative quantity', () => pricePacks(-10, 5, 1), 'range', 'quantity (-10) must not be negative'],
    ['text as a pack size', () => pricePacks(10, 'six' as unknown as number, 1), 'type', 'pack size must be a number, got "six"'],
    ['an infinite quantity', () => pricePacks(Infinity, 5, 1), 'range', 'quantity must be a finite number, got Infinity'],
  ])('%s', (_case, run, kind, message) => {
    const error = caught(run);
    expect([error.kind, error.message]).toEqual([kind, message]);
  });
});
