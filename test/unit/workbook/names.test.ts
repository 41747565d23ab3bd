import fc from 'fast-check';
import { a1, columnIndex, columnLetters, parseA1, rangeA1, sheetRef } from '../../../src/workbook/a1';
import { moneyFormat, numberFormat } from '../../../src/workbook/formats';
import { freeSheetName, legalSheetName, legalTableName, MAX_SHEET_NAME, sheetNameProblem, uniqueSheetNames, uniqueTableName } from '../../../src/workbook/names';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnIndex(letters)).toBe(col);
  });

  it('round-trips every column and row', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 1_048_575 }), (col, row) => {
      expect(parseA1(a1({ row, col }, true))).toEqual({ row, col });
    }));
  });

  it('writes ranges and quotes sheet names', () => {
    expect(rangeA1({ at: { row: 4, col: 1 }, rows: 3, cols: 2 }, true)).toBe('$B$5:$C$7');
    expect(rangeA1({ at: { row: 0, col: 0 }, rows: 1, cols: 1 })).toBe('A1');
    expect(sheetRef("Bob's prices")).toBe("'Bob''s prices'");
  });
});

describe('sheet names', () => {
  it.each([
    ['Price book', 'Price book'],
    ['Prices [2026]: EU/US?', 'Prices -2026-- EU-US-'],
    ["'quoted'", 'quoted'],
    ['A very long sheet name that goes on and on', 'A very long sheet name that goe'],
    ['   ', 'Sheet'],
    ['History', 'Sheet'],
  ])('%j becomes %j', (wanted, legal) => {
    expect(legalSheetName(wanted)).toBe(legal);
    expect(sheetNameProblem(legal)).toBeNull();
  });

  it.each([
    ['', 'a sheet name must not be blank'],
    ['a/b', "a sheet name must not contain '/' ('a/b')"],
    ['history', "'history' is reserved by Excel"],
    ['x'.repeat(32), `a sheet name must be at most 31 characters ('${'x'.repeat(32)}' has 32)`],
  ])('%j is refused: %s', (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });

  it('picks a free name, case-insensitively, within 31 characters', () => {
    expect(freeSheetName('Quote', ['quote', 'QUOTE (2)'])).toBe('Quote (3)');
    expect(freeSheetName('x'.repeat(31), ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('any list of wanted names becomes legal and unique', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 12 }), (wanted) => {
      const names = uniqueSheetNames(wanted);
      expect(names).toHaveLength(wanted.length);
      for (const n of names) {
        expect(sheetNameProblem(n)).toBeNull();
        expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      }
      expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    }));
  });
});

describe('table names', () => {
  it.each([
    ['Price book', 'Price_book'],
    ['2026 prices', 'T_2026_prices'],
    ['A1', 'T_A1'],
    ['R1C1', 'T_R1C1'],
    ['C', 'T_C'],
    ['Prices', 'Prices'],
  ])('%j becomes %j', (wanted, legal) => {
    expect(legalTableName(wanted)).toBe(legal);
  });

  it('adds a suffix on a clash', () => {
    expect(uniqueTableName('Prices', ['prices', 'Prices_2'])).toBe('Prices_3');
  });
});

describe('number formats', () => {
  it.each([
    ['money', 'USD', 2, '"$"#,##0.00;-"$"#,##0.00'],
    ['money', 'JPY', 0, '"¥"#,##0;-"¥"#,##0'],
    ['money', 'CHF', 2, '#,##0.00 "CHF";-#,##0.00 "CHF"'],
    ['percent', 'USD', 2, '0.0%'],
    ['integer', 'USD', 2, '#,##0'],
    ['text', 'USD', 2, '@'],
  ] as const)('%s in %s with %i decimals is %s', (format, currency, minor, expected) => {
    expect(numberFormat(format, currency, minor)).toBe(expected);
  });

  it('uses three decimals for a three-decimal currency', () => {
    expect(moneyFormat('KWD', 3)).toBe('#,##0.000 "KWD";-#,##0.000 "KWD"');
  });
});
