/**
 * PRICING.MARKUP(price, cost) = (price − cost) / cost, a share of the cost.
 * Price 125, cost 100: markup 25 / 100 = 25% (while the margin is 20%).
 */
import { MARKUP } from '../../../src/functions/functions';
import { column, formulaError, grid, one, only } from './excel';

const markup = (price: unknown, cost: unknown): unknown => only(MARKUP(one(price), one(cost)));

describe('PRICING.MARKUP', () => {
  it.each`
    price   | cost    | rate            | why
    ${125}  | ${100}  | ${0.25}         | ${'25 / 100'}
    ${200}  | ${100}  | ${1}            | ${'doubled'}
    ${100}  | ${100}  | ${0}            | ${'sold at cost'}
    ${80}   | ${100}  | ${-0.2}         | ${'below cost'}
    ${0}    | ${100}  | ${-1}           | ${'given away'}
    ${4}    | ${3}    | ${0.3333333333} | ${'1 / 3 to 10 decimals'}
  `('price $price, cost $cost → $rate ($why)', ({ price, cost, rate }) => {
    expect(markup(price, cost)).toBe(rate);
  });

  it('a column of prices over one cost', () => {
    expect(MARKUP(column(125, 150), one(100))).toEqual([[0.25], [0.5]]);
  });
});

describe('bad input', () => {
  it.each`
    price     | cost      | code         | message
    ${10}     | ${0}      | ${'#NUM!'}   | ${'cost must not be 0: a markup is a share of the cost'}
    ${'ten'}  | ${5}      | ${'#VALUE!'} | ${'price: "ten" is not a number'}
    ${10}     | ${'five'} | ${'#VALUE!'} | ${'cost: "five" is not a number'}
  `('$code $message', ({ price, cost, code, message }) => {
    expect(formulaError(() => MARKUP(one(price), one(cost)))).toEqual({ code, message });
  });

  it('ranges of different sizes', () => {
    expect(formulaError(() => MARKUP(column(1, 2), column(1, 2, 3)))).toEqual({
      code: '#VALUE!',
      message: 'cost is 3×1 but price is 2×1: give ranges of the same size, or a single cell',
    });
  });

  it('one bad row in a column', () => {
    expect(grid(MARKUP(column(125, 10), column(100, 0)))).toEqual([
      [0.25],
      [{ code: '#NUM!', message: 'row 2: cost must not be 0: a markup is a share of the cost' }],
    ]);
  });
});
