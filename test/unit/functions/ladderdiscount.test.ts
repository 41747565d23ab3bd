/**
 * PRICING.LADDERDISCOUNT(listPrice, quantity, ladder, [mode], [decimals]): net total after a
 * discount ladder. The ladder of the examples (discounts as a pricing manager types them):
 *   Up to | Discount
 *      10 |  0%       units 1–10 at list
 *      50 | 10%       units 11–50 at 10% off
 *  (blank)| 20%       units above 50 at 20% off
 */
import type { DiscountMode } from '../../../src/functions/functions';
import fc from 'fast-check';
import { LADDERDISCOUNT } from '../../../src/functions/functions';
import { column, formulaError, grid, one, only, asMode } from './excel';

const LADDER = [
  ['Up to', 'Discount'],
  [10, 0],
  [50, '10%'],
  [null, 0.2],
];
const net = (listPrice: unknown, quantity: unknown, ladder: unknown[][] = LADDER, mode?: unknown, decimals?: unknown): unknown =>
  only(LADDERDISCOUNT(one(listPrice), one(quantity), ladder, asMode<DiscountMode>(mode), decimals));

describe('PRICING.LADDERDISCOUNT at list 100.00', () => {
  it.each`
    quantity | graduated | volume  | why
    ${10}    | ${1000}   | ${1000} | ${'no discount up to 10'}
    ${11}    | ${1090}   | ${990}  | ${'1000 + 90; 11 × 90'}
    ${50}    | ${4600}   | ${4500} | ${'1000 + 40 × 90; 50 × 90'}
    ${51}    | ${4680}   | ${4080} | ${'4600 + 80; 51 × 80'}
    ${60}    | ${5400}   | ${4800} | ${'4600 + 10 × 80; 60 × 80'}
  `('$quantity units: graduated $graduated, volume $volume ($why)', ({ quantity, graduated, volume }) => {
    expect(net(100, quantity)).toBe(graduated);
    expect(net(100, quantity, LADDER, 'volume')).toBe(volume);
  });

  it.each`
    discount   | why
    ${0.15}    | ${'a %-formatted cell arrives as 0.15'}
    ${'15%'}   | ${'text "15%"'}
    ${' 15 % '} | ${'text with spaces'}
  `('reads a discount typed as $discount ($why)', ({ discount }) => {
    expect(net(100, 20, [[null, discount]])).toBe(1700);
  });

  it('rounds once: 3 units at 9.99 with 12.5% off is 26.22 (29.97 × 0.875 = 26.22375)', () => {
    expect(net(9.99, 3, [[null, 0.125]])).toBe(26.22);
    expect(net(9.99, 3, [[null, 0.125]], null, 4)).toBe(26.2238);
  });

  it('a column of list prices beside a column of quantities', () => {
    expect(LADDERDISCOUNT(column(100, 50, 10), column(11, 60, 0), LADDER)).toEqual([[1090], [2700], [0]]);
  });

  it('a spare row (blank quantity) stays blank, even with no list price; a quantity without a list price is an error', () => {
    expect(grid(LADDERDISCOUNT(column(100, null, null), column(10, null, 5), LADDER))).toEqual([
      [1000],
      [''],
      [{ code: '#VALUE!', message: 'listPrice row 3 is blank' }],
    ]);
  });

  it('one list price for a column of quantities', () => {
    expect(LADDERDISCOUNT(one(100), column(10, 11), LADDER)).toEqual([[1000], [1090]]);
  });
});

describe('bad input', () => {
  it.each`
    listPrice | quantity | ladder                     | mode        | code         | message
    ${'abc'}  | ${5}     | ${LADDER}                  | ${null}     | ${'#VALUE!'} | ${'listPrice: "abc" is not a number'}
    ${-1}     | ${5}     | ${LADDER}                  | ${null}     | ${'#NUM!'}   | ${'list price (-1) must not be negative'}
    ${100}    | ${-5}    | ${LADDER}                  | ${null}     | ${'#NUM!'}   | ${'quantity (-5) must not be negative'}
    ${100}    | ${11}    | ${[[10, 0.1]]}             | ${null}     | ${'#N/A'}    | ${"quantity 11 is above the last band's Up to (10)"}
    ${100}    | ${5}     | ${[[10, 15]]}              | ${null}     | ${'#NUM!'}   | ${'ladder row 1, Discount (15) must be between 0 and 1 (0% to 100%)'}
    ${100}    | ${5}     | ${[[10, '150%']]}          | ${null}     | ${'#NUM!'}   | ${'ladder row 1, Discount (1.5) must be between 0 and 1 (0% to 100%)'}
    ${100}    | ${5}     | ${[[10, -0.1]]}            | ${null}     | ${'#NUM!'}   | ${'ladder row 1, Discount (-0.1) must be between 0 and 1 (0% to 100%)'}
    ${100}    | ${5}     | ${[['Up to', 'Discount'], [10, 'ten']]} | ${null} | ${'#VALUE!'} | ${'ladder row 2, Discount must be a number, got "ten"'}
    ${100}    | ${5}     | ${[[10, 0.1, 5]]}          | ${null}     | ${'#VALUE!'} | ${'ladder has 3 columns; it needs 2: Up to and Discount'}
    ${100}    | ${5}     | ${LADDER}                  | ${'stairstep'} | ${'#VALUE!'} | ${'mode: "stairstep" is not one of graduated, volume'}
  `('$code $message', ({ listPrice, quantity, ladder, mode, code, message }) => {
    expect(formulaError(() => LADDERDISCOUNT(one(listPrice), one(quantity), ladder, mode))).toEqual({ code, message });
  });

  it('a column with one bad quantity', () => {
    expect(grid(LADDERDISCOUNT(one(100), column(10, 'x', 11), LADDER))).toEqual([
      [1000],
      [{ code: '#VALUE!', message: 'quantity row 2: "x" is not a number' }],
      [1090],
    ]);
  });

  it('list prices and quantities of different sizes', () => {
    expect(formulaError(() => LADDERDISCOUNT(column(1, 2, 3), column(1, 2), LADDER))).toEqual({
      code: '#VALUE!',
      message: 'quantity is 2×1 but listPrice is 3×1: give ranges of the same size, or a single cell',
    });
  });
});

describe('properties', () => {
  it('the net never exceeds list × quantity, and graduated nets at least the volume net', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1000 }), (cents, q) => {
        const list = cents / 100;
        const graduated = net(list, q) as number;
        expect(graduated).toBeLessThanOrEqual(Math.round(list * q * 100) / 100 + 1e-9);
        expect(graduated).toBeGreaterThanOrEqual(net(list, q, LADDER, 'volume') as number);
      }),
    );
  });
});
