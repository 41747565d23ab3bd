/**
 * PRICING.MARGIN(price, cost) = (price − cost) / price, a share of the price.
 * Price 125, cost 100: margin 25 / 125 = 20% (while the markup is 25%).
 */
import fc from 'fast-check';
import { MARGIN, MARKUP } from '../../../src/functions/functions';
import { column, formulaError, grid, one, only } from './excel';

const margin = (price: unknown, cost: unknown): unknown => only(MARGIN(one(price), one(cost)));

describe('PRICING.MARGIN', () => {
  it.each`
    price   | cost    | rate            | why
    ${125}  | ${100}  | ${0.2}          | ${'25 / 125'}
    ${100}  | ${75}   | ${0.25}         | ${'25 / 100'}
    ${100}  | ${100}  | ${0}            | ${'sold at cost'}
    ${100}  | ${0}    | ${1}            | ${'no cost'}
    ${80}   | ${100}  | ${-0.25}        | ${'sold below cost: −20 / 80'}
    ${3}    | ${2}    | ${0.3333333333} | ${'1 / 3, to 10 decimals'}
    ${0.3}  | ${0.1}  | ${0.6666666667} | ${'exact decimals: 0.2 / 0.3'}
  `('price $price, cost $cost → $rate ($why)', ({ price, cost, rate }) => {
    expect(margin(price, cost)).toBe(rate);
  });

  it('a column of prices beside a column of costs', () => {
    expect(MARGIN(column(125, 100), column(100, 75))).toEqual([[0.2], [0.25]]);
  });

  it('a blank price (a spare row) gives a blank', () => {
    expect(MARGIN(column(125, null, ''), one(100))).toEqual([[0.2], [''], ['']]);
  });

  it('one cost for a column of prices', () => {
    expect(MARGIN(column(125, 200), one(100))).toEqual([[0.2], [0.5]]);
  });
});

describe('bad input', () => {
  it.each`
    price    | cost     | code         | message
    ${0}     | ${10}    | ${'#NUM!'}   | ${'price must not be 0: a margin is a share of the price'}
    ${'abc'} | ${10}    | ${'#VALUE!'} | ${'price: "abc" is not a number'}
    ${10}    | ${null}  | ${'#VALUE!'} | ${'cost is blank'}
    ${10}    | ${true}  | ${'#VALUE!'} | ${'cost: TRUE is not a number'}
  `('$code $message', ({ price, cost, code, message }) => {
    expect(formulaError(() => MARGIN(one(price), one(cost)))).toEqual({ code, message });
  });

  it('one bad row in a column', () => {
    expect(grid(MARGIN(column(125, 0, 'x'), column(100, 10, 1)))).toEqual([
      [0.2],
      [{ code: '#NUM!', message: 'row 2: price must not be 0: a margin is a share of the price' }],
      [{ code: '#VALUE!', message: 'price row 3: "x" is not a number' }],
    ]);
  });
});

describe('properties', () => {
  it('a 25% markup is a 20% margin: margin = markup / (1 + markup)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (costCents, extraCents) => {
        const priceCents = costCents + extraCents; // markup ≥ 0, where both rates are well conditioned
        const m = margin(priceCents / 100, costCents / 100) as number;
        const k = only(MARKUP(one(priceCents / 100), one(costCents / 100))) as number;
        expect(m).toBeCloseTo(k / (1 + k), 9);
      }),
    );
  });
});
