/**
 * The runner every function goes through: how Excel's inputs are read (numbers, text, percent text,
 * blanks, booleans, error values, ranges) and how results and failures come back.
 */
import { each, optional, whole } from '../../../src/functions/args';
import { percentText, readNumber, readRate } from '../../../src/functions/coerce';
import { FunctionError } from '../../../src/functions/errors';
import { define, defineCellwise } from '../../../src/functions/runner';
import { PricingError } from '../../../src/engine/errors';
import { column, errorValue, formulaError, grid } from './excel';

describe('reading one cell as a number', () => {
  it.each`
    value                   | result
    ${0}                    | ${0}
    ${-2.5}                 | ${-2.5}
    ${1e6}                  | ${1e6}
  `('$value reads as $result', ({ value, result }) => {
    expect(readNumber(value, 'x')).toBe(result);
  });

  it.each`
    value                   | code         | message
    ${'12'}                 | ${'#VALUE!'} | ${'x: "12" is not a number'}
    ${'abc'}                | ${'#VALUE!'} | ${'x: "abc" is not a number'}
    ${true}                 | ${'#VALUE!'} | ${'x: TRUE is not a number'}
    ${null}                 | ${'#VALUE!'} | ${'x is blank'}
    ${''}                   | ${'#VALUE!'} | ${'x is blank'}
    ${undefined}            | ${'#VALUE!'} | ${'x is blank'}
    ${Infinity}             | ${'#NUM!'}   | ${'x: Infinity is not a finite number'}
    ${NaN}                  | ${'#NUM!'}   | ${'x: NaN is not a finite number'}
    ${errorValue('#N/A')}   | ${'#N/A'}    | ${'x holds the error #N/A'}
    ${{ code: '#DIV/0!' }}  | ${'#DIV/0!'} | ${'x holds the error #DIV/0!'}
    ${{ code: 'nope' }}     | ${'#VALUE!'} | ${'x: [object Object] is not a number'}
  `('$value is $code', ({ value, code, message }) => {
    expect(() => readNumber(value, 'x')).toThrow(new FunctionError(code, message));
    try {
      readNumber(value, 'x');
    } catch (error) {
      expect((error as FunctionError).code).toBe(code);
    }
  });
});

describe('reading a rate', () => {
  it.each`
    value        | rate
    ${0.15}      | ${0.15}
    ${'15%'}     | ${0.15}
    ${'7%'}      | ${0.07}
    ${'12.5%'}   | ${0.125}
    ${'0.1%'}    | ${0.001}
    ${' 20 % '}  | ${0.2}
    ${'100%'}    | ${1}
    ${'-5%'}     | ${-0.05}
  `('$value is $rate', ({ value, rate }) => {
    expect(readRate(value, 'discount')).toBe(rate);
  });

  it.each(['15', '15 percent', '%', 'abc%', ''])('"%s" is not a rate', (text) => {
    expect(percentText(text)).toBeUndefined();
  });
});

describe('the runner', () => {
  const ADD = defineCellwise({
    name: 'ADD',
    description: 'a + b.',
    args: [each.number('a'), each.number('b'), optional(each.number('c'), 0)],
    body: (a, b, c) => a + b + c,
  });
  const DOUBLE = defineCellwise({
    name: 'DOUBLE',
    description: '2 × quantity.',
    args: [each.quantity(), whole.decimals()],
    body: (quantity) => {
      if (quantity > 100) throw new PricingError('not-found', 'no band above 100', 'quantity');
      return 2 * quantity;
    },
  });
  const SUM = define({
    name: 'SUM',
    description: 'Σ.',
    args: [whole.range('values')],
    body: (values) => values.flat().reduce((a: number, v) => a + (typeof v === 'number' ? v : 0), 0),
  });

  it('lifts a cell function over a range and broadcasts single cells', () => {
    expect(ADD.call(column(1, 2, 3), [[10]])).toEqual([[11], [12], [13]]);
    expect(ADD.call([[1, 2]], [[10, 20]], [[100]])).toEqual([[111, 122]]);
    expect(ADD.call([[1, 2], [3, 4]], [[1, 1], [1, 1]])).toEqual([[2, 3], [4, 5]]);
  });

  it('takes plain values as single cells (calls from code)', () => {
    expect(ADD.call(1, 2)).toEqual([[3]]);
  });

  it('names the cell at fault by row, column, or both', () => {
    expect(grid(ADD.call([[1, 'x']], [[1]]))).toEqual([[2, { code: '#VALUE!', message: 'a column 2: "x" is not a number' }]]);
    expect(grid(ADD.call([[1, 2], [3, 'x']], [[1]]))).toEqual([
      [2, 3],
      [4, { code: '#VALUE!', message: 'a row 2, column 2: "x" is not a number' }],
    ]);
  });

  it('maps engine errors by kind and says which row', () => {
    expect(grid(DOUBLE.call(column(1, 101)))).toEqual([[2], [{ code: '#N/A', message: 'row 2: no band above 100' }]]);
    expect(formulaError(() => DOUBLE.call([[101]]))).toEqual({ code: '#N/A', message: 'no band above 100' });
  });

  it('a single bad cell fails the formula, so Excel shows its message', () => {
    expect(formulaError(() => ADD.call([['x']], [[1]]))).toEqual({ code: '#VALUE!', message: 'a: "x" is not a number' });
  });

  it('rejects ranges that do not line up, and empty or ragged ranges', () => {
    expect(formulaError(() => ADD.call(column(1, 2), [[1, 2]]))).toEqual({
      code: '#VALUE!',
      message: 'b is 1×2 but a is 2×1: give ranges of the same size, or a single cell',
    });
    expect(formulaError(() => ADD.call([], [[1]]))).toEqual({ code: '#VALUE!', message: 'a is empty: select at least one cell' });
    expect(formulaError(() => SUM.call([[1, 2], [3]]))).toEqual({
      code: '#VALUE!',
      message: 'values is not a rectangular range: every row needs the same number of cells',
    });
  });

  it('runs whole-range functions once', () => {
    expect(SUM.call([[1, 2], [3, null]])).toBe(6);
  });

  it('turns an unexpected failure into #VALUE!, never an exception Excel would wait on', () => {
    const BROKEN = define({ name: 'BROKEN', description: 'x.', args: [], body: (): number => { throw new TypeError('boom'); } });
    expect(formulaError(() => BROKEN.call())).toEqual({ code: '#VALUE!', message: 'unexpected error: boom' });
  });

  it('refuses per-cell arguments in a whole-range definition', () => {
    expect(() => define({ name: 'BAD', description: 'x.', args: [each.number('a')], body: (a: number) => a })).toThrow(/defineCellwise/);
  });
});
