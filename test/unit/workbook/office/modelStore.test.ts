/** The model kept in the workbook, and "Read from workbook". */
import { FakeExcel, asRequestContext } from '../../../doubles/excel';
import { loadModel as loadStored, readModelFromWorkbook, readWorkbookInputs, saveModel } from '../../../../src/workbook/office';
import type { ModelInput } from '../../../../src/engine/model/schema';
import { exampleInput, specOf } from './fixtures';
import { build, userWorkbook } from './helpers';

const ctx = asRequestContext;

async function builtExample(): Promise<FakeExcel> {
  const excel = userWorkbook();
  await build(excel, specOf(exampleInput()));
  return excel;
}

describe('the model stored in the workbook', () => {
  it('is absent from a workbook Tiercraft never built', async () => {
    await expect(loadStored(ctx(new FakeExcel()))).resolves.toBeNull();
  });

  it('comes back from a built workbook as the model file it was built from', async () => {
    const excel = await builtExample();
    await expect(loadStored(ctx(excel))).resolves.toEqual(exampleInput());
  });

  it('is saved into the slot not in use, which the pointer then names, and the old slot is cleared', async () => {
    const excel = await builtExample();
    const at = (a1: string) => excel.cell('Tiercraft model', a1)?.value ?? '';
    expect([at('G3'), at('H3'), at('H5')]).toEqual(['Model JSON slot in use', 1, '']);
    const long: ModelInput = { ...exampleInput(), name: 'x'.repeat(70_000) };
    await saveModel(ctx(excel), long);
    expect([at('H3'), at('G5')]).toEqual([2, '']);
    expect(at('H7')).not.toBe('');
    await expect(loadStored(ctx(excel))).resolves.toEqual(long);
    const short: ModelInput = { ...exampleInput(), name: 'Short again' };
    await saveModel(ctx(excel), short);
    expect([at('H3'), at('G6'), at('H5'), at('H7')]).toEqual([1, '', '', '']);
    await expect(loadStored(ctx(excel))).resolves.toEqual(short);
  });

  it('reads a workbook built before the pointer from column G, and saves it into column H', async () => {
    const excel = await builtExample();
    excel.setCells('Tiercraft model', { G3: '', H3: '' });
    await expect(loadStored(ctx(excel))).resolves.toEqual(exampleInput());
    const renamed: ModelInput = { ...exampleInput(), name: 'Renamed' };
    await saveModel(ctx(excel), renamed);
    expect(excel.cell('Tiercraft model', 'H3')?.value).toBe(2);
    await expect(loadStored(ctx(excel))).resolves.toEqual(renamed);
  });

  it('creates the very hidden model sheet on a first save, beside a user sheet of the same name', async () => {
    const excel = userWorkbook();
    excel.addSheet('Tiercraft model', { A1: 'mine' });
    const result = await saveModel(ctx(excel), exampleInput());
    expect(result?.renamed).toEqual([{ wanted: 'Tiercraft model', chosen: 'Tiercraft model (2)' }]);
    expect(excel.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Sheet1', 'Visible'],
      ['Tiercraft model', 'Visible'],
      ['Tiercraft model (2)', 'VeryHidden'],
    ]);
    expect(excel.cell('Tiercraft model', 'A1')?.value).toBe('mine');
    await expect(loadStored(ctx(excel))).resolves.toEqual(exampleInput());
  });

  it('saves and loads a model of several megabytes in requests of about 1 MB', async () => {
    const excel = await builtExample();
    const big: ModelInput = { ...exampleInput(), name: 'y'.repeat(3_000_000) };
    excel.resetLog();
    await saveModel(ctx(excel), big);
    await expect(loadStored(ctx(excel))).resolves.toEqual(big);
    expect(excel.stats().largestBytes).toBeLessThan(1_100_000);
  });

  it('names the fault when the stored JSON was damaged', async () => {
    const excel = await builtExample();
    excel.setCells('Tiercraft model', { G5: "'{broken" });
    await expect(loadStored(ctx(excel))).rejects.toThrow(/^The model stored in this workbook is not valid JSON/);
  });
});

describe('reading the input tables', () => {
  it('returns every Tiercraft table with its place and values, header row first', async () => {
    const excel = await builtExample();
    const spec = specOf(exampleInput());
    const inputs = await readWorkbookInputs(ctx(excel));
    const expected = spec.sheets.filter((s) => s.key !== 'model').flatMap((s) => s.tables.map((t) => t.name));
    expect([...inputs.tables.keys()].sort()).toEqual([...expected].sort());
    const products = inputs.tables.get('Products');
    expect(products?.sheet).toBe('Price book');
    expect(products?.at).toEqual({ row: 3, col: 8 });
    expect(products?.values[0]).toEqual(['SKU', 'Name', 'Family', 'Value metric (unit)', 'Unit cost', 'Ladder', 'Shape']);
    expect(products?.values[1]?.slice(0, 2)).toEqual(['BK-CLI', 'Backup CLI']);
  });

  it('reads large tables in chunks so that no response nears 5 MB', async () => {
    const excel = await builtExample();
    excel.resetLog();
    const inputs = await readWorkbookInputs(ctx(excel), { responseBudget: 2_000 });
    expect(inputs.tables.get('Prices')?.values.length).toBe((specOf(exampleInput()).sheets.find((s) => s.key === 'priceBook')?.tables.find((t) => t.name === 'Prices')?.rows.length ?? 0) + 1);
    expect(excel.syncs.length).toBeGreaterThan(5);
  });

  it('turns an edited list price back into the model', async () => {
    const excel = await builtExample();
    excel.setCells('Price book', { D5: 9.5 });
    const model = await readModelFromWorkbook(ctx(excel));
    expect(model.prices?.find((p) => p.sku === 'BK-CLI' && p.tier === 'product' && p.term === 'monthly')?.listPrice).toBe(9.5);
    expect(model.products).toEqual(exampleInput().products?.map((p) => expect.objectContaining({ sku: p.sku, name: p.name })));
  });

  it('says so when the workbook holds no model', async () => {
    await expect(readModelFromWorkbook(ctx(new FakeExcel()))).rejects.toThrow('This workbook holds no Tiercraft model: build the workbook first.');
  });
});
