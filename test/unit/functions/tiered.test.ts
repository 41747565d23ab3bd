/**
 * PRICING.TIERED(quantity, ladder, [mode], [decimals]): the total price of a quantity on a ladder.
 *
 * The ladder of most examples, as a pricing manager types it:
 *   Up to | Unit price
 *      10 |       5.00   units 1–10 at 5.00
 *      50 |       4.00   units 11–50 at 4.00
 *  (blank)|       3.00   units above 50 at 3.00
 */
import { PriceMode as PriceModeChoices, type PriceMode } from '../../../src/functions/functions';
import fc from 'fast-check';
import { TIERED } from '../../../src/functions/functions';
import { column, errorValue, formulaError, grid, one, only, asMode } from './excel';

const LADDER = [
  ['Up to', 'Unit price'],
  [10, 5],
  [50, 4],
  [null, 3],
];
const tiered = (quantity: unknown, ladder: unknown[][] = LADDER, mode?: unknown, decimals?: unknown): unknown =>
  only(TIERED(one(quantity), ladder, asMode<PriceMode>(mode), decimals));

describe('PRICING.TIERED prices a quantity on, just below and just above each bound', () => {
  it.each`
    quantity | graduated | volume  | why
    ${0}     | ${0}      | ${0}    | ${'nothing bought'}
    ${1}     | ${5}      | ${5}    | ${'first unit'}
    ${9}     | ${45}     | ${45}   | ${'9 × 5'}
    ${10}    | ${50}     | ${50}   | ${'Up to is inclusive: 10 × 5'}
    ${11}    | ${54}     | ${44}   | ${'graduated 50 + 1 × 4; volume 11 × 4'}
    ${49}    | ${206}    | ${196}  | ${'50 + 39 × 4; 49 × 4'}
    ${50}    | ${210}    | ${200}  | ${'50 + 40 × 4; 50 × 4'}
    ${51}    | ${213}    | ${153}  | ${'210 + 1 × 3; 51 × 3'}
    ${1000}  | ${3060}   | ${3000} | ${'210 + 950 × 3; 1000 × 3'}
    ${10.5}  | ${52}     | ${42}   | ${'a fractional quantity: 50 + 0.5 × 4; 10.5 × 4'}
  `('$quantity units: graduated $graduated, volume $volume ($why)', ({ quantity, graduated, volume }) => {
    expect(tiered(quantity)).toBe(graduated);
    expect(tiered(quantity, LADDER, 'graduated')).toBe(graduated);
    expect(tiered(quantity, LADDER, 'volume')).toBe(volume);
    expect(tiered(quantity, LADDER, 'VOLUME')).toBe(volume);
  });
});

describe('a 3-column ladder adds each band’s flat fee', () => {
  // Up to 100 at 2.00 plus a 50.00 setup fee; above 100 at 1.50, no fee.
  const withFees = [
    ['Up to', 'Unit price', 'Flat fee'],
    [100, 2, 50],
    [null, 1.5, null],
  ];
  it.each`
    quantity | mode           | total  | why
    ${40}    | ${'graduated'} | ${130} | ${'40 × 2 + 50'}
    ${100}   | ${'graduated'} | ${250} | ${'100 × 2 + 50'}
    ${150}   | ${'graduated'} | ${325} | ${'100 × 2 + 50 + 50 × 1.5'}
    ${100}   | ${'volume'}    | ${250} | ${'100 × 2 + 50'}
    ${150}   | ${'volume'}    | ${225} | ${'150 × 1.5, the band reached has no fee'}
  `('$quantity units, $mode: $total ($why)', ({ quantity, mode, total }) => {
    expect(tiered(quantity, withFees, mode)).toBe(total);
  });
});

describe('stairstep: the band reached gives one price for the whole quantity', () => {
  const steps = [
    ['Up to', 'Price'],
    [10, 99],
    [50, 399],
    [null, 999],
  ];
  it.each`
    quantity | total
    ${1}     | ${99}
    ${10}    | ${99}
    ${11}    | ${399}
    ${50}    | ${399}
    ${51}    | ${999}
  `('$quantity users: $total', ({ quantity, total }) => {
    expect(tiered(quantity, steps, 'stairstep')).toBe(total);
  });
});

describe('money is exact and rounded once, half away from zero like ROUND', () => {
  it.each`
    ladder                      | quantity | decimals     | total     | why
    ${[[null, 0.1]]}            | ${3}     | ${undefined} | ${0.3}    | ${'3 × 0.10 is 0.30, not 0.30000000000000004'}
    ${[[null, 1.005]]}          | ${1}     | ${undefined} | ${1.01}   | ${'1.005 rounds up (a double would give 1.00)'}
    ${[[null, 0.333]]}          | ${10}    | ${undefined} | ${3.33}   | ${'3.33'}
    ${[[null, 0.333]]}          | ${10}    | ${3}         | ${3.33}   | ${'3.330 to 3 decimals'}
    ${[[null, 0.3333]]}         | ${10}    | ${3}         | ${3.333}  | ${'3.333 to 3 decimals'}
    ${[[null, 2.5]]}            | ${1}     | ${0}         | ${3}      | ${'2.5 to whole units: 3'}
    ${[[10, 0.125], [null, 1]]} | ${2}     | ${2}         | ${0.25}   | ${'exact 0.25'}
    ${[[10, 0.125], [null, 1]]} | ${1}     | ${2}         | ${0.13}   | ${'0.125 rounds away from zero'}
  `('$quantity units → $total ($why)', ({ ladder, quantity, decimals, total }) => {
    expect(tiered(quantity, ladder, null, decimals)).toBe(total);
  });
});

