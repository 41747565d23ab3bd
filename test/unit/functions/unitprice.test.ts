/**
 * PRICING.UNITPRICE(quantity, ladder, [mode], [decimals]): the effective unit price, total / quantity.
 * Same ladder as the TIERED examples: units 1–10 at 5.00, 11–50 at 4.00, above 50 at 3.00.
 */
import type { PriceMode } from '../../../src/functions/functions';
import fc from 'fast-check';
import { TIERED, UNITPRICE } from '../../../src/functions/functions';
import { column, formulaError, grid, one, only, asMode } from './excel';

const LADDER = [
  ['Up to', 'Unit price'],
  [10, 5],
  [50, 4],
  [null, 3],
];
const unit = (quantity: unknown, ladder: unknown[][] = LADDER, mode?: unknown, decimals?: unknown): unknown =>
  only(UNITPRICE(one(quantity), ladder, asMode<PriceMode>(mode), decimals));

describe('PRICING.UNITPRICE is the total divided by the quantity, rounded once', () => {
  it.each`
    quantity | mode           | decimals     | price   | why
    ${1}     | ${'graduated'} | ${undefined} | ${5}    | ${'5 / 1'}
    ${10}    | ${'graduated'} | ${undefined} | ${5}    | ${'50 / 10'}
    ${11}    | ${'graduated'} | ${undefined} | ${4.91} | ${'54 / 11 = 4.909…'}
    ${50}    | ${'graduated'} | ${undefined} | ${4.2}  | ${'210 / 50'}
    ${51}    | ${'graduated'} | ${undefined} | ${4.18} | ${'213 / 51 = 4.176…'}
    ${51}    | ${'graduated'} | ${4}         | ${4.1765} | ${'213 / 51 to 4 decimals'}
    ${51}    | ${'volume'}    | ${undefined} | ${3}    | ${'the band reached prices all units'}
    ${3}     | ${'graduated'} | ${undefined} | ${5}    | ${'15 / 3'}
  `('$quantity units, $mode → $price ($why)', ({ quantity, mode, decimals, price }) => {
    expect(unit(quantity, LADDER, mode, decimals)).toBe(price);
  });

  it('stairstep: the band price spread over the units', () => {
    expect(unit(4, [[10, 99], [null, 399]], 'stairstep')).toBe(24.75);
  });
});

describe('bad input', () => {
  it.each`
    quantity | ladder          | code         | message
    ${0}     | ${LADDER}       | ${'#NUM!'}   | ${'the unit price needs a quantity greater than 0'}
    ${'ten'} | ${LADDER}       | ${'#VALUE!'} | ${'quantity: "ten" is not a number'}
    ${-1}    | ${LADDER}       | ${'#NUM!'}   | ${'quantity (-1) must not be negative'}
    ${11}    | ${[[10, 5]]}    | ${'#N/A'}    | ${"quantity 11 is above the last band's Up to (10)"}
    ${5}     | ${[[10, 'x']]}  | ${'#VALUE!'} | ${'ladder row 1, Unit price must be a number, got "x"'}
  `('$code $message', ({ quantity, ladder, code, message }) => {
    expect(formulaError(() => UNITPRICE(one(quantity), ladder))).toEqual({ code, message });
  });

  it('a column spills with one error per bad cell', () => {
    expect(grid(UNITPRICE(column(10, 0, null, 50), LADDER))).toEqual([
      [5],
      [{ code: '#NUM!', message: 'row 2: the unit price needs a quantity greater than 0' }],
      [''],
      [4.2],
    ]);
  });
});

describe('properties', () => {
  it('unit price × quantity is the total within half a cent per unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (q) => {
        const total = only(TIERED(one(q), LADDER)) as number;
        expect(Math.abs((unit(q) as number) * q - total)).toBeLessThanOrEqual(0.005 * q + 1e-9);
      }),
    );
  });
  it('a graduated unit price never rises as the quantity grows (falling unit prices)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 100 }), (q, extra) => {
        expect(unit(q + extra, LADDER, null, 6) as number).toBeLessThanOrEqual(unit(q, LADDER, null, 6) as number);
      }),
    );
  });
});
