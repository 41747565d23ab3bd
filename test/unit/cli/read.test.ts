/**
 * `tiercraft read pricing.xlsx -o model.json`: a pricing manager edits the workbook in Excel and gets
 * back the model file to commit, with every bad cell named by sheet and cell.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT } from '../../../src/cli/exitCodes';
import type { Report } from '../../../src/cli/report';
import type { ModelInput } from '../../../src/engine/model/schema';

import { breachingModel, cliFolder, type CliFolder, cliffFreeExample } from './runCli';

jest.setTimeout(60_000);

let folder: CliFolder;
beforeEach(() => folder = cliFolder());
afterEach(() => folder.remove());

/** Builds `model` into pricing.xlsx, then lets `edit` change its cells as Excel would. */
async function editedWorkbook(model: ModelInput, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  folder.write('model.json', JSON.stringify(model));
  expect((await folder.tiercraft('build', 'model.json', '-o', 'pricing.xlsx')).code).toBe(EXIT.ok);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(folder.read('pricing.xlsx') as unknown as ArrayBuffer);
  edit(wb);
  folder.write('pricing.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const setCell = (sheet: string, address: string, value: ExcelJS.CellValue) => (wb: ExcelJS.Workbook): void => {
  wb.getWorksheet(sheet)!.getCell(address).value = value;
};

const modelFile = (file: string): ModelInput => JSON.parse(folder.read(file).toString('utf8')) as ModelInput;

describe('read', () => {
  it('an unedited workbook gives back the model it was built from', async () => {
    await editedWorkbook(cliffFreeExample(), () => undefined);
    const r = await folder.tiercraft('read', 'pricing.xlsx', '-o', 'back.json');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('Wrote back.json from pricing.xlsx; 0 errors, 0 warnings');
    expect(modelFile('back.json')).toEqual(cliffFreeExample());
  });

  it('a list price changed from 9.00 to 12.50 on the Price book (D5) is the new list price of prices[0]', async () => {
    expect(cliffFreeExample().prices?.[0]?.listPrice).toBe(9);
    await editedWorkbook(cliffFreeExample(), setCell('Price book', 'D5', 12.5));
    expect((await folder.tiercraft('read', 'pricing.xlsx', '-o', 'back.json')).code).toBe(EXIT.ok);
    const back = modelFile('back.json');
    expect(back.prices?.[0]?.listPrice).toBe(12.5);
    expect({ ...back, prices: back.prices?.slice(1) }).toEqual({ ...cliffFreeExample(), prices: cliffFreeExample().prices?.slice(1) });
  });

  it("a bad cell is named by sheet and cell, exit 1, and no model file is written", async () => {
    await editedWorkbook(cliffFreeExample(), setCell('Price book', 'D5', 'ten'));
    const r = await folder.tiercraft('read', 'pricing.xlsx', '-o', 'back.json');
    expect(r.code).toBe(EXIT.invalid);
    expect(r.err).toContain("error: Price book!D5: 'ten' is not a price");
    expect(r.err).toContain('pricing.xlsx: a problem reading the workbook; no model file was written.');
    expect(existsSync(join(folder.dir, 'back.json'))).toBe(false);
    const json = JSON.parse((await folder.tiercraft('read', 'pricing.xlsx', '-o', 'back.json', '--json')).out) as Report;
    expect(json).toEqual({ valid: false, issues: [{ severity: 'error', cell: 'Price book!D5', message: "'ten' is not a price" }], breaches: [] });
  });

  it('prints the breaches of the model read, and under --strict writes nothing (5)', async () => {
    await editedWorkbook(breachingModel(), () => undefined);
    const strict = await folder.tiercraft('read', 'pricing.xlsx', '-o', 'back.json', '--strict');
    expect(strict.code).toBe(EXIT.strict);
    expect(strict.err).toContain('error: quote.lines[2] (Quote!A8) [max-customer-discount]: customer discount 50% off list exceeds the maximum of 40%');
    expect(existsSync(join(folder.dir, 'back.json'))).toBe(false);
    const lenient = await folder.tiercraft('read', 'pricing.xlsx', '-o', 'back.json');
    expect(lenient.code).toBe(EXIT.ok);
    expect(lenient.out).toBe('Wrote back.json from pricing.xlsx; 5 errors, 3 warnings');
  });

  it('a model the engine refuses (the 3-year term renamed "annual", a second "annual") is reported by path, exit 1', async () => {
    await editedWorkbook(cliffFreeExample(), setCell('Price book', 'Q7', 'annual'));
    const r = await folder.tiercraft('read', 'pricing.xlsx', '-o', 'back.json', '--json');
    expect(r.code).toBe(EXIT.invalid);
    const report = JSON.parse(r.out) as Report;
    expect(report.valid).toBe(false);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.path)).toContain('terms[2].id');
    expect(existsSync(join(folder.dir, 'back.json'))).toBe(false);
  });

  it('never writes over an existing model file without --force (3)', async () => {
    await editedWorkbook(cliffFreeExample(), setCell('Price book', 'D5', 12.5));
    folder.write('back.json', 'mine');
    const r = await folder.tiercraft('read', 'pricing.xlsx', '-o', 'back.json');
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toContain('back.json already exists; nothing was written (use --force to replace it).');
    expect(folder.read('back.json').toString()).toBe('mine');
    expect((await folder.tiercraft('read', 'pricing.xlsx', '-o', 'back.json', '--force')).code).toBe(EXIT.ok);
    expect(modelFile('back.json').prices?.[0]?.listPrice).toBe(12.5);
  });

  it('a missing workbook or one that is not a workbook: exit 3', async () => {
    const missing = await folder.tiercraft('read', 'nowhere.xlsx', '-o', 'back.json');
    expect(missing.code).toBe(EXIT.io);
    expect(missing.err).toContain('Cannot read');
    folder.write('notes.xlsx', 'plain text');
    const text = await folder.tiercraft('read', 'notes.xlsx', '-o', 'back.json');
    expect(text.code).toBe(EXIT.io);
    expect(text.err).toContain('notes.xlsx is not a workbook Tiercraft can read');
  });

  it('a workbook Tiercraft did not build holds no model: exit 1', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Budget').getCell('A1').value = 'mine';
    folder.write('budget.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await folder.tiercraft('read', 'budget.xlsx', '-o', 'back.json');
    expect(r.code).toBe(EXIT.invalid);
    expect(r.err).toContain('This workbook holds no Tiercraft model');
  });
});