describe('ranges as users select them', () => {
  it('reads the ladder without a header row', () => {
    expect(tiered(60, LADDER.slice(1))).toBe(240);
  });
  it('ignores blank rows below the ladder (a range selected larger than the table)', () => {
    expect(tiered(60, [...LADDER, [null, null], ['', '']])).toBe(240);
  });
  it('takes blanks as "" as well as null', () => {
    expect(tiered(60, [['Up to', 'Unit price'], [10, 5], [50, 4], ['', 3]])).toBe(240);
  });
  it('treats omitted optional arguments (null or undefined) as their defaults', () => {
    expect(only(TIERED(one(60), LADDER, asMode<PriceMode>(null), null))).toBe(240);
    expect(only(TIERED(one(60), LADDER))).toBe(240);
  });
  it('gives a blank for a blank quantity cell (spare rows of a quote stay empty)', () => {
    expect(tiered(null)).toBe('');
    expect(tiered('')).toBe('');
  });
});

describe('a column of quantities spills a column of prices, one error per bad cell', () => {
  it('prices each row and marks only the bad cells', () => {
    const result = TIERED(column(5, 60, 'abc', null, -1, true, errorValue('#N/A')), LADDER);
    expect(grid(result)).toEqual([
      [25],
      [240],
      [{ code: '#VALUE!', message: 'quantity row 3: "abc" is not a number' }],
      [''],
      [{ code: '#NUM!', message: 'row 5: quantity (-1) must not be negative' }],
      [{ code: '#VALUE!', message: 'quantity row 6: TRUE is not a number' }],
      [{ code: '#N/A', message: 'quantity row 7 holds the error #N/A' }],
    ]);
  });
  it('spills a row of quantities as a row', () => {
    expect(TIERED([[10, 11, 51]], LADDER)).toEqual([[50, 54, 213]]);
  });
  it('a broken ladder fails the whole formula, not each row', () => {
    expect(formulaError(() => TIERED(column(5, 60), [[10, 5], [5, 4]]))).toEqual({
      code: '#NUM!',
      message: "ladder row 2, Up to (5) must be greater than ladder row 1's Up to (10): sort the bands by Up to",
    });
  });
});

