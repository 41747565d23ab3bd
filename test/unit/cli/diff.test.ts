/**
 * `tiercraft diff old.json new.json`: the changes between two versions of the example model and their
 * impact, as text, as JSON and as a Changes workbook, each figure the engine's compareModels gives; exit
 * 6 when the new version brings guardrail errors, 1 for a model or mix that does not load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CHANGES_SHEETS } from '../../../src/cli/changesWorkbook';
import { EXIT } from '../../../src/cli/exitCodes';
import { type Comparison, compareModels, type Mix, toFixedString } from '../../../src/engine';
import type { ModelInput } from '../../../src/engine/model/schema';
import { example, load } from '../../support/models';
import { breachingModel, cliFolder, type CliFolder } from './runCli';

interface Editable {
  prices: { sku: string; tier: string; term: string; listPrice: number }[];
  levels: { id: string; discount: number }[];
  mix?: unknown;
}

/** The example with BK-CLI's annual Product price 90 → 99 and Gold's discount 20% → 22%. */
function changedExample(): ModelInput {
  const m = example() as unknown as Editable;
  m.prices.find((p) => p.sku === 'BK-CLI' && p.tier === 'product' && p.term === 'annual')!.listPrice = 99;
  m.levels.find((l) => l.id === 'gold')!.discount = 0.22;
  return m as unknown as ModelInput;
}

/** 10 BK-CLI annual direct, 20 BF-AUTO annual through Distribution · Gold, registered. */
const MIX_CSV = 'item,tier,term,channel,level,dealRegistration,quantity,discount\nBK-CLI,product,annual,direct,,false,10,0\nBF-AUTO,solution,annual,distribution,gold,true,20,0\n';
const MIX: Mix = {
  name: 'Mix',
  rows: [
    { item: { sku: 'BK-CLI' }, tier: 'product', term: 'annual', channel: 'direct', dealRegistration: false, quantity: 10, discount: 0 },
    { item: { sku: 'BF-AUTO' }, tier: 'solution', term: 'annual', channel: 'distribution', level: 'gold', dealRegistration: true, quantity: 20, discount: 0 },
  ],
};

const engine = (base: ModelInput, other: ModelInput, mix: Mix | null = null): Comparison =>
  compareModels(load(base), load(other), { mix, baseName: 'old.json', otherName: 'new.json' });

/** The cells of an aligned text row. */
const cellsOf = (line: string): string[] => line.trim().split(/\s{2,}/);

let folder: CliFolder;
beforeEach(() => {
  folder = cliFolder();
  folder.write('old.json', JSON.stringify(example()));
  folder.write('new.json', JSON.stringify(changedExample()));
  folder.write('mix.csv', MIX_CSV);
});
afterEach(() => folder.remove());

