/** Formulas as the .xlsx file stores them: functions newer than Excel 2007 carry the _xlfn. prefix, nothing else changes. */
import { fileFormula, toExcelValue } from '../../../../src/workbook/xlsx/cellValue';

describe('fileFormula', () => {
  it.each([
    ['=MINIFS(A1:A9,B1:B9,"x")', '_xlfn.MINIFS(A1:A9,B1:B9,"x")'],
    ['=IF(C1=0,"",MAXIFS(A:A,B:B,C1))', 'IF(C1=0,"",_xlfn.MAXIFS(A:A,B:B,C1))'],
    ["=HYPERLINK(\"#\"&MID(FORMULATEXT('Tiercraft model'!$C$6),2,255),\"Price book\")", "HYPERLINK(\"#\"&MID(_xlfn.FORMULATEXT('Tiercraft model'!$C$6),2,255),\"Price book\")"],
    // Text and sheet names that merely contain a function's name are left alone.
    ['=HYPERLINK("#A1","MINIFS(x)")', 'HYPERLINK("#A1","MINIFS(x)")'],
    ["=SUM('MAXIFS(2026'!A1)", "SUM('MAXIFS(2026'!A1)"],
    ['=COUNTIF(A1:A9,"Breach")', 'COUNTIF(A1:A9,"Breach")'],
    ['=_xlfn.MINIFS(A1:A2,B1:B2,1)', '_xlfn.MINIFS(A1:A2,B1:B2,1)'],
  ])('%s is stored as %s', (formula, stored) => {
    expect(fileFormula(formula)).toBe(stored);
  });

  it('is what a formula cell is written with, its cached result kept', () => {
    expect(toExcelValue({ kind: 'formula', formula: '=MINIFS(A1:A2,B1:B2,1)', result: 30 })).toEqual({ formula: '_xlfn.MINIFS(A1:A2,B1:B2,1)', result: 30 });
  });
});
