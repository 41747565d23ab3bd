/**
 * The edges of the PRICING functions as a user meets them: a ladder range whose first row looks like
 * a header but holds numbers, a ladder with two open-ended rows, and inputs so large that the result
 * no longer fits in a number. Each gives the Excel error that says so, never a figure.
 */
import type { DiscountMode, PriceMode } from '../../../src/functions/functions';
import fc from 'fast-check';
import { ALLOCATE, BUNDLE, LADDERDISCOUNT, MARGIN, MARKUP, PACKS, PRICEENDING, TIERED, UNITPRICE, WATERFALL } from '../../../src/functions/functions';
import { formulaError, grid, one, only, shown, asMode } from './excel';

const TOO_LARGE = (value: string): { code: string; message: string } => ({
  code: '#NUM!',
  message: `the result (${value}) is beyond the numbers Excel holds (up to about 1.8E+308): use smaller inputs`,
});

describe('a first ladder row is a header only when it holds titles', () => {
  it.each`
    ladder                                               | total  | why
    ${[['Up to', 'Unit price'], [10, 5], [50, 4], ['', 3]]} | ${240} | ${'titles: skipped'}
    ${[['Band', ''], [10, 5], [50, 4], ['', 3]]}         | ${240} | ${'one title and a blank: skipped'}
    ${[[10, 5], [50, 4], ['', 3]]}                       | ${240} | ${'no header: the first row is a band'}
  `('TIERED(60, ladder) = $total ($why)', ({ ladder, total }) => {
    expect(only(TIERED(one(60), ladder))).toBe(total);
  });

  it.each`
    ladder                                   | message
    ${[['10', '5'], [50, 4], ['', 3]]}       | ${'ladder row 1, Up to must be a number, got "10"'}
    ${[['10', 5], [50, 4], ['', 3]]}         | ${'ladder row 1, Up to must be a number, got "10"'}
    ${[[' 2.5 ', '5'], [50, 4], ['', 3]]}    | ${'ladder row 1, Up to must be a number, got " 2.5 "'}
    ${[['1e3', 'Unit price'], [2000, 4]]}    | ${'ladder row 1, Up to must be a number, got "1e3"'}
  `('numbers stored as text are a band, not a header: #VALUE! "$message"', ({ ladder, message }) => {
    expect(formulaError(() => TIERED(one(60), ladder))).toEqual({ code: '#VALUE!', message });
  });

  it('TIERED(60, {"10","5"; 50,4; "",3}) is #VALUE!, not 230 (the bands below the text read as if it were a header)', () => {
    expect(formulaError(() => TIERED(one(60), [['10', '5'], [50, 4], ['', 3]])).code).toBe('#VALUE!');
  });

  it('a discount ladder whose first row is "10", "15%" is a band with text in Up to', () => {
    expect(formulaError(() => LADDERDISCOUNT(one(100), one(60), [['10', '15%'], ['', '20%']]))).toEqual({
      code: '#VALUE!',
      message: 'ladder row 1, Up to must be a number, got "10"',
    });
  });
});

describe('only ladder ranges may carry a header row', () => {
  it('BUNDLE with a header above the list prices is #VALUE!', () => {
    expect(formulaError(() => BUNDLE([['List price'], [120], [45]], [['Quantity'], [1], [2]]))).toEqual({
      code: '#VALUE!',
      message: 'quantities row 1: "Quantity" is not a number',
    });
  });

  it('ALLOCATE with a header above the weights is #VALUE!', () => {
    expect(formulaError(() => ALLOCATE(100, [['Weight'], [1], [1]]))).toEqual({ code: '#VALUE!', message: 'weights row 1: "Weight" is not a number' });
  });
});

describe('only the last ladder row may leave Up to blank', () => {
  it.each`
    ladder                                                        | message
    ${[[10, 5], ['', 4], ['', 3]]}                                | ${'ladder row 3, Up to is blank after ladder row 2, which has no limit: only the last band may have a blank Up to'}
    ${[['Up to', 'Unit price'], [10, 5], [null, 4], [null, 3]]}   | ${'ladder row 4, Up to is blank after ladder row 3, which has no limit: only the last band may have a blank Up to'}
  `('TIERED #NUM! "$message"', ({ ladder, message }) => {
    expect(formulaError(() => TIERED(one(60), ladder))).toEqual({ code: '#NUM!', message });
  });

  it('a discount ladder with two blank Up to rows is refused alike', () => {
    expect(formulaError(() => LADDERDISCOUNT(one(100), one(60), [[10, 0], [null, 0.1], [null, 0.2]]))).toEqual({
      code: '#NUM!',
      message: 'ladder row 3, Up to is blank after ladder row 2, which has no limit: only the last band may have a blank Up to',
    });
  });
});

