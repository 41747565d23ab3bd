/**
 * Round trip of the Mix sheet through an .xlsx: the mix (name, Partner purchases, rows) reads back as
 * written, edits included; a model without a mix still has none; each bad cell is named.
 */
import ExcelJS from 'exceljs';
import type { ModelInput } from '../../../src/engine/model/schema';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { columnLetters } from '../../../src/workbook/a1';
import { mixModel } from '../../support/mixModel';
import { example, load } from '../../support/models';
import { locate } from '../../support/locate';
import { readBackIssues } from '../../support/readBackIssues';

type Edit = { table: string; row: number; header: string; value: ExcelJS.CellValue };

async function edited(bytes: Uint8Array, spec: WorkbookSpec, edits: readonly Edit[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) {
    const at = locate(spec, e.table, e.row, e.header);
    wb.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = e.value;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}


const cellOf = (spec: WorkbookSpec, table: string, row: number, header: string): string => {
  const at = locate(spec, table, row, header);
  return `${at.sheet}!${columnLetters(at.col - 1)}${at.row}`;
};

describe('the Mix sheet round trip through an .xlsx', () => {
  const model = mixModel((m) => {
    if (m.mix) m.mix.partnerPurchases = 150_000;
  });
  const source = JSON.parse(JSON.stringify(model)) as ModelInput;
  const built = buildXlsx(model, source);

  it('reads back the mix as written', async () => {
    const back = await readModelFromXlsx((await built).bytes);
    expect(load(back).mix).toEqual(model.mix);
    expect(back.mix?.rows?.[0]).not.toHaveProperty('level');
  });

  it('reads back a model without a mix without one', async () => {
    const input = example();
    const back = await readModelFromXlsx((await buildXlsx(load(input), input)).bytes);
    expect(back.mix).toBeUndefined();
  });

  it('reads back edits: a row typed in a spare row, a quantity, a deal registration, the name and purchases', async () => {
    const { bytes, spec } = await built;
    const changed = await edited(bytes, spec, [
      { table: 'MixRows', row: 2, header: 'Item', value: 'SUITE' },
      { table: 'MixRows', row: 2, header: 'Tier', value: 'product' },
      { table: 'MixRows', row: 2, header: 'Term', value: 'annual' },
      { table: 'MixRows', row: 2, header: 'Channel', value: 'reseller' },
      { table: 'MixRows', row: 2, header: 'Level', value: 'gold' },
      { table: 'MixRows', row: 2, header: 'Quantity', value: 4 },
      { table: 'MixRows', row: 1, header: 'Quantity', value: 25 },
      { table: 'MixRows', row: 1, header: 'Deal registration', value: true },
      { table: 'MixSettings', row: 0, header: 'Mix', value: 'FY28 plan' },
      { table: 'MixSettings', row: 0, header: 'Partner purchases', value: null },
    ]);
    const back = await readModelFromXlsx(changed);
    expect(back.mix).toEqual({
      name: 'FY28 plan',
      rows: [
        model.mix?.rows[0],
        { ...model.mix?.rows[1], quantity: 25, dealRegistration: true },
        { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', channel: 'reseller', level: 'gold', dealRegistration: false, quantity: 4, discount: 0 },
      ],
    });
  });

  it('names each bad cell: an unknown term, item and level, a quantity that is not a number', async () => {
    const { bytes, spec } = await built;
    const issues = await readBackIssues(
      await edited(bytes, spec, [
        { table: 'MixRows', row: 0, header: 'Term', value: 'anual' },
        { table: 'MixRows', row: 0, header: 'Item', value: 'SUITE-X' },
        { table: 'MixRows', row: 1, header: 'Level', value: 'platnum' },
        { table: 'MixRows', row: 1, header: 'Quantity', value: 'lots' },
        { table: 'MixSettings', row: 0, header: 'Partner purchases', value: -5 },
      ]),
    );
    expect([...issues].sort()).toEqual(
      [
        `${cellOf(spec, 'MixRows', 0, 'Item')}: no product or bundle 'SUITE-X'`,
        `${cellOf(spec, 'MixRows', 0, 'Term')}: no term 'anual'`,
        `${cellOf(spec, 'MixRows', 1, 'Level')}: no partner level 'platnum'`,
        `${cellOf(spec, 'MixRows', 1, 'Quantity')}: 'lots' is not a number`,
        `${cellOf(spec, 'MixSettings', 0, 'Partner purchases')}: -5 must not be negative`,
      ].sort(),
    );
    expect(cellOf(spec, 'MixRows', 0, 'Term')).toMatch(/^Mix!C\d+$/);
  });
});
