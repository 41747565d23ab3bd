/**
 * Every model in examples/ is valid and runs through the commands a reader of the README tries first:
 * validate, quote, routes (the quote's first line) and build. The two-tier example's first quote line is
 * the line finance checks by hand in the README's channel economics section.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../../src/cli/exitCodes';
import { cliFolder, type CliFolder } from './runCli';

const EXAMPLES = join(__dirname, '../../../examples');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.tiercraft.json')).sort();

interface Example {
  $schema: string;
  quote: { lines: { item: { sku?: string; bundle?: string }; tier?: string; term: string }[] };
}

let cli: CliFolder;
beforeEach(() => {
  cli = cliFolder();
});
afterEach(() => cli.remove());

it('examples/ holds the backup vendor (also with scenarios and a mix) and the two-tier distribution models', () => {
  expect(files).toEqual(['backup-vendor-scenarios.tiercraft.json', 'backup-vendor.tiercraft.json', 'two-tier-distribution.tiercraft.json']);
});

describe.each(files)('%s', (file) => {
  const example = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Example;
  const copy = (): void => copyFileSync(join(EXAMPLES, file), join(cli.dir, file));

  it('points at the published schema and validates without errors', async () => {
    expect(example.$schema).toBe('../schema/tiercraft-model.schema.json');
    copy();
    const r = await cli.tiercraft('validate', file, '--json');
    const doc = JSON.parse(r.out) as { valid: boolean; issues: { severity: string }[]; breaches: { severity: string }[] };
    expect(doc.valid).toBe(true);
    expect(doc.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('prices its quote, compares the routes of its first line and builds', async () => {
    copy();
    expect((await cli.tiercraft('quote', file)).code).toBe(EXIT.ok);
    const first = example.quote.lines[0]!;
    const item = first.item.sku ?? first.item.bundle!;
    const tier = first.tier === undefined ? [] : ['--tier', first.tier];
    const routes = await cli.tiercraft('routes', file, '--item', item, ...tier, '--term', first.term);
    expect([routes.code, routes.err]).toEqual([EXIT.ok, '']);
    expect(routes.out.split('\n').length).toBeGreaterThan(2);
    const built = await cli.tiercraft('build', file, '-o', 'out.xlsx');
    expect([built.code, built.err.split('\n').filter((l) => l.startsWith('error'))]).toEqual([EXIT.ok, []]);
  }, 60_000);
});

describe('two-tier-distribution.tiercraft.json', () => {
  it('gives the routes the README shows', async () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const command = '$ npx tiercraft routes examples/two-tier-distribution.tiercraft.json --item EP-SUITE --tier business --term annual --discount 10%\n';
    const start = readme.indexOf(command) + command.length;
    expect(start).toBeGreaterThan(command.length);
    copyFileSync(join(EXAMPLES, 'two-tier-distribution.tiercraft.json'), join(cli.dir, 'm.json'));
    const r = await cli.tiercraft('routes', 'm.json', '--item', 'EP-SUITE', '--tier', 'business', '--term', 'annual', '--discount', '10%');
    expect(`${r.out}\n`).toBe(readme.slice(start, readme.indexOf('```', start)));
  });

  it('breaks no guardrail', async () => {
    copyFileSync(join(EXAMPLES, 'two-tier-distribution.tiercraft.json'), join(cli.dir, 'm.json'));
    expect((await cli.tiercraft('validate', 'm.json')).out).toBe('m.json: valid (3 products, 10 prices, 0 ladders, 1 bundles); 0 errors, 0 warnings');
  });

  it('prices the line of the README: partner-funded, customer 900, reseller 700, distributor 600, pocket price 567', async () => {
    copyFileSync(join(EXAMPLES, 'two-tier-distribution.tiercraft.json'), join(cli.dir, 'm.json'));
    const doc = JSON.parse((await cli.tiercraft('quote', 'm.json', '--json')).out) as { partnerPurchases: number; lines: Record<string, unknown>[] };
    expect(doc.partnerPurchases).toBe(200_000);
    expect(doc.lines[0]).toMatchObject({
      funding: 'partner', customerPrice: '900.00', resellerBuy: '700.00', resellerMargin: '233.00', distributorBuy: '600.00', distributorMargin: '100.00',
      vendorInvoice: '600.00', rebate: '18.00', mdf: '9.00', coop: '6.00', vendorNet: '567.00',
    });
    // the special bid line: 5% of the 10,000 list, passed down to every buy price
    expect(doc.lines[1]).toMatchObject({ funding: 'partner', specialBidDiscount: '500.00', customerPrice: '9000.00', resellerBuy: '6500.00', distributorBuy: '5500.00' });
    // a line that overrides the channel's funding
    expect(doc.lines[2]).toMatchObject({ funding: 'vendor' });
  });
});
