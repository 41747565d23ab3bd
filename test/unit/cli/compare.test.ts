/**
 * `tiercraft compare model.json`: the base of examples/backup-vendor-scenarios.tiercraft.json against
 * each of its five scenarios, on its mix and its quote, each figure the engine's compareScenarios gives;
 * the example mix CSV holds the same rows as the model's mix, so it gives the same figures.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../../src/cli/exitCodes';
import { compareScenarios, formatMoney, toFixedString } from '../../../src/engine';
import { example, load } from '../../support/models';
import { cliFolder, type CliFolder } from './runCli';

const EXAMPLES = join(__dirname, '../../../examples');
const MODEL = 'backup-vendor-scenarios.tiercraft.json';
const model = () => load(JSON.parse(readFileSync(join(EXAMPLES, MODEL), 'utf8')));

interface Doc {
  file: string;
  currency: string;
  base: { mix: { lines: number; parties: Record<string, Record<string, string>> }; quote: unknown; breaches: unknown[] };
  scenarios: { id: string; name: string; comparison: { mix: { parties: { party: string; pocket: Record<string, string> }[] }; introducesErrors: boolean } }[];
}

let folder: CliFolder;
beforeEach(() => {
  folder = cliFolder();
  copyFileSync(join(EXAMPLES, MODEL), join(folder.dir, MODEL));
  copyFileSync(join(EXAMPLES, 'backup-vendor-mix.csv'), join(folder.dir, 'mix.csv'));
});
afterEach(() => folder.remove());

describe('tiercraft compare', () => {
  it('prints each scenario and every party on the mix, the figures the engine gives', async () => {
    const r = await folder.tiercraft('compare', MODEL);
    expect([r.code, r.err]).toEqual([EXIT.ok, '']);
    const engine = compareScenarios(model());
    expect(engine.scenarios.map((s) => s.scenario.name)).toEqual(['Platinum +2 pts', 'Distributor 10%', 'List +5% on the Backup family', '3-year term 20%', 'Gold rebate 3%']);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Scenarios (5), each against the base:');
    for (const s of engine.scenarios) {
      const row = lines.find((l) => l.trim().startsWith(`${s.scenario.name}  `) && l.includes('vendor'))!;
      const vendor = s.comparison.mix!.parties.find((p) => p.party === 'vendor')!;
      const cells = row.trim().split(/\s{2,}/);
      expect(cells.slice(0, 5)).toEqual([s.scenario.name, 'vendor', ...[vendor.revenue.other, vendor.pocket.other, vendor.margin.other].map((d) => formatMoney(d, 2))]);
    }
    expect(r.out).toContain('Mix "FY2027 plan" (20 rows)');
    expect(r.out).toContain('Breaches by scenario:');
  });

  it('--json gives the base and each scenario; --mix with the example CSV gives the figures of the model\'s own mix', async () => {
    const own = await folder.tiercraft('compare', MODEL, '--json');
    const csv = await folder.tiercraft('compare', MODEL, '--mix', 'mix.csv', '--json');
    expect([own.code, csv.code]).toEqual([EXIT.ok, EXIT.ok]);
    const doc = JSON.parse(own.out) as Doc;
    const fromCsv = JSON.parse(csv.out) as Doc;
    const engine = compareScenarios(model());
    expect(doc.scenarios.map((s) => s.id)).toEqual(engine.scenarios.map((s) => s.scenario.id));
    expect(doc.base.mix.lines).toBe(20);
    expect(doc.base.mix.parties.vendor).toEqual({ revenue: toFixedString(engine.mix!.parties.vendor.revenue), pocket: toFixedString(engine.mix!.parties.vendor.pocket), margin: toFixedString(engine.mix!.parties.vendor.margin) });
    expect(doc.scenarios[0]!.comparison.mix.parties[0]!.pocket.other).toBe(toFixedString(engine.scenarios[0]!.comparison.mix!.parties[0]!.pocket.other));
    // the CSV's rows are the model's mix rows (its name is the CSV's own)
    expect(fromCsv.base.mix.parties).toEqual(doc.base.mix.parties);
    expect(fromCsv.scenarios.map((s) => s.comparison.mix.parties)).toEqual(doc.scenarios.map((s) => s.comparison.mix.parties));
  });

  it("gives the README's sample, section by section", async () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const command = `$ npx tiercraft compare examples/${MODEL}\n`;
    const start = readme.indexOf(command) + command.length;
    expect(start).toBeGreaterThan(command.length);
    const sample = readme.slice(start, readme.indexOf('```', start));
    const sections = sample.split(/^….*$/m).map((s) => s.trim()).filter((s) => s !== '');
    expect(sections).toHaveLength(2);
    const r = await folder.tiercraft('compare', MODEL);
    for (const section of sections) expect(r.out).toContain(section);
  });

  it('says so when the model has no scenarios, and refuses a mix naming an unknown product or level, by row and column (exit 1)', async () => {
    folder.write('plain.json', JSON.stringify(example()));
    const plain = await folder.tiercraft('compare', 'plain.json');
    expect(plain.code).toBe(EXIT.ok);
    expect(plain.err).toContain('plain.json: no scenarios');
    // a blank line is row 3 as a spreadsheet numbers rows: the unknown product is on row 4
    folder.write('bad.csv', 'item,tier,term,channel,level,dealRegistration,quantity,discount\nBK-CLI,product,annual,direct,,false,10,0\n\nBK-NOPE,product,annual,direct,,false,10,0\nBK-CLI,product,annual,reseller,platnum,false,10,0\n');
    const bad = await folder.tiercraft('compare', MODEL, '--mix', 'bad.csv');
    expect([bad.code, bad.out]).toEqual([EXIT.invalid, '']);
    expect(bad.err.split('\n')).toEqual(['error: bad.csv row 4, item: no product "BK-NOPE"', 'error: bad.csv row 5, level: no partner level "platnum"', 'bad.csv: 2 problems in the mix; nothing was compared.']);
  });
});
