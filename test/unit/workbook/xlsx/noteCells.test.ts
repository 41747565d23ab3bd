/** Cells for notes on empty cells, so that exceljs attaches them on load. */
import { noteRefs, withNoteCells, withPlainStyle } from '../../../../src/workbook/xlsx/noteCells';

const sheet = (rows: string): string => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;

describe('withNoteCells', () => {
  it.each([
    ['adds the cell to its row, in column order', '<row r="2"><c r="A2"><v>1</v></c><c r="F2"><v>2</v></c></row>', ['C2'], '<row r="2"><c r="A2"><v>1</v></c><c r="C2" s="7"/><c r="F2"><v>2</v></c></row>'],
    ['opens a self-closed row', '<row r="9" spans="4:4"/>', ['D9'], '<row r="9" spans="4:4"><c r="D9" s="7"/></row>'],
    ['adds a row in row order', '<row r="2"><c r="A2"><v>1</v></c></row><row r="12"><c r="A12"><v>1</v></c></row>', ['B9'], '<row r="2"><c r="A2"><v>1</v></c></row><row r="9"><c r="B9" s="7"/></row><row r="12"><c r="A12"><v>1</v></c></row>'],
    ['adds a last row', '<row r="2"><c r="A2"><v>1</v></c></row>', ['A30'], '<row r="2"><c r="A2"><v>1</v></c></row><row r="30"><c r="A30" s="7"/></row>'],
    ['styles an empty cell element (as openpyxl writes it)', '<row r="9"><c r="D9" t="n"></c></row>', ['D9'], '<row r="9"><c r="D9" s="7"/></row>'],
    ['leaves a cell with a value alone', '<row r="9"><c r="D9"><v>3</v></c></row>', ['D9'], '<row r="9"><c r="D9"><v>3</v></c></row>'],
    ['leaves a styled cell alone', '<row r="9"><c r="D9" s="2"/></row>', ['D9'], '<row r="9"><c r="D9" s="2"/></row>'],
  ])('%s', (_, rows, refs, expected) => {
    expect(withNoteCells(sheet(rows), refs, 7)).toBe(sheet(expected));
  });

  it('fills an empty sheet', () => {
    expect(withNoteCells('<worksheet><sheetData/></worksheet>', ['B3'], 1)).toBe('<worksheet><sheetData><row r="3"><c r="B3" s="1"/></row></sheetData></worksheet>');
  });

  it('reads the notes of a comments part, and adds a cell format of the default look', () => {
    expect(noteRefs('<comments><commentList><comment ref="D9" authorId="0"><text/></comment><comment ref="AA10" authorId="0"/></commentList></comments>')).toEqual(['D9', 'AA10']);
    const styled = withPlainStyle('<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs></styleSheet>');
    expect(styled).toEqual({ index: 2, xml: '<styleSheet><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>' });
  });
});
