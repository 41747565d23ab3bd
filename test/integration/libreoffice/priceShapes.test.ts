/**
 * Price shapes in the workbook, recalculated by LibreOffice (recalculation forced): the worked examples
 * from published documentation (test/support/shapeExamples.ts) give on each quote line the engine's List,
 * True-up, customer price and Explanation text; the Price book reads each shape in words; a quote's
 * minimum commitment is topped up in the totals. Every figure cell also equals the engine's figure.
 */
import { priceQuote, toFixedString } from '../../../src/engine';
import { loadModel } from '../../../src/engine/model/loadModel';
import type { Model, ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { QUOTE_INPUTS } from '../../../src/workbook/build/quote';
import type { SheetSpec, TableSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { commitmentModel, SHAPE_CASES, shapeExamplesModel } from '../../support/shapeExamples';
import { mismatches } from './compare';
import { type RawWorkbook, readRawValues } from './rawValues';
import { recalculateAll } from './recalc';

jest.setTimeout(180_000);

function load(input: ModelInput): Model {
  const r = loadModel(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}

interface Built {
  readonly model: Model;
  readonly spec: WorkbookSpec;
  readonly raw: RawWorkbook;
}

const sheetOf = (spec: WorkbookSpec, table: string): { sheet: SheetSpec; table: TableSpec } => {
  const sheet = spec.sheets.find((s) => s.tables.some((t) => t.name === table));
  const t = sheet?.tables.find((x) => x.name === table);
  if (sheet === undefined || t === undefined) throw new Error(`no table ${table}`);
  return { sheet, table: t };
};

/** The recalculated value of a table's data cell, by row and header. */
function value(b: Built, table: string, row: number, header: string): unknown {
  const { sheet, table: t } = sheetOf(b.spec, table);
  const col = t.columns.findIndex((c) => c.header === header);
  if (col < 0) throw new Error(`no column ${header} in ${table}`);
  return b.raw.get(sheet.name)?.get(`${t.at.row + 1 + row},${t.at.col + col}`);
}

const built: Promise<[Built, Built]> = (async () => {
  const models = [load(shapeExamplesModel()), load(commitmentModel())];
  const specs = models.map((m) => describeWorkbook(m));
  const files = recalculateAll(await Promise.all(specs.map((s) => renderXlsx(s))));
  const out = await Promise.all(files.map(async (f, i) => ({ model: models[i] as Model, spec: specs[i] as WorkbookSpec, raw: await readRawValues(f) })));
  return [out[0] as Built, out[1] as Built];
})();

describe('price shapes recalculated by LibreOffice: worked examples from published documentation', () => {
  it.each(SHAPE_CASES.map((c, i) => [...c, i] as const))('%s', async (_, sku, quantity, list, trueUp, explanation, i) => {
    const [b] = await built;
    const engine = priceQuote(b.model, b.model.quote).lines[i];
    expect(engine?.explanation).toBe(explanation);
    expect(value(b, 'QuoteLines', i, 'Item')).toBe(sku);
    expect(value(b, 'QuoteLines', i, 'Quantity')).toBe(quantity);
    expect(value(b, 'QuoteLines', i, 'Extended list')).toBeCloseTo(Number(list), 9);
    expect(value(b, 'QuoteLines', i, 'True-up')).toBeCloseTo(Number(trueUp), 9);
    expect(value(b, 'QuoteLines', i, 'Customer price')).toBeCloseTo(Number(engine === undefined ? NaN : toFixedString(engine.customerPrice)), 9);
    expect(value(b, 'QuoteLines', i, 'Explanation')).toBe(explanation);
  });

  it('the Explanation column follows the waterfall, the approval columns after it, and every figure cell equals the engine’s', async () => {
    const [b, c] = await built;
    expect(sheetOf(b.spec, 'QuoteLines').table.columns.slice(-4).map((c) => c.header)).toEqual(['Explanation', 'Approver', 'Margin approval', 'Approval reason']);
    expect(QUOTE_INPUTS[0]).toBe('Line');
    expect(mismatches(b.spec, b.raw)).toEqual([]);
    expect(mismatches(c.spec, c.raw)).toEqual([]);
  });

  it('the Price book reads each shape as a pricing manager does', async () => {
    const [b] = await built;
    const { table } = sheetOf(b.spec, 'PriceShapes');
    const reads = (sku: string): unknown => value(b, 'PriceShapes', table.rows.findIndex((r) => r[0]?.kind === 'text' && r[0].value === sku), 'Reads as');
    expect(reads('STRIPE-GRAD')).toBe('Graduated (Stripe-style): 1–5 at 7.00, 6–10 at 6.50, 11+ at 6.00');
    expect(reads('LAGO-VOL')).toBe('Volume (Stripe-style): 1–10,000 at 0.001 + 10.00 fee, 10,001–50,000 at 0.0008 + 10.00 fee, 50,001–100,000 at 0.0006 + 10.00 fee, 100,001+ at 0.0004 + 10.00 fee');
    expect(reads('CPQ-BLOCK')).toBe('Stairstep (block pricing): 1–10: 1.00, 11–50: 3.00');
    expect(reads('STRIPE-PACK')).toBe('Per 5 units, rounded up, at 10.00');
    expect(reads('STRIPE-OVERAGE')).toBe('1,000 tokens included, then 0.04 per tokens');
    expect(reads('LAGO-PLATFORM')).toBe('50.00 platform fee + 10.00 per units; minimum 100.00');
  });

  it('a quote minimum commitment is topped up in the totals (Lago: 800 USD of usage, 1,000 USD minimum)', async () => {
    const [, c] = await built;
    expect(value(c, 'QuoteCommitment', 0, 'True-up')).toBe(200);
    const totals = priceQuote(c.model, c.model.quote).totals;
    expect(toFixedString(totals.trueUp)).toBe('200.00');
    const { sheet, table } = sheetOf(c.spec, 'QuoteLines');
    const total = (header: string): unknown => c.raw.get(sheet.name)?.get(`${table.at.row - 1},${table.at.col + table.columns.findIndex((x) => x.header === header)}`);
    expect(total('Customer price')).toBe(1000);
    expect(total('Vendor net')).toBe(1000);
    expect(total('Extended list')).toBe(800);
  });
});
