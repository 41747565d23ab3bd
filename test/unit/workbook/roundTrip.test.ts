/**
 * Round trip: model → workbook (.xlsx) → a user edits input cells → read back → the same model plus the edits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadModel } from '../../../src/engine/model/loadModel';
import type { Model, ModelInput } from '../../../src/engine/model/schema';
import { ReadBackError } from '../../../src/workbook/read/readBack';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { locate } from '../../support/locate';

const source = JSON.parse(readFileSync(join(__dirname, '../../../examples/backup-vendor.tiercraft.json'), 'utf8')) as ModelInput;

function load(input: unknown): Model {
  const r = loadModel(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}

type Edit = { table: string; row: number; header: string; value: ExcelJS.CellValue };

async function edited(bytes: Uint8Array, spec: WorkbookSpec, edits: readonly Edit[], customer?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) {
    const at = locate(spec, e.table, e.row, e.header);
    wb.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = e.value;
  }
  if (customer !== undefined) wb.getWorksheet('Quote')!.getCell('B3').value = customer;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('round trip through an .xlsx', () => {
  const model = load(source);
  const built = buildXlsx(model, source);

  it('reads back the model unchanged when nothing was edited', async () => {
    const { bytes } = await built;
    expect(load(await readModelFromXlsx(bytes))).toEqual(model);
  });

  it('reads back the model plus the edits of input cells', async () => {
    const { bytes, spec } = await built;
    const cliRow = model.prices.findIndex((p) => p.sku === 'BK-CLI');
    expect(cliRow).toBe(0);
    const bytes2 = await edited(
      bytes,
      spec,
      [
        { table: 'Prices', row: 0, header: 'Monthly', value: 9.5 },
        { table: 'Bands', row: 2, header: 'Discount', value: 0.25 },
        { table: 'Products', row: 1, header: 'Name', value: '=Encryption+' },
        { table: 'PartnerLevels', row: 2, header: 'Rebate', value: 0.025 },
        { table: 'QuoteLines', row: 0, header: 'Quantity', value: 6 },
        { table: 'Terms', row: 2, header: 'Term discount', value: 0.2 },
      ],
      'Contoso',
    );
    const expected: ModelInput = {
      ...source,
      prices: model.prices.map((p) => (p.sku === 'BK-CLI' && p.term === 'monthly' && p.tier === 'product' ? { ...p, listPrice: 9.5 } : p)),
      ladders: model.ladders.map((l, i) => (i === 0 ? { ...l, bands: l.bands.map((b, j) => (j === 2 ? { ...b, discount: 0.25 } : b)) } : l)),
      products: model.products.map((p, i) => (i === 1 ? { ...p, name: '=Encryption+' } : p)),
      levels: model.levels.map((l, i) => (i === 2 ? { ...l, rebate: 0.025 } : l)),
      terms: model.terms.map((t, i) => (i === 2 ? { ...t, discount: 0.2 } : t)),
      quote: { customer: 'Contoso', lines: model.quote.lines.map((l, i) => (i === 0 ? { ...l, quantity: 6 } : l)) },
    };
    expect(load(await readModelFromXlsx(bytes2))).toEqual(load(expected));
  });

  it.each([
    ['Prices', 0, 'Monthly', 'abc', "Price book!D5: 'abc' is not a price"],
    ['Bands', 1, 'Discount', 1.5, 'Ladders!G6: 1.5 is not a percentage between 0% and 100%'],
    ['Terms', 0, 'Months', 1.5, 'Price book!S5: 1.5 is not a whole number'],
    ['QuoteLines', 0, 'Deal registration', 'maybe', "Quote!H6: 'maybe' is not TRUE or FALSE"],
    ['Products', 0, 'SKU', null, 'Price book!I5: the SKU must not be blank'],
  ] as const)('names sheet, cell and value of a bad %s cell', async (table, row, header, value, message) => {
    const { bytes, spec } = await built;
    const at = locate(spec, table, row, header);
    const bad = await edited(bytes, spec, [{ table, row, header, value }]);
    const error = await readModelFromXlsx(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadBackError);
    expect((error as ReadBackError).issues).toContain(message);
    expect(at.sheet).toBe(message.split('!')[0]);
  });

  it('gives the TRUE/FALSE guardrail settings no percent format, and reads 1 and 0 saved for them as TRUE and FALSE', async () => {
    const { bytes, spec } = await built;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const at = (row: number) => locate(spec, 'Guardrails', row, 'Value');
    const sheet = wb.getWorksheet(at(2).sheet)!;
    expect(sheet.getCell(at(1).row, at(1).col).numFmt).toBe('0.0%');
    expect([2, 3].map((r) => sheet.getCell(at(r).row, at(r).col).numFmt ?? 'General')).toEqual(['General', 'General']);
    // What LibreOffice saves for a boolean cell that carries a number format.
    const saved = await edited(bytes, spec, [
      { table: 'Guardrails', row: 2, header: 'Value', value: 0 },
      { table: 'Guardrails', row: 3, header: 'Value', value: 1 },
    ]);
    const back = load(await readModelFromXlsx(saved));
    expect(back.guardrails).toEqual({ ...model.guardrails, channelConflict: false, risingUnitPrice: true });
  });
});
