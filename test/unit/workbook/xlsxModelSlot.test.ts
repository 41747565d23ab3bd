/** The .xlsx reader follows the model sheet's slot pointer, as the Office.js one does. */
import ExcelJS from 'exceljs';
import { readRegistry } from '../../../src/workbook/xlsx/readXlsx';
import { MODEL_SHEET_MARKER } from '../../../src/workbook/registry';

/** A model sheet with `{"slot":1}` in G5, `{"slot":2}` in H5, and `pointer` in H3. */
function workbook(pointer: number | string | null): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tiercraft model');
  ws.getCell('A1').value = MODEL_SHEET_MARKER;
  ws.getCell('G5').value = '{"slot":1}';
  ws.getCell('H5').value = '{"slot":2}';
  if (pointer !== null) ws.getCell('H3').value = pointer;
  return wb;
}

describe('the model JSON read from an .xlsx file', () => {
  it.each([
    [1, '{"slot":1}'],
    [2, '{"slot":2}'],
    [null, '{"slot":1}'],
    ['unexpected', '{"slot":1}'],
  ])('with the pointer %j comes from %s', (pointer, json) => {
    expect(readRegistry(workbook(pointer)).modelJson).toBe(json);
  });
});
