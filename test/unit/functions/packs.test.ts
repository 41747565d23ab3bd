/**
 * PRICING.PACKS(quantity, packSize, packPrice, [freeUnits], [decimals]): packs are bought whole.
 * Example: seats sold in packs of 50 at 20.00 a pack.
 */
import fc from 'fast-check';
import { PACKS } from '../../../src/functions/functions';
import { column, formulaError, grid, one, only } from './excel';

const packs = (quantity: unknown, size: unknown, price: unknown, free?: unknown, decimals?: unknown): unknown =>
  only(PACKS(one(quantity), one(size), one(price), free === undefined ? undefined : one(free), decimals));

describe('PRICING.PACKS rounds up to whole packs after the free units', () => {
  it.each`
    quantity | size   | price    | free         | total    | why
    ${0}     | ${50}  | ${20}    | ${undefined} | ${0}     | ${'no units, no packs'}
    ${1}     | ${50}  | ${20}    | ${undefined} | ${20}    | ${'1 pack'}
    ${50}    | ${50}  | ${20}    | ${undefined} | ${20}    | ${'exactly 1 pack'}
    ${51}    | ${50}  | ${20}    | ${undefined} | ${40}    | ${'2 packs'}
    ${105}   | ${50}  | ${20}    | ${undefined} | ${60}    | ${'3 packs'}
    ${105}   | ${50}  | ${20}    | ${5}         | ${40}    | ${'100 billable units: 2 packs'}
    ${106}   | ${50}  | ${20}    | ${5}         | ${60}    | ${'101 billable units: 3 packs'}
    ${5}     | ${50}  | ${20}    | ${5}         | ${0}     | ${'all free'}
    ${2.5}   | ${0.5} | ${0.1}   | ${undefined} | ${0.5}   | ${'5 half-unit packs at 0.10: 0.50 exactly'}
    ${3}     | ${1}   | ${0.333} | ${undefined} | ${1}     | ${'0.999 rounds to 1.00'}
    ${3}     | ${1}   | ${0.333} | ${0}         | ${1}     | ${'free units 0'}
  `('$quantity units in packs of $size at $price, $free free → $total ($why)', ({ quantity, size, price, free, total }) => {
    expect(packs(quantity, size, price, free)).toBe(total);
  });

  it('rounds to the decimals asked for', () => {
    expect(packs(3, 1, 0.333, null, 3)).toBe(0.999);
  });

  it('a column of quantities, one bad cell', () => {
    expect(grid(PACKS(column(1, 51, 'many', null), one(50), one(20)))).toEqual([
      [20],
      [40],
      [{ code: '#VALUE!', message: 'quantity row 3: "many" is not a number' }],
      [''],
    ]);
  });

  it('a bad single pack size fails the whole formula, not every row alike', () => {
    expect(formulaError(() => PACKS(column(1, 51), one('box'), one(20)))).toEqual({ code: '#VALUE!', message: 'packSize: "box" is not a number' });
  });

  it('pack sizes and prices may be columns beside the quantities', () => {
    expect(PACKS(column(10, 10), column(5, 3), column(1, 2))).toEqual([[2], [8]]);
  });
});

describe('bad input', () => {
  it.each`
    quantity | size     | price   | free    | code         | message
    ${'x'}   | ${50}    | ${20}   | ${0}    | ${'#VALUE!'} | ${'quantity: "x" is not a number'}
    ${-1}    | ${50}    | ${20}   | ${0}    | ${'#NUM!'}   | ${'quantity (-1) must not be negative'}
    ${10}    | ${0}     | ${20}   | ${0}    | ${'#NUM!'}   | ${'pack size (0) must be greater than 0'}
    ${10}    | ${'box'} | ${20}   | ${0}    | ${'#VALUE!'} | ${'packSize: "box" is not a number'}
    ${10}    | ${50}    | ${-20}  | ${0}    | ${'#NUM!'}   | ${'pack price (-20) must not be negative'}
    ${10}    | ${50}    | ${20}   | ${-1}   | ${'#NUM!'}   | ${'free units (-1) must not be negative'}
    ${10}    | ${50}    | ${20}   | ${true} | ${'#VALUE!'} | ${'freeUnits: TRUE is not a number'}
  `('$code $message', ({ quantity, size, price, free, code, message }) => {
    expect(formulaError(() => PACKS(one(quantity), one(size), one(price), one(free)))).toEqual({ code, message });
  });
});

describe('properties', () => {
  it('the price is a whole number of packs and covers the billable units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 50 }), (q, size, free) => {
        const total = packs(q, size, 1, free) as number;
        expect(Number.isInteger(total)).toBe(true);
        expect(total * size).toBeGreaterThanOrEqual(q - free);
        expect((total - 1) * size).toBeLessThan(Math.max(q - free, 1));
      }),
    );
  });
});
