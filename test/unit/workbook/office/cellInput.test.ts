/** Text a user typed reaches Excel as that text; formulas as formulas. */
import fc from 'fast-check';
import { cellFormatCode, cellInput, isPlainText, textInput } from '../../../../src/workbook/office/cellInput';
import { writeCell } from '../../../doubles/excel/cells';
import { renameSheetRefs } from '../../../../src/workbook/office/renameSheets';

const blank = { value: '', numberFormat: 'General' };

describe('text input', () => {
  it.each([
    ['Pro', 'Pro'],
    ['Team plan', 'Team plan'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+49 Pro', "'+49 Pro"],
    ['-5% promo', "'-5% promo"],
    ['@risk', "'@risk"],
    ['007', "'007"],
    ['1/2', "'1/2"],
    ['TRUE', "'TRUE"],
    ['Mar 5', "'Mar 5"],
    ['A1', "'A1"],
    [' leading blank', "' leading blank"],
    ["'quoted", "''quoted"],
  ])('%j is written as %j', (typed, written) => {
    expect(textInput(typed)).toBe(written);
  });

  it('any text, typed into a General cell, reads back as the same text and never a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const cell = writeCell(blank, cellInput({ kind: 'text', value: s }, 'General'));
        return cell.formula === undefined && cell.value === s;
      }),
      { numRuns: 2000 },
    );
    for (const s of ['=1', '+', '-', '@', '1e5', '.5', 'true', 'false', '12%']) expect(writeCell(blank, textInput(s))).toEqual({ value: s, numberFormat: 'General', quotePrefix: true });
  });

  it('text in a text-formatted (@) cell is escaped too: Office.js documents no rule for "=" there', () => {
    expect(cellInput({ kind: 'text', value: '=x' }, '@')).toBe("'=x");
    expect(writeCell({ value: '', numberFormat: '@' }, "'=x")).toEqual({ value: '=x', numberFormat: '@', quotePrefix: true });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const cell = writeCell({ value: '', numberFormat: '@' }, cellInput({ kind: 'text', value: s }, '@'));
        return cell.formula === undefined && cell.value === s;
      }),
      { numRuns: 1000 },
    );
  });

  it('a formula never gets the text format, which would keep it as text', () => {
    expect(cellFormatCode({ kind: 'formula', formula: "='Price book'!$A$1", result: 'x' }, '@')).toBe('General');
    expect(cellFormatCode({ kind: 'text', value: 'x' }, '@')).toBe('@');
    expect(isPlainText('Growth')).toBe(true);
  });
});

describe('renaming sheet references in formulas', () => {
  const renames = new Map([['Price book', 'Tiercraft build 2'], ["Bob's", 'Prices']]);
  it.each([
    ["='Price book'!$A$1", "='Tiercraft build 2'!$A$1"],
    ["=SUM('price BOOK'!C5:C9)*2", "=SUM('Tiercraft build 2'!C5:C9)*2"],
    ['="\'Price book\'!A1"&\'Price book\'!A1', '="\'Price book\'!A1"&\'Tiercraft build 2\'!A1'],
    ["='Bob''s'!B2", "='Prices'!B2"],
    ["='Price book (2)'!A1", "='Price book (2)'!A1"],
    ["=VLOOKUP(A5,'Price book'!$A$5:$C$9,3,FALSE)", "=VLOOKUP(A5,'Tiercraft build 2'!$A$5:$C$9,3,FALSE)"],
  ])('%s becomes %s', (formula, expected) => {
    expect(renameSheetRefs(formula, renames)).toBe(expected);
  });
});
