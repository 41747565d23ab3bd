/** The tiercraft command line: commands, exit codes, and nothing lost in a workbook it builds into. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT } from '../../../src/cli/exitCodes';
import type { CliIO } from '../../../src/cli/io';
import { run } from '../../../src/cli/program';
import { example, withNewProducts } from '../../support/models';

const EXAMPLE = join(__dirname, '../../../examples/backup-vendor.tiercraft.json');
jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiercraft-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function tiercraft(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), interactive: false, cwd: dir };
  const code = await run(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(dir, file)) as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileSync(join(dir, file), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe('usage', () => {
  it('prints help with the exit codes', async () => {
    const r = await tiercraft('--help');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('build [options] <model>');
    expect(r.out).toContain('4   a wanted sheet name is held by a sheet Tiercraft did not create');
  });

  it.each([[['bogus']], [['build', 'model.json']], [['build', 'm.json', '-o', 'x.xlsx', '--sheet', 'nokey=X']]])('%j is a usage error (2)', async (args) => {
    writeFileSync(join(dir, 'm.json'), readFileSync(EXAMPLE));
    expect((await tiercraft(...args)).code).toBe(EXIT.usage);
  });
});

describe('validate', () => {
  it('accepts the example model', async () => {
    const r = await tiercraft('validate', EXAMPLE);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('valid');
  });

  it('prints every issue with its path and exits 1', async () => {
    const model = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { prices: { listPrice: unknown }[]; currency: string };
    model.currency = 'dollars';
    model.prices[0]!.listPrice = -1;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(model));
    const r = await tiercraft('validate', 'bad.json');
    expect(r.code).toBe(EXIT.invalid);
    expect(r.err).toMatch(/^error: currency: /m);
    expect(r.err).toMatch(/^error: prices\[0\]\.listPrice: /m);
  });

  it('reports a file that is not JSON (1) and a missing file (3)', async () => {
    writeFileSync(join(dir, 'broken.json'), '{ "currency": ');
    expect((await tiercraft('validate', 'broken.json')).code).toBe(EXIT.invalid);
    const missing = await tiercraft('validate', 'nowhere.json');
    expect(missing.code).toBe(EXIT.io);
    expect(missing.err).toContain('Cannot read');
  });
});

describe('init', () => {
  it('writes the example model, and never over an existing file without --force', async () => {
    expect((await tiercraft('init', 'start.json')).code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(join(dir, 'start.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    writeFileSync(join(dir, 'start.json'), 'mine');
    const again = await tiercraft('init', 'start.json');
    expect(again.code).toBe(EXIT.io);
    expect(readFileSync(join(dir, 'start.json'), 'utf8')).toBe('mine');
    expect((await tiercraft('init', 'start.json', '--force')).code).toBe(EXIT.ok);
  });
});

describe('build', () => {
  beforeEach(() => writeFileSync(join(dir, 'model.json'), readFileSync(EXAMPLE)));

  it('writes the workbook with every sheet and the hidden model sheet', async () => {
    const r = await tiercraft('build', 'model.json', '-o', 'pricing.xlsx');
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toContain('Building: 15/15 Tiercraft model');
    const wb = await workbook('pricing.xlsx');
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Overview', 'visible'], ['Packaging', 'visible'], ['Price book', 'visible'], ['Markets', 'visible'], ['Ladders', 'visible'], ['Bundles', 'visible'],
      ['Channels', 'visible'], ['Routes', 'visible'], ['Quote', 'visible'], ['Customer quote', 'visible'], ['Scenarios', 'visible'], ['Mix', 'visible'], ['Checks', 'visible'], ['Build history', 'visible'], ['Tiercraft model', 'veryHidden'],
    ]);
  });

  it('puts a mix CSV on the Mix sheet with --mix, which reads back as the model\'s mix; a bad CSV writes nothing (1)', async () => {
    writeFileSync(join(dir, 'mix.csv'), readFileSync(join(__dirname, '../../../examples/backup-vendor-mix.csv')));
    expect((await tiercraft('build', 'model.json', '--mix', 'mix.csv', '-o', 'pricing.xlsx')).code).toBe(EXIT.ok);
    expect((await tiercraft('read', 'pricing.xlsx', '-o', 'read.json')).code).toBe(EXIT.ok);
    const read = JSON.parse(readFileSync(join(dir, 'read.json'), 'utf8')) as { mix?: { name: string; rows: unknown[] } };
    const csvRows = readFileSync(join(dir, 'mix.csv'), 'utf8').trim().split(/\r?\n/).length - 1;
    expect(read.mix?.name).toBe('mix.csv');
    expect(read.mix?.rows).toHaveLength(csvRows);
    writeFileSync(join(dir, 'bad.csv'), 'item,term,channel,quantity\nBK-CLI,annual,direct,x\n');
    const bad = await tiercraft('build', 'model.json', '--mix', 'bad.csv', '-o', 'other.xlsx');
    expect(bad.code).toBe(EXIT.invalid);
    expect(bad.err).toContain("bad.csv row 2, quantity: 'x' is not a number");
    expect(bad.err).toContain('bad.csv: a problem in the mix; nothing was written.');
    expect(existsSync(join(dir, 'other.xlsx'))).toBe(false);
  });

  it('writes nothing for an invalid model (1)', async () => {
    writeFileSync(join(dir, 'model.json'), JSON.stringify({ currency: 'usd' }));
    expect((await tiercraft('build', 'model.json', '-o', 'pricing.xlsx')).code).toBe(EXIT.invalid);
    expect(existsSync(join(dir, 'pricing.xlsx'))).toBe(false);
  });

  it("never overwrites a user's sheet: fails (4) and leaves the file as it was", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Quote').getCell('A1').value = 'my own quote';
    await save(wb, 'pricing.xlsx');
    const before = readFileSync(join(dir, 'pricing.xlsx'));
    const r = await tiercraft('build', 'model.json', '-o', 'pricing.xlsx');
    expect(r.code).toBe(EXIT.conflict);
    expect(r.err).toContain("A sheet named 'Quote' already exists and was not created by Tiercraft");
    expect(readFileSync(join(dir, 'pricing.xlsx')).equals(before)).toBe(true);
  });

  it('picks a free name with --rename-on-clash and says so', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Quote').getCell('A1').value = 'my own quote';
    await save(wb, 'pricing.xlsx');
    const r = await tiercraft('build', 'model.json', '-o', 'pricing.xlsx', '--rename-on-clash');
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toContain("wrote 'Quote (2)' instead");
    const after = await workbook('pricing.xlsx');
    expect(after.getWorksheet('Quote')?.getCell('A1').value).toBe('my own quote');
    expect(after.getWorksheet('Quote (2)')?.getCell('A1').value).toContain('quote');
  });

  it("rebuilds in place: finds renamed sheets, keeps a user's cells beside the tables and the user's sheets", async () => {
    expect((await tiercraft('build', 'model.json', '-o', 'pricing.xlsx')).code).toBe(EXIT.ok);
    const wb = await workbook('pricing.xlsx');
    const priceBook = wb.getWorksheet('Price book')!;
    priceBook.name = 'Prices 2026';
    // The registry's anchor formula follows the rename, as Excel rewrites it.
    const ms = wb.getWorksheet('Tiercraft model')!;
    ms.getCell('C7').value = { formula: "'Prices 2026'!$A$1", result: '' };
    priceBook.getCell('AB2').value = 'note kept';
    wb.addWorksheet('Notes').getCell('B2').value = 'my notes';
    await save(wb, 'pricing.xlsx');
    const model = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { prices: { listPrice: number }[] };
    model.prices[0]!.listPrice = 11;
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
    const r = await tiercraft('build', 'model.json', '-o', 'pricing.xlsx');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('Updated');
    const after = await workbook('pricing.xlsx');
    expect(after.worksheets.map((w) => w.name)).toEqual(['Overview', 'Packaging', 'Prices 2026', 'Markets', 'Ladders', 'Bundles', 'Channels', 'Routes', 'Quote', 'Customer quote', 'Scenarios', 'Mix', 'Checks', 'Build history', 'Tiercraft model', 'Notes']);
    // The Overview's link to the price book shows its new name (the link's target reads the anchor, sheetLinks.ts).
    expect(after.getWorksheet('Overview')?.getCell('B6').value).toMatchObject({ result: 'Prices 2026' });
    expect(after.getWorksheet('Prices 2026')?.getCell('AB2').value).toBe('note kept');
    expect(after.getWorksheet('Prices 2026')?.getCell('D5').value).toBe(11);
    expect(after.getWorksheet('Notes')?.getCell('B2').value).toBe('my notes');
  });

  it("refuses (4) a model that grows under a user's note and leaves the file byte for byte as it was", async () => {
    expect((await tiercraft('build', 'model.json', '-o', 'pricing.xlsx')).code).toBe(EXIT.ok);
    const wb = await workbook('pricing.xlsx');
    const note = wb.getWorksheet('Price book')!.getCell('A15');
    note.note = 'by finance, March';
    await save(wb, 'pricing.xlsx');
    const before = readFileSync(join(dir, 'pricing.xlsx'));
    writeFileSync(join(dir, 'model.json'), JSON.stringify(withNewProducts(example(), 3)));
    const r = await tiercraft('build', 'model.json', '-o', 'pricing.xlsx');
    expect(r.code).toBe(EXIT.conflict);
    expect(r.err).toContain("you filled on 'Price book' (A15)");
    expect(r.err).toContain('--sheet key=name');
    expect(readFileSync(join(dir, 'pricing.xlsx')).equals(before)).toBe(true);
  });
});
