/**
 * Price shapes round-trip: every input of the Price shapes, Price bands, Products (Shape, value metric)
 * and Quote commitment tables reads back into the model, as built and as a user edits it.
 */
import ExcelJS from 'exceljs';
import { loadModel } from '../../../src/engine/model/loadModel';
import type { Model } from '../../../src/engine/model/schema';
import { ReadBackError } from '../../../src/workbook/read/readBack';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { shapesModel } from '../../support/shapeModels';

function load(input: unknown): Model {
  const r = loadModel(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}

type Edit = { table: string; row: number; header: string; value: ExcelJS.CellValue };

async function edited(bytes: Uint8Array, spec: WorkbookSpec, edits: readonly Edit[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) {
    const sheet = spec.sheets.find((s) => s.tables.some((t) => t.name === e.table))!;
    const t = sheet.tables.find((x) => x.name === e.table)!;
    const c = t.columns.findIndex((x) => x.header === e.header);
    if (c < 0) throw new Error(`no column ${e.header} in ${e.table}`);
    wb.getWorksheet(sheet.name)!.getCell(t.at.row + 2 + e.row, t.at.col + 1 + c).value = e.value;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('price shapes through an .xlsx', () => {
  const source = shapesModel();
  const model = load(source);
  const built = buildXlsx(model, source);

  it('read back unchanged when nothing was edited', async () => {
    const { bytes } = await built;
    expect(load(await readModelFromXlsx(bytes))).toEqual(model);
  });

  it('read back every edit of a shape input', async () => {
    const { bytes, spec } = await built;
    const row = (sku: string): number => spec.sheets.flatMap((s) => s.tables).find((t) => t.name === 'PriceShapes')!.rows.findIndex((r) => r[0]?.kind === 'text' && r[0].value === sku);
    const bytes2 = await edited(bytes, spec, [
      { table: 'PriceShapes', row: row('PACK'), header: 'Package size', value: 10 },
      { table: 'PriceShapes', row: row('PACK'), header: 'Included units', value: null },
      { table: 'PriceShapes', row: row('USE'), header: 'Minimum charge', value: 150 },
      { table: 'PriceShapes', row: row('PLAT'), header: 'Platform fee', value: 750 },
      { table: 'PriceShapes', row: row('GRAD'), header: 'Price ladder', value: 'vol' },
      { table: 'PriceShapes', row: row('PLAT'), header: 'List price', value: 4 },
      { table: 'PriceBands', row: 1, header: 'Unit price', value: 8 },
      { table: 'PriceBands', row: 1, header: 'Flat fee', value: 0 },
      { table: 'PriceBands', row: 7, header: 'Up to', value: 12 },
      { table: 'Products', row: 4, header: 'Value metric (unit)', value: 'TB' },
      { table: 'Products', row: 6, header: 'Shape', value: 'usage' },
      { table: 'QuoteCommitment', row: 0, header: 'Minimum commitment', value: 6000 },
    ]);
    const back = load(await readModelFromXlsx(bytes2));
    const price = (sku: string) => back.prices.find((p) => p.sku === sku);
    expect(price('PACK')).toMatchObject({ packageSize: 10, listPrice: 10 });
    expect(price('PACK')?.includedUnits).toBeUndefined();
    expect(price('USE')?.minimumCharge).toBe(150);
    expect(price('PLAT')).toMatchObject({ platformFee: 750, listPrice: 4 });
    expect(price('GRAD')?.ladder).toBe('vol');
    expect(back.priceLadders[0]?.bands[1]).toEqual({ upTo: 50, unitPrice: 8, flatFee: 0 });
    expect(back.priceLadders[2]?.bands[1]?.upTo).toBe(12);
    expect(back.products.find((p) => p.sku === 'USE')?.unit).toBe('TB');
    expect(back.products.find((p) => p.sku === 'SEAT')?.shape).toBe('usage');
    expect(back.quote.minimumCommitment).toBe(6000);
  });

  it('a blank minimum commitment reads back as none', async () => {
    const { bytes, spec } = await built;
    const back = load(await readModelFromXlsx(await edited(bytes, spec, [{ table: 'QuoteCommitment', row: 0, header: 'Minimum commitment', value: null }])));
    expect(back.quote.minimumCommitment).toBeUndefined();
  });

  it('names the cell of a price ladder whose rows disagree on the mode', async () => {
    const { bytes, spec } = await built;
    const error = await readModelFromXlsx(await edited(bytes, spec, [{ table: 'PriceBands', row: 1, header: 'Mode', value: 'volume' }])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadBackError);
    expect((error as ReadBackError).issues).toEqual([expect.stringMatching(/^Ladders!\$?[A-Z]+6: price ladder 'grad' is graduated on its first row; every row of a ladder has the same mode$/)]);
  });
});
