/**
 * Price ladders, as a pricing manager checks them by hand. Bands cover (previous Up to, Up to];
 * totals are rounded once to cents.
 */
import { compilePriceLadder, priceTotal, unitPrice, bandIndexFor, type PriceBand } from '../../../../src/engine/ladder';

// Up to 100 users at 10.00, the next 400 at 8.00, every user above 500 at 6.50.
const SEATS: readonly PriceBand[] = [
  { upTo: 100, unitPrice: 10 },
  { upTo: 500, unitPrice: 8 },
  { upTo: null, unitPrice: 6.5 },
];

describe('graduated: each band prices its own units', () => {
  const ladder = compilePriceLadder(SEATS, 'graduated');
  it.each([
    [0, 0, 'no units, no charge'],
    [1, 10, '1 × 10'],
    [99, 990, '99 × 10'],
    [99.5, 995, '99.5 × 10'],
    [100, 1000, 'on the bound: 100 × 10'],
    [100.5, 1004, '1000 + 0.5 × 8'],
    [101, 1008, '1000 + 1 × 8'],
    [499, 4192, '1000 + 399 × 8'],
    [500, 4200, '1000 + 400 × 8'],
    [500.25, 4201.63, '4200 + 0.25 × 6.5 = 4201.625, rounded half up'],
    [501, 4206.5, '4200 + 1 × 6.5'],
    [1000, 7450, '4200 + 500 × 6.5'],
  ])('%p users cost %p (%s)', (quantity, total) => {
    expect(priceTotal(ladder, quantity)).toBe(total);
  });

  it.each([
    [1, 10],
    [101, 9.98], // 1008 / 101 = 9.9801…
    [500, 8.4],
    [1000, 7.45],
  ])('the unit price at %p users is %p', (quantity, price) => {
    expect(unitPrice(ladder, quantity)).toBe(price);
  });

  it('gives the unrounded unit price on request', () => {
    expect(unitPrice(ladder, 101, { unrounded: true })).toBe(1008 / 101);
    expect(unitPrice(ladder, 3, { unrounded: true })).toBe(10);
  });
});

describe('volume: the band reached prices every unit', () => {
  const ladder = compilePriceLadder(SEATS, 'volume');
  it.each([
    [0, 0, 'no units'],
    [99, 990, '99 × 10'],
    [100, 1000, 'on the bound: 100 × 10'],
    [100.5, 804, '100.5 × 8'],
    [101, 808, 'just above: 101 × 8 (cheaper than 100 users)'],
    [499, 3992, '499 × 8'],
    [500, 4000, '500 × 8'],
    [500.25, 3251.63, '500.25 × 6.5 = 3251.625'],
    [501, 3256.5, '501 × 6.5'],
  ])('%p users cost %p (%s)', (quantity, total) => {
    expect(priceTotal(ladder, quantity)).toBe(total);
  });

  it.each([
    [101, 8],
    [501, 6.5],
  ])('the unit price at %p users is the band price %p', (quantity, price) => {
    expect(unitPrice(ladder, quantity)).toBe(price);
  });
});

describe('flat fees', () => {
  // A platform fee of 500 covers the first 10 users; 20 a user to 100; 15 a user above, with a 250 fee.
  const graduated = compilePriceLadder(
    [
      { upTo: 10, unitPrice: 0, flatFee: 500 },
      { upTo: 100, unitPrice: 20 },
      { upTo: null, unitPrice: 15, flatFee: 250 },
    ],
    'graduated',
  );
  it.each([
    [5, 500, 'the platform fee only'],
    [10, 500, 'on the bound'],
    [11, 520, '500 + 1 × 20'],
    [100, 2300, '500 + 90 × 20'],
    [101, 2565, '2300 + 1 × 15 + the 250 fee of the band reached'],
  ])('graduated: %p users cost %p (%s)', (quantity, total) => {
    expect(priceTotal(graduated, quantity)).toBe(total);
  });

  // Volume: the band reached gives the unit price and its fee.
  const volume = compilePriceLadder(
    [
      { upTo: 10, unitPrice: 30, flatFee: 100 },
      { upTo: 100, unitPrice: 25, flatFee: 200 },
      { upTo: null, unitPrice: 20, flatFee: 300 },
    ],
    'volume',
  );
  it.each([
    [10, 400, '100 + 10 × 30'],
    [11, 475, '200 + 11 × 25'],
    [100, 2700, '200 + 100 × 25'],
    [101, 2320, '300 + 101 × 20'],
  ])('volume: %p users cost %p (%s)', (quantity, total) => {
    expect(priceTotal(volume, quantity)).toBe(total);
  });
});

describe('stairstep: one price for the whole quantity', () => {
  // 2-column ladder: the price column is the price of the step.
  const twoColumn = compilePriceLadder(
    [
      { upTo: 5, unitPrice: 49 },
      { upTo: 20, unitPrice: 99 },
      { upTo: 50, unitPrice: 199 },
    ],
    'stairstep',
  );
  it.each([
    [0, 0],
    [1, 49],
    [5, 49],
    [5.5, 99],
    [20, 99],
    [21, 199],
    [50, 199],
  ])('2 columns: %p users cost %p', (quantity, total) => {
    expect(priceTotal(twoColumn, quantity)).toBe(total);
  });

  // 3-column ladder: the flat fee is the price of the step; a band without one uses its price column.
  const threeColumn = compilePriceLadder(
    [
      { upTo: 10, unitPrice: 12, flatFee: 100 },
      { upTo: 50, unitPrice: 10, flatFee: 400 },
      { upTo: null, unitPrice: 1800 },
    ],
    'stairstep',
  );
  it.each([
    [10, 100],
    [10.01, 400],
    [50, 400],
    [51, 1800],
    [10_000, 1800],
  ])('3 columns: %p users cost %p', (quantity, total) => {
    expect(priceTotal(threeColumn, quantity)).toBe(total);
  });

  it('gives the step price spread over the units as the unit price', () => {
    expect(unitPrice(twoColumn, 20)).toBe(4.95);
    expect(unitPrice(threeColumn, 3)).toBe(33.33);
  });
});

describe('fractional bounds and quantities', () => {
  // Storage: first 0.5 TB at 40, to 2.25 TB at 30, then 25.
  const ladder = compilePriceLadder(
    [
      { upTo: 0.5, unitPrice: 40 },
      { upTo: 2.25, unitPrice: 30 },
      { upTo: null, unitPrice: 25 },
    ],
    'graduated',
  );
  it.each([
    [0.25, 10],
    [0.5, 20],
    [0.51, 20.3],
    [2.25, 72.5],
    [2.3, 73.75],
    [3.1234567, 94.34], // 72.5 + 0.8734567 × 25 = 94.3364175 (a scale widened for the quantity)
    [3.123456789, 94.34], // 72.5 + 0.873456789 × 25 = 94.336419725 (more decimals: the exact path)
  ])('%p TB cost %p', (quantity, total) => {
    expect(priceTotal(ladder, quantity)).toBe(total);
  });

  it.each([
    [3.1234567, 94.3364175],
    [3.123456789, 94.336419725],
  ])('unrounded, %p TB cost exactly %p', (quantity, total) => {
    expect(priceTotal(ladder, quantity, { unrounded: true })).toBe(total);
  });
});

describe('the band a quantity falls in (0-based)', () => {
  const ladder = compilePriceLadder(SEATS, 'graduated');
  it.each([
    [0, 0],
    [100, 0],
    [100.001, 1],
    [500, 1],
    [501, 2],
  ])('%p is in band index %p', (quantity, index) => {
    expect(bandIndexFor(ladder, quantity)).toBe(index);
  });
});
