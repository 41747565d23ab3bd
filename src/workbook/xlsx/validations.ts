/**
 * A sheet's drop-down lists as the <dataValidations> element of the streaming writer: one
 * <dataValidation> per ValidationSpec, over its range (sqref), with the attributes and escaping exceljs 4.4
 * writes (`DataValidationsXform.render`). exceljs takes a validation cell by cell and squeezes alike cells
 * back into ranges when the sheet is committed: for a 10,000-product price book, 20,000 cells added,
 * sorted as text and compared one by one, and ranges written twice over (N10:N10004 and N5:N10004).
 */
import type { DataValidation } from 'exceljs';
import { rangeA1 } from '../a1';
import type { RangeSpec, ValidationSpec } from '../spec';
import { xmlText } from './rowXml';

/** Whether two ranges share a cell. */
function overlap(a: RangeSpec, b: RangeSpec): boolean {
  return a.at.row < b.at.row + b.rows && b.at.row < a.at.row + a.rows && a.at.col < b.at.col + b.cols && b.at.col < a.at.col + a.cols;
}

/** The first formula of a list validation: an absolute range without its '=', or the quoted, comma-separated values. */
export const listFormula = (v: ValidationSpec): string => (v.source.kind === 'range' ? v.source.formula.replace(/^=/, '') : `"${v.source.values.join(',')}"`);

/** The list validation as exceljs takes it, for a cell (an updated workbook, or lists that share a cell). */
export const listRule = (v: ValidationSpec): DataValidation => ({
  type: 'list',
  allowBlank: v.allowBlank,
  formulae: [listFormula(v)],
  showErrorMessage: true,
  errorStyle: 'stop',
  error: v.error,
});

/**
 * The element for `validations`, '' for none; null when two of them share a cell (the later one then
 * holds it, which only a cell-by-cell list says).
 */
export function dataValidationsXml(validations: readonly ValidationSpec[]): string | null {
  if (validations.length === 0) return '';
  for (let i = 0; i < validations.length; i += 1) {
    for (let j = i + 1; j < validations.length; j += 1) if (overlap((validations[i] as ValidationSpec).range, (validations[j] as ValidationSpec).range)) return null;
  }
  const items = validations.map((v) => {
    const blank = v.allowBlank ? ' allowBlank="1"' : '';
    const error = v.error === '' ? '' : ` error="${xmlText(v.error)}"`;
    return `<dataValidation type="list"${blank} showErrorMessage="1" errorStyle="stop"${error} sqref="${rangeA1(v.range)}"><formula1>${xmlText(listFormula(v))}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}
