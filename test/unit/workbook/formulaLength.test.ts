/**
 * Every formula fits Excel's limit of 8,192 characters of formula contents ("Excel specifications and
 * limits", https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3):
 * a longer one is refused when the add-in writes it. Checked over generated models of every shape, both
 * rounding modes and price endings, and the worked examples of price shapes.
 */
import fc from 'fast-check';
import { loadModel } from '../../../src/engine/model/loadModel';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { modelArbitrary } from '../../support/modelArbitrary';
import { shapeExamplesModel } from '../../support/shapeExamples';
import { shapesModel } from '../../support/shapeModels';

const EXCEL_FORMULA_LIMIT = 8192;

it('keeps every formula of generated and example models within 8,192 characters', () => {
  const inputs = [...fc.sample(modelArbitrary, { seed: 20261130, numRuns: 30 }), shapeExamplesModel(), shapesModel()];
  let longest = { length: 0, where: '' };
  for (const input of inputs) {
    const r = loadModel(input);
    if (!r.ok) continue;
    for (const s of describeWorkbook(r.model).sheets) {
      for (const t of s.tables) {
        t.rows.forEach((row) =>
          row.forEach((c, k) => {
            if (c.kind === 'formula' && c.formula.length > longest.length) longest = { length: c.formula.length, where: `${t.name} ${t.columns[k]?.header ?? ''}` };
          }),
        );
      }
    }
  }
  expect(longest.length).toBeGreaterThan(1000);
  expect(longest.length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
});