describe('bad input gives the right Excel error and says what to fix', () => {
  it.each`
    quantity           | ladder                                             | mode         | decimals | code       | message
    ${'abc'}           | ${LADDER}                                          | ${undefined} | ${null}  | ${'#VALUE!'} | ${'quantity: "abc" is not a number'}
    ${'5'}             | ${LADDER}                                          | ${undefined} | ${null}  | ${'#VALUE!'} | ${'quantity: "5" is not a number'}
    ${false}           | ${LADDER}                                          | ${undefined} | ${null}  | ${'#VALUE!'} | ${'quantity: FALSE is not a number'}
    ${errorValue('#DIV/0!')} | ${LADDER}                                    | ${undefined} | ${null}  | ${'#DIV/0!'} | ${'quantity holds the error #DIV/0!'}
    ${-3}              | ${LADDER}                                          | ${undefined} | ${null}  | ${'#NUM!'}   | ${'quantity (-3) must not be negative'}
    ${101}             | ${[[100, 2]]}                                      | ${undefined} | ${null}  | ${'#N/A'}    | ${"quantity 101 is above the last band's Up to (100)"}
    ${5}               | ${LADDER}                                          | ${'tiered'}  | ${null}  | ${'#VALUE!'} | ${'mode: "tiered" is not one of graduated, volume, stairstep'}
    ${5}               | ${LADDER}                                          | ${3}         | ${null}  | ${'#VALUE!'} | ${'mode: 3 is not one of graduated, volume, stairstep'}
    ${5}               | ${LADDER}                                          | ${undefined} | ${7}     | ${'#NUM!'}   | ${'decimals: 7 must be a whole number from 0 to 6 (2 for cents)'}
    ${5}               | ${LADDER}                                          | ${undefined} | ${1.5}   | ${'#NUM!'}   | ${'decimals: 1.5 must be a whole number from 0 to 6 (2 for cents)'}
    ${5}               | ${LADDER}                                          | ${undefined} | ${'two'} | ${'#VALUE!'} | ${'decimals: "two" is not a number'}
    ${5}               | ${[[10], [20]]}                                    | ${undefined} | ${null}  | ${'#VALUE!'} | ${'ladder has 1 column; it needs 2 or 3: Up to, Unit price and optionally Flat fee'}
    ${5}               | ${[[10, 1, 0, 9]]}                                 | ${undefined} | ${null}  | ${'#VALUE!'} | ${'ladder has 4 columns; it needs 2 or 3: Up to, Unit price and optionally Flat fee'}
    ${5}               | ${[['Up to', 'Unit price']]}                       | ${undefined} | ${null}  | ${'#VALUE!'} | ${'ladder has no bands: below the header, add rows of Up to and a price'}
    ${5}               | ${[['Up to', 'Unit price'], [10, 5], [null, null], [null, 3]]} | ${undefined} | ${null} | ${'#VALUE!'} | ${'ladder row 3 is blank: remove it, or fill in Up to and a price (only trailing rows may be blank)'}
    ${5}               | ${[['Up to', 'Unit price'], [10, 5], ['abc', 4]]}  | ${undefined} | ${null}  | ${'#VALUE!'} | ${'ladder row 3, Up to must be a number, got "abc"'}
    ${5}               | ${[['Up to', 'Unit price'], [10, 'five']]}         | ${undefined} | ${null}  | ${'#VALUE!'} | ${'ladder row 2, Unit price must be a number, got "five"'}
    ${5}               | ${[['Up to', 'Unit price'], [10, null], [null, 4]]} | ${undefined} | ${null} | ${'#VALUE!'} | ${'ladder row 2, Unit price is blank'}
    ${5}               | ${[[10, -5], [null, 4]]}                           | ${undefined} | ${null}  | ${'#NUM!'}   | ${'ladder row 1, Unit price (-5) must not be negative'}
    ${5}               | ${[[10, 5, -1], [null, 4, 0]]}                     | ${undefined} | ${null}  | ${'#NUM!'}   | ${'ladder row 1, Flat fee (-1) must not be negative'}
    ${5}               | ${[['Up to', 'Unit price'], [10, 5], [10, 4]]}     | ${undefined} | ${null}  | ${'#NUM!'}   | ${"ladder row 3, Up to (10) repeats ladder row 2's Up to: each band must end above the one before"}
    ${5}               | ${[[0, 5], [null, 4]]}                             | ${undefined} | ${null}  | ${'#NUM!'}   | ${'ladder row 1, Up to (0) must be greater than 0'}
    ${5}               | ${[[null, 5], [10, 4]]}                            | ${undefined} | ${null}  | ${'#NUM!'}   | ${'ladder row 2, Up to (10) comes after ladder row 1, which has no limit: only the last band may have a blank Up to'}
    ${5}               | ${[[10, errorValue('#REF!')]]}                     | ${undefined} | ${null}  | ${'#REF!'}   | ${'ladder row 1, Unit price holds the error #REF!'}
    ${5}               | ${errorValue('#REF!')}                             | ${undefined} | ${null}  | ${'#REF!'}   | ${'ladder holds the error #REF!'}
    ${5}               | ${[[errorValue('#NAME?')]]}                        | ${undefined} | ${null}  | ${'#NAME?'}  | ${'ladder holds the error #NAME?'}
  `('$code $message', ({ quantity, ladder, mode, decimals, code, message }) => {
    expect(formulaError(() => TIERED(one(quantity), ladder, mode, decimals))).toEqual({ code, message });
  });
});

describe('properties', () => {
  const bandsArb = fc
    .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 })
    .chain((bounds) =>
      fc.tuple(fc.constant([...bounds].sort((a, b) => a - b)), fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: bounds.length + 1, maxLength: bounds.length + 1 })),
    )
    .map(([bounds, cents]) => [...bounds.map((b, i) => [b, cents[i]! / 100]), [null, cents[bounds.length]! / 100]]);

  it('a graduated total never falls as the quantity grows', () => {
    fc.assert(
      fc.property(bandsArb, fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 100 }), (ladder, q, extra) => {
        expect(tiered(q + extra, ladder) as number).toBeGreaterThanOrEqual(tiered(q, ladder) as number);
      }),
    );
  });

  it('volume and graduated agree on a one-band ladder', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 10_000 }), (cents, q) => {
        const ladder = [[null, cents / 100]];
        expect(tiered(q, ladder, 'volume')).toBe(tiered(q, ladder, 'graduated'));
      }),
    );
  });

  it('a column gives the same prices as the cells one by one', () => {
    fc.assert(
      fc.property(bandsArb, fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 20 }), (ladder, quantities) => {
        expect(TIERED(column(...quantities), ladder)).toEqual(quantities.map((q) => [tiered(q, ladder)]));
      }),
    );
  });

  it('a header row changes nothing', () => {
    fc.assert(
      fc.property(bandsArb, fc.integer({ min: 0, max: 20_000 }), (ladder, q) => {
        expect(tiered(q, [['Up to', 'Unit price'], ...ladder])).toBe(tiered(q, ladder));
      }),
    );
  });
});

describe('the modes Excel’s AutoComplete offers for TIERED', () => {
  it.each(Object.values(PriceModeChoices))('are all accepted: %s', (mode) => {
    expect(typeof tiered(60, LADDER, mode)).toBe('number');
  });
});