describe('a result beyond the largest number is #NUM!, never ±∞', () => {
  it.each`
    formula                                                        | call                                                                                | value
    ${'TIERED(1E+308, {10,5; "",3})'}                              | ${() => TIERED(one(1e308), [[10, 5], ['', 3]])}                                     | ${'Infinity'}
    ${'TIERED(20, {10,5; "",1E+308})'}                             | ${() => TIERED(one(20), [[10, 5], ['', 1e308]])}                                    | ${'Infinity'}
    ${'LADDERDISCOUNT(1E+308, 1E+308, {10,10%; "",20%})'}          | ${() => LADDERDISCOUNT(one(1e308), one(1e308), [[10, 0.1], ['', 0.2]])}             | ${'Infinity'}
    ${'MARKUP(1E+308, 1E-308)'}                                    | ${() => MARKUP(one(1e308), one(1e-308))}                                            | ${'Infinity'}
  `('$formula', ({ call, value }) => {
    expect(formulaError(call)).toEqual(TOO_LARGE(value));
  });

  it('PACKS(1E+308, 1E-308, 1) needs more packs than a number holds: #NUM!', () => {
    expect(formulaError(() => PACKS(one(1e308), one(1e-308), one(1)))).toEqual({
      code: '#NUM!',
      message: '1e+308 units in packs of 1e-308 need more packs than a number can hold',
    });
  });

  it('BUNDLE of two components at 1E+308 each is #NUM!', () => {
    expect(formulaError(() => BUNDLE([[1e308], [1e308]], [[1], [1]]))).toEqual(TOO_LARGE('Infinity'));
  });

  it('in a column, only the row that overflows shows #NUM!', () => {
    expect(grid(TIERED([[60], [1e308]], [[10, 5], [50, 4], ['', 3]]))).toEqual([[240], [TOO_LARGE('Infinity')]]);
  });
});

describe('property: every number any function returns is finite, however extreme the inputs', () => {
  const extreme = fc.oneof(
    fc.double({ min: -1.7976931348623157e308, max: 1.7976931348623157e308, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, 1e-308, 5e-324, 1e308, -1e308, 1.7976931348623157e308, 9007199254740993, 0.1),
  );
  const positive = extreme.map(Math.abs);
  const rate = fc.double({ min: 0, max: 1, noNaN: true });

  /** Every cell a result shows: a number must be finite; anything else is an error value or text. */
  const expectFinite = (call: () => unknown): void => {
    let result: unknown;
    try {
      result = call();
    } catch (error) {
      expect(error).toBeInstanceOf(CustomFunctions.Error);
      return;
    }
    const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
    for (const cell of cells.map(shown)) if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
  };

  it('TIERED, UNITPRICE and LADDERDISCOUNT over extreme quantities, prices and bounds', () => {
    fc.assert(
      fc.property(positive, positive, positive, positive, rate, fc.constantFrom('graduated', 'volume', 'stairstep'), (quantity, bound, price, fee, discount, mode) => {
        const ladder = [[bound, price, fee], ['', price, fee]];
        expectFinite(() => TIERED(one(quantity), ladder, asMode<PriceMode>(mode)));
        expectFinite(() => UNITPRICE(one(quantity), ladder, asMode<PriceMode>(mode)));
        expectFinite(() => LADDERDISCOUNT(one(price), one(quantity), [[bound, discount], ['', discount]], asMode<DiscountMode>(mode === 'stairstep' ? 'volume' : mode)));
      }),
    );
  });

  it('PACKS, BUNDLE, MARGIN, MARKUP, PRICEENDING and WATERFALL over extreme numbers', () => {
    fc.assert(
      fc.property(extreme, extreme, extreme, rate, (a, b, c, r) => {
        expectFinite(() => PACKS(one(Math.abs(a)), one(Math.abs(b)), one(Math.abs(c))));
        expectFinite(() => BUNDLE([[a], [b]], [[c], [1]], r));
        expectFinite(() => MARGIN(one(a), one(b)));
        expectFinite(() => MARKUP(one(a), one(b)));
        expectFinite(() => PRICEENDING(one(a), one(r === 1 ? 0 : r), one(Math.abs(c))));
        expectFinite(() => WATERFALL(a, r, r / 2, r / 4));
      }),
    );
  });
});
