/**
 * Tiercraft's defined names in a file: a user links to a list price and a quote total by name, keeps a
 * name of their own, then rebuilds after products were added before the one they link to (so its row
 * moves). Recalculated by LibreOffice, the named links give the same figures as before; the user's own
 * name is in the file exactly as they wrote it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnIndex } from '../../../src/workbook/a1';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { putDefinedNames, userDefinedNames } from '../../../src/workbook/xlsx/definedNames';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { example, load, withNewProducts } from '../../support/models';
import { readRawValues } from './rawValues';
import { recalculate } from './recalc';

jest.setTimeout(180_000);

const MY_NAME = `<definedName name="MyFloor">'Price book'!$E$5*0.8</definedName>`;

/** A workbook built from the example, with the user's sheet of named links and a name of their own. */
async function userFile(): Promise<Uint8Array> {
  const input = example();
  const built = await renderXlsx(describeWorkbook(load(input), { source: input }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(built as unknown as ArrayBuffer);
  const mine = wb.addWorksheet('My links');
  mine.getCell('A1').value = { formula: 'Tiercraft.ListPrice.EN_SRV.enterprise.annual' };
  mine.getCell('A2').value = { formula: 'Tiercraft.Quote.CustomerPrice' };
  mine.getCell('A3').value = { formula: 'MyFloor' };
  const saved = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // exceljs would drop or mangle both kinds of names (definedNames.ts): put them back as a user's file has them.
  return putDefinedNames(saved, [MY_NAME], describeWorkbook(load(input), { source: input }).names ?? []);
}

describe('defined names through a rebuild that moves rows', () => {
  const input = example();
  const before = load(input);
  const changed = withNewProducts(input, 3);
  const after = load(changed);
  const annual = before.prices.find((p) => p.sku === 'EN-SRV' && p.tier === 'enterprise' && p.term === 'annual')?.listPrice;
  const rebuilt = userFile().then((file) => buildXlsx(after, changed, { existing: file }));

  it('give the linked list price and quote total the same figures, recalculated', async () => {
    const { bytes, spec } = await rebuilt;
    const values = (await readRawValues(recalculate(bytes))).get('My links');
    expect(annual).toBeDefined();
    expect(values?.get('0,0')).toBe(annual);
    // The quote's customer total, as the engine gives it in the description.
    const at = /\$([A-Z]+)\$(\d+)$/.exec(spec.names?.find((n) => n.name === 'Tiercraft.Quote.CustomerPrice')?.formula ?? '');
    const cell = spec.sheets.find((s) => s.key === 'quote')?.cells.find((c) => `${c.at.row + 1}` === at?.[2] && c.at.col === columnIndex(at?.[1] ?? ''));
    const total = cell?.cell.kind === 'formula' ? cell.cell.result : undefined;
    expect(typeof total).toBe('number');
    expect(values?.get('1,0')).toBeCloseTo(total as number, 6);
    // The user's own name points at a plain address (E5, the first list price), and keeps doing so.
    const first = after.prices.find((p) => p.sku === 'BK-CLI' && p.tier === 'product' && p.term === 'annual')?.listPrice ?? NaN;
    expect(values?.get('2,0')).toBeCloseTo(first * 0.8, 6);
  });

  it('point Tiercraft’s names at the entries’ new rows and carry the user’s name over verbatim', async () => {
    const { bytes } = await rebuilt;
    const xml = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
    // Besides the print areas and titles of Tiercraft's sheets (written with the names: printNames.ts).
    expect((await userDefinedNames(bytes)).filter((e) => !e.includes('name="_xlnm.Print_'))).toEqual([MY_NAME]);
    const moved = /<definedName name="Tiercraft\.ListPrice\.EN_SRV\.enterprise\.annual"[^>]*>([^<]*)</.exec(xml)?.[1];
    const was = describeWorkbook(before, { source: input }).names?.find((n) => n.name === 'Tiercraft.ListPrice.EN_SRV.enterprise.annual')?.formula;
    expect(moved).toBeDefined();
    expect(`=${moved?.replace(/&apos;/g, "'")}`).not.toBe(was);
    expect(xml).toContain('name="Tiercraft.ListPrice.NEW_1.solution.annual"');
  });
});
