/**
 * PRICING.PRICEENDING(price, ending, [step]): the nearest price that ends in `ending`.
 * Ending 0.99: …, 48.99, 49.99, 50.99, …; with step 10: 9.99, 19.99, 29.99, …; ending 0 with step 5:
 * 45, 50, 55. Exactly halfway goes away from zero, like ROUND; a positive price stays positive.
 */
import fc from 'fast-check';
import { PRICEENDING } from '../../../src/functions/functions';
import { column, formulaError, grid, one, only } from './excel';

const ending = (price: unknown, end: unknown, step?: unknown): unknown =>
  only(PRICEENDING(one(price), one(end), step === undefined ? undefined : one(step)));

describe('PRICING.PRICEENDING', () => {
  it.each`
    price    | end     | step         | result   | why
    ${49.75} | ${0.99} | ${undefined} | ${49.99} | ${'49.99 is nearer than 48.99'}
    ${49.4}  | ${0.99} | ${undefined} | ${48.99} | ${'48.99 is nearer than 49.99'}
    ${49.49} | ${0.99} | ${undefined} | ${49.99} | ${'halfway between 48.99 and 49.99 goes up'}
    ${50}    | ${0.99} | ${undefined} | ${49.99} | ${'just below a round number'}
    ${0.2}   | ${0.99} | ${undefined} | ${0.99}  | ${'a positive price stays positive'}
    ${23}    | ${0.99} | ${10}        | ${19.99} | ${'9.99, 19.99, 29.99 …'}
    ${26}    | ${0.99} | ${10}        | ${29.99} | ${'29.99 is nearer'}
    ${47}    | ${0}    | ${5}         | ${45}    | ${'multiples of 5'}
    ${47.5}  | ${0}    | ${5}         | ${50}    | ${'halfway goes away from zero'}
    ${47}    | ${0.95} | ${null}      | ${46.95} | ${'step omitted is 1'}
    ${0}     | ${0.99} | ${undefined} | ${0}     | ${'0 stays 0'}
    ${-49.75} | ${0.99} | ${undefined} | ${-49.99} | ${'a credit snaps like its opposite'}
  `('$price, ending $end, step $step → $result ($why)', ({ price, end, step, result }) => {
    expect(ending(price, end, step)).toBe(result);
  });

  it('a column of prices; a blank price stays blank', () => {
    expect(PRICEENDING(column(49.75, 12.1, null), one(0.99))).toEqual([[49.99], [11.99], ['']]);
  });
});

describe('bad input', () => {
  it.each`
    price    | end      | step    | code         | message
    ${49}    | ${1}     | ${1}    | ${'#NUM!'}   | ${'ending must be at least 0 and less than 1 (e.g. 0.99), got 1'}
    ${49}    | ${-0.01} | ${1}    | ${'#NUM!'}   | ${'ending must be at least 0 and less than 1 (e.g. 0.99), got -0.01'}
    ${49}    | ${0.99}  | ${0}    | ${'#NUM!'}   | ${'step must be greater than 0, got 0'}
    ${'49$'} | ${0.99}  | ${1}    | ${'#VALUE!'} | ${'price: "49$" is not a number'}
    ${49}    | ${'.99'} | ${1}    | ${'#VALUE!'} | ${'ending: ".99" is not a number'}
  `('$code $message', ({ price, end, step, code, message }) => {
    expect(formulaError(() => PRICEENDING(one(price), one(end), one(step)))).toEqual({ code, message });
  });

  it('one bad row in a column', () => {
    expect(grid(PRICEENDING(column(49.75, 'x'), one(0.99)))).toEqual([[49.99], [{ code: '#VALUE!', message: 'price row 2: "x" is not a number' }]]);
  });
});

describe('properties', () => {
  it('the result ends in the ending and is the nearest such price (or the smallest positive one)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(0.99, 0.95, 0.5, 0), fc.constantFrom(1, 5, 10), (cents, end, step) => {
        const result = ending(cents / 100, end, step) as number;
        const offset = end === 0 ? 0 : Math.round((1 - end) * 100); // candidates are k·step − offset, in cents
        const resultCents = Math.round(result * 100);
        expect((resultCents + offset) % (step * 100)).toBe(0);
        const smallest = step * 100 - offset;
        if (cents >= smallest) expect(Math.abs(resultCents - cents)).toBeLessThanOrEqual(step * 50);
        else expect(resultCents).toBe(smallest);
      }),
    );
  });
});
