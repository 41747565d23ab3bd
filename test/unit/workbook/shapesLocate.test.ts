/** A breach on an entry of a shaped product is located in the Price shapes table, on the entry's row. */
import { locateBreach } from '../../../src/engine/guardrails/locateBreach';
import { loadModel } from '../../../src/engine/model/loadModel';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { a1 } from '../../../src/workbook/a1';
import { shapesModel } from '../../support/shapeModels';

it('locates prices[i] of a shaped entry on its Price shapes row, and a per-unit one on its Prices row', () => {
  const r = loadModel(shapesModel());
  if (!r.ok) throw new Error('invalid');
  const spec = describeWorkbook(r.model);
  const pb = spec.sheets.find((s) => s.key === 'priceBook')!;
  const shapes = pb.tables.find((t) => t.name === 'PriceShapes')!;
  const prices = pb.tables.find((t) => t.name === 'Prices')!;
  const pack = r.model.prices.findIndex((p) => p.sku === 'PACK');
  const row = shapes.rows.findIndex((c) => c[0]?.kind === 'text' && c[0].value === 'PACK');
  expect(locateBreach(r.model, spec, `prices[${pack}]`)).toEqual({ sheet: pb.name, address: a1({ row: shapes.at.row + 1 + row, col: shapes.at.col }) });
  const seat = r.model.prices.findIndex((p) => p.sku === 'SEAT');
  expect(locateBreach(r.model, spec, `prices[${seat}]`)).toEqual({ sheet: pb.name, address: a1({ row: prices.at.row + 1, col: prices.at.col }) });
});
