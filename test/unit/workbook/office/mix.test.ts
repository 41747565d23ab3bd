/** The Mix sheet through the Office.js renderer (on the test double): written, then read back with an edit and with a bad cell. */
import { asRequestContext } from '../../../doubles/excel';
import { readModelFromWorkbook } from '../../../../src/workbook/office';
import { ReadBackError } from '../../../../src/workbook/read/readBack';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { columnLetters } from '../../../../src/workbook/a1';
import type { ModelInput } from '../../../../src/engine/model/schema';
import { mixModel } from '../../../support/mixModel';
import { locate } from '../../../support/locate';
import { build, userWorkbook } from './helpers';

const model = mixModel();
const source = JSON.parse(JSON.stringify(model)) as ModelInput;
const spec = describeWorkbook(model, { source });
const a1 = (table: string, row: number, header: string): string => {
  const at = locate(spec, table, row, header);
  return `${columnLetters(at.col - 1)}${at.row}`;
};

async function built() {
  const excel = userWorkbook();
  await build(excel, () => spec);
  return excel;
}

describe('the Mix sheet in Excel', () => {
  it('is written with its rows, totals and defined names', async () => {
    const excel = await built();
    expect(excel.sheetNames()).toContain('Mix');
    expect(excel.cell('Mix', a1('MixRows', 1, 'Channel'))?.value).toBe('distribution');
    expect(excel.cell('Mix', a1('MixTotals', 0, 'Pocket'))?.formula).toMatch(/^=ROUND\(SUMIFS\(/);
    const name = excel.state.names.find((n) => n.name === 'Tiercraft.Mix.VendorPocket');
    expect(name?.formula.replace(/'/g, '')).toBe(`=Mix!$${a1('MixTotals', 0, 'Pocket').replace(/(\d+)$/, '$$$1')}`);
    expect(excel.state.names.filter((n) => n.name.startsWith('Tiercraft.Mix.'))).toHaveLength(12);
  });

  it('reads an edited quantity back into model.mix', async () => {
    const excel = await built();
    excel.setCells('Mix', { [a1('MixRows', 0, 'Quantity')]: 12 });
    const back = await readModelFromWorkbook(asRequestContext(excel));
    expect(back.mix?.rows?.map((r) => r.quantity)).toEqual([12, 20]);
    expect(back.mix?.name).toBe('FY27 plan');
  });

  it('names a bad cell: Mix!C… no term', async () => {
    const excel = await built();
    excel.setCells('Mix', { [a1('MixRows', 1, 'Term')]: 'anual' });
    const error = await readModelFromWorkbook(asRequestContext(excel)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadBackError);
    expect((error as ReadBackError).issues).toEqual([`Mix!${a1('MixRows', 1, 'Term')}: no term 'anual'`]);
  });
});