describe('tiercraft diff', () => {
  it('prints the changed price point with money and percent, the changed setting, and each party on the quote and the mix', async () => {
    const r = await folder.tiercraft('diff', 'old.json', 'new.json', '--mix', 'mix.csv');
    expect([r.code, r.err]).toEqual([EXIT.ok, '']);
    const c = engine(example(), changedExample(), MIX);
    const label = c.pricePoints[0]!.label;
    const lines = r.out.split('\n');
    expect(cellsOf(lines.find((l) => l.includes(label))!)).toEqual([label, 'list price', '90.00', '99.00', '+9.00', '+10.0%']);
    expect(cellsOf(lines.find((l) => l.includes(c.settings[0]!.label))!)).toEqual([c.settings[0]!.label, '20%', '22%', c.settings[0]!.path]);
    // the mix's first table row is the vendor's revenue: the engine's, base and new
    const mixAt = lines.findIndex((l) => l.startsWith('Mix'));
    const vendor = c.mix!.parties.find((p) => p.party === 'vendor')!;
    expect(cellsOf(lines[mixAt + 2]!).slice(0, 4)).toEqual(['vendor', 'revenue', ...[vendor.revenue.base, vendor.revenue.other].map((d) => Number(toFixedString(d)).toLocaleString('en-US', { minimumFractionDigits: 2 }))]);
    expect(r.out).toContain('Quote (3 rows priced on the base, 3 rows on the new)');
    expect(r.out).toContain('Breaches that appear: none');
  });

  it("gives the README's sample, section by section", async () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const command = '$ npx tiercraft diff examples/backup-vendor.tiercraft.json new.json --mix examples/backup-vendor-mix.csv\n';
    const start = readme.indexOf(command) + command.length;
    expect(start).toBeGreaterThan(command.length);
    const sections = readme.slice(start, readme.indexOf('```', start)).split(/^….*$/m).map((s) => s.trim());
    expect(sections).toHaveLength(2);
    folder.write('backup-vendor.tiercraft.json', JSON.stringify(example()));
    folder.write('backup-vendor-mix.csv', readFileSync(join(__dirname, '../../../examples/backup-vendor-mix.csv')));
    const r = await folder.tiercraft('diff', 'backup-vendor.tiercraft.json', 'new.json', '--mix', 'backup-vendor-mix.csv');
    for (const section of sections) expect(r.out).toContain(section);
  });

  it('exits 6 and names the new errors when the new version brings guardrail errors; 0 when errors go away', async () => {
    folder.write('strict.json', JSON.stringify(breachingModel()));
    const worse = await folder.tiercraft('diff', 'old.json', 'strict.json');
    const c = engine(example(), breachingModel());
    const errors = c.breaches.appeared.filter((b) => b.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(worse.code).toBe(EXIT.newErrors);
    expect(worse.err).toBe(`strict.json brings ${errors.length} guardrail errors the base did not have`);
    for (const b of errors) expect(worse.out).toContain(`error [${b.rule}] ${b.path}: ${b.message.replace(`${b.path}: `, '')}`);
    const better = await folder.tiercraft('diff', 'strict.json', 'old.json');
    expect(better.code).toBe(EXIT.ok);
    expect(better.out).toContain(`Breaches that disappear (${c.breaches.appeared.length}):`);
  });

  it('--json prints one document, decimals as strings at the minor unit', async () => {
    const r = await folder.tiercraft('diff', 'old.json', 'new.json', '--mix', 'mix.csv', '--json');
    expect(r.code).toBe(EXIT.ok);
    const doc = JSON.parse(r.out) as Record<string, unknown> & { pricePoints: Record<string, unknown>[]; mix: { parties: { party: string; margin: Record<string, string> }[] }; quote: unknown };
    expect(Object.keys(doc)).toEqual(['files', 'currency', 'base', 'other', 'pricePoints', 'settings', 'mix', 'quote', 'breaches', 'cliffs', 'introducesErrors']);
    expect(doc.files).toEqual({ base: 'old.json', other: 'new.json' });
    expect(doc.pricePoints[0]).toMatchObject({ item: { sku: 'BK-CLI' }, tier: 'product', term: 'annual', field: 'list price', base: '90.00', other: '99.00', change: '9.00' });
    expect(Number(doc.pricePoints[0]!.changePct)).toBe(0.1);
    const c = engine(example(), changedExample(), MIX);
    expect(doc.mix.parties.map((p) => [p.party, p.margin.base, p.margin.other])).toEqual(c.mix!.parties.map((p) => [p.party, toFixedString(p.margin.base), toFixedString(p.margin.other)]));
    expect(doc.introducesErrors).toBe(false);
  });

  it('--xlsx writes a Changes workbook: its money the engine\'s, in the model\'s currency, its text as text', async () => {
    const r = await folder.tiercraft('diff', 'old.json', 'new.json', '--mix', 'mix.csv', '--xlsx', 'changes.xlsx');
    expect(r.code).toBe(EXIT.ok);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(folder.read('changes.xlsx') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...CHANGES_SHEETS]);
    const c = engine(example(), changedExample(), MIX);
    const points = wb.getWorksheet('Price points')!;
    expect(points.getRow(3).values).toEqual([undefined, 'Price point', 'Item', 'Tier', 'Term', 'Field', 'Base', 'New', 'Change', 'Change %']);
    expect(points.getRow(4).values).toEqual([undefined, c.pricePoints[0]!.label, 'BK-CLI', 'product', 'annual', 'list price', 90, 99, 9, 0.1]);
    expect(points.getCell('F4').numFmt).toContain('"$"#,##0.00');
    expect(points.getCell('I4').numFmt).toBe('0.0%');
    const settings = wb.getWorksheet('Settings')!;
    // "20%" stays the text the engine wrote, not a number
    expect([settings.getCell('C4').type, settings.getCell('C4').value, settings.getCell('D4').value]).toEqual([ExcelJS.ValueType.String, '20%', '22%']);
    const parties = wb.getWorksheet('Parties')!;
    const expected = (['mix.csv', 'Quote'] as const).flatMap((book) =>
      (book === 'mix.csv' ? c.mix! : c.quote!).parties.flatMap((p) =>
        (['revenue', 'pocket', 'margin'] as const).map((f) => [book, p.party, f, ...[p[f].base, p[f].other, p[f].change].map((d) => Number(toFixedString(d)))]),
      ),
    );
    const rows = expected.map((_, i) => (parties.getRow(4 + i).values as unknown[]).slice(1, 7));
    expect(rows).toEqual(expected);
    const summary = wb.getWorksheet('Summary')!;
    expect([summary.getCell('A11').value, summary.getCell('B11').value]).toEqual(['Introduces guardrail errors', 'No']);
    expect(wb.getWorksheet('Breaches')!.getCell('A3').value).toBe('none');
  });

  it('--xlsx keeps a value that looks like a formula as text', async () => {
    const renamed = example() as unknown as { products: { sku: string; name: string }[] };
    renamed.products[0]!.name = '=SUM(1,1)';
    folder.write('renamed.json', JSON.stringify(renamed));
    expect((await folder.tiercraft('diff', 'old.json', 'renamed.json', '--xlsx', 'changes.xlsx')).code).toBe(EXIT.ok);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(folder.read('changes.xlsx') as unknown as ArrayBuffer);
    const settings = wb.getWorksheet('Settings')!;
    expect([settings.getCell('D4').type, settings.getCell('D4').value]).toEqual([ExcelJS.ValueType.String, '=SUM(1,1)']);
  });

  it('names the file and path of a model that does not load, and the row and column of a bad mix (exit 1)', async () => {
    const bad = changedExample() as unknown as Editable;
    bad.prices[0]!.listPrice = -1;
    folder.write('bad.json', JSON.stringify(bad));
    const r = await folder.tiercraft('diff', 'old.json', 'bad.json');
    expect(r.code).toBe(EXIT.invalid);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^error: prices\[0\]\.listPrice: /m);
    expect(r.err).toContain('bad.json: 1 error');
    folder.write('bad.csv', 'item,tier,term,channel,level,dealRegistration,quantity,discount\nBK-CLI,product,annual,direct,,false,x,0\n');
    const csv = await folder.tiercraft('diff', 'old.json', 'new.json', '--mix', 'bad.csv');
    expect(csv.code).toBe(EXIT.invalid);
    expect(csv.err).toContain("bad.csv row 2, quantity: 'x' is not a number");
    expect(csv.err).toContain('bad.csv: a problem in the mix; nothing was compared.');
  });
});
