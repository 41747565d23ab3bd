/**
 * PRICING.ALLOCATE(total, weights, [decimals]): split a total so that the parts add up exactly.
 * The classic case: 100.00 over three equal weights is 33.34 + 33.33 + 33.33, never 99.99.
 */
import fc from 'fast-check';
import { ALLOCATE } from '../../../src/functions/functions';
import { column, formulaError } from './excel';

describe('PRICING.ALLOCATE', () => {
  it.each`
    total     | weights                   | decimals     | parts                            | why
    ${100}    | ${column(1, 1, 1)}        | ${undefined} | ${column(33.34, 33.33, 33.33)}   | ${'the leftover cent goes to the first part'}
    ${178.5}  | ${column(120, 90)}        | ${undefined} | ${column(102, 76.5)}             | ${'a bundle price over its components by list'}
    ${10}     | ${column(1, 2, 3)}        | ${undefined} | ${column(1.67, 3.33, 5)}         | ${'largest remainders'}
    ${10}     | ${column(1, null, 1)}     | ${undefined} | ${column(5, 0, 5)}               | ${'a blank weight gets nothing'}
    ${-100}   | ${column(1, 1, 1)}        | ${undefined} | ${column(-33.34, -33.33, -33.33)} | ${'a credit splits like the amount'}
    ${1000}   | ${column(1, 1, 1)}        | ${0}         | ${column(334, 333, 333)}         | ${'whole units (JPY)'}
    ${1}      | ${[[1, 1, 1]]}            | ${undefined} | ${[[0.34, 0.33, 0.33]]}          | ${'a row of weights spills a row'}
    ${100.005} | ${column(1)}             | ${undefined} | ${column(100.01)}                | ${'the total is rounded first, half away from zero'}
  `('$total over $weights → $parts ($why)', ({ total, weights, decimals, parts }) => {
    expect(ALLOCATE(total, weights, decimals)).toEqual(parts);
  });
});

describe('bad input', () => {
  it.each`
    total      | weights                 | code         | message
    ${'lots'}  | ${column(1, 1)}         | ${'#VALUE!'} | ${'total: "lots" is not a number'}
    ${null}    | ${column(1, 1)}         | ${'#VALUE!'} | ${'total is blank'}
    ${100}     | ${column(1, 'x')}       | ${'#VALUE!'} | ${'weights row 2: "x" is not a number'}
    ${100}     | ${column(1, -1)}        | ${'#NUM!'}   | ${'weights row 2 must not be negative, got -1'}
    ${100}     | ${column(0, null)}      | ${'#NUM!'}   | ${'weights must not all be 0'}
  `('$code $message', ({ total, weights, code, message }) => {
    expect(formulaError(() => ALLOCATE(total, weights))).toEqual({ code, message });
  });
});

describe('properties', () => {
  it('the parts add up exactly to the total, in cents, each within a cent of its share', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }), (cents, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const parts = ALLOCATE(cents / 100, column(...weights)).map((row) => Math.round((row[0] as number) * 100));
        expect(parts.reduce((a, b) => a + b, 0)).toBe(cents);
        const sum = weights.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => expect(Math.abs(p - (cents * weights[i]!) / sum)).toBeLessThan(1));
      }),
    );
  });
});

describe('a whole column of weights', () => {
  it('splits 1,000,000.00 over 200,000 weights 1, 3, 1, 3, … and the parts add up to exactly 1,000,000.00', () => {
    const weights = Array.from({ length: 200_000 }, (_, i) => [i % 2 === 0 ? 1 : 3]);
    const parts = ALLOCATE(1_000_000, weights);
    expect(parts).toHaveLength(200_000);
    const cents = parts.reduce((sum, row) => sum + Math.round((row[0] as number) * 100), 0);
    expect(cents).toBe(100_000_000);
    // The weights add up to 400,000: a weight of 1 gets 2.50 exactly, a weight of 3 gets 7.50.
    expect(parts.slice(0, 4)).toEqual(column(2.5, 7.5, 2.5, 7.5));
  });

  it('gives the leftover cents of 100.00 over 200,000 equal weights to the first 10,000 parts', () => {
    const parts = ALLOCATE(100, Array.from({ length: 200_000 }, () => [1]));
    expect(parts[9_999]).toEqual([0.01]);
    expect(parts[10_000]).toEqual([0]);
    const cents = parts.map((row) => Math.round((row[0] as number) * 100));
    expect(cents.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(cents.filter((c) => c === 1)).toHaveLength(10_000);
    expect(cents.slice(0, 10_000).every((c) => c === 1)).toBe(true);
  });
});
