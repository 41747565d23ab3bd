/**
 * `tiercraft validate` and `build` report every guardrail breach the engine finds (the same list the
 * task pane's Checks show), with its path, workbook cell and severity; --strict fails on them, --json
 * hands them to scripts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../../src/cli/exitCodes';
import type { Report } from '../../../src/cli/report';
import { loadModel, modelBreaches } from '../../../src/engine';
import { example } from '../../support/models';
import { breachingModel, cliFolder, type CliFolder, cliffFreeExample, warningModel } from './runCli';

jest.setTimeout(60_000);

let folder: CliFolder;
beforeEach(() => {
  folder = cliFolder();
  folder.write('breaching.json', JSON.stringify(breachingModel()));
  folder.write('warning.json', JSON.stringify(warningModel()));
  folder.write('clean.json', JSON.stringify(cliffFreeExample()));
  folder.write('example.json', JSON.stringify(example()));
});
afterEach(() => folder.remove());

const lines = (text: string, severity: string): string[] => text.split('\n').filter((l) => l.startsWith(`${severity}: `));

describe('validate prints every breach with its path, cell and severity', () => {
  it('a 65% floor and a 50% line discount: 5 errors and 3 warnings (one discount, two price cliffs), each where it stands', async () => {
    const r = await folder.tiercraft('validate', 'breaching.json');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('breaching.json: valid (7 products, 24 prices, 3 ladders, 3 bundles); 5 errors, 3 warnings');
    expect(lines(r.err, 'error')).toEqual([
      'error: prices[17] (Price book!A10) [vendor-margin-floor]: "BF-MON" in tier "solution" for term "3-year" via channel "distribution", level "platinum", deal registered: vendor margin 64.26% is below the floor of 65% (vendor net 251.82, cost 90.00)',
      'error: bundles[2] (Bundles!A7) [vendor-margin-floor]: bundle "enterprise-compliance" for term "3-year" via channel "distribution", level "platinum", deal registered: vendor margin 61.2% is below the floor of 65% (vendor net 46389.00, cost 18000.00)',
      'error: quote.lines[1] (Quote!A7) [vendor-margin-floor]: vendor margin 63.56% is below the floor of 65% (vendor net 7112.44, cost 2592.00)',
      'error: quote.lines[2] (Quote!A8) [vendor-margin-floor]: vendor margin 34.53% is below the floor of 65% (vendor net 9165.00, cost 6000.00)',
      'error: quote.lines[2] (Quote!A8) [max-customer-discount]: customer discount 50% off list exceeds the maximum of 40%',
    ]);
    expect(lines(r.err, 'warning')).toEqual([
      'warning: ladders[0].bands[3] (Ladders!E8) [max-customer-discount]: ladder "seats-graduated" band 4 (30%) with term "3-year" (15%): customer discount 45% off list exceeds the maximum of 40%',
      'warning: ladders[1].bands[2] (Ladders!E11) [price-cliff]: ladder "servers-volume": 20 units (band 3) cost 204.00 in total, less than 205.20 for 19 units (band 2), at a list price of 12.00 ("BK-CLI" in tier "solution" for term "monthly"): buying more costs less',
      'warning: ladders[1].bands[3] (Ladders!E12) [price-cliff]: ladder "servers-volume": 100 units (band 4) cost 960.00 in total, less than 1009.80 for 99 units (band 3), at a list price of 12.00 ("BK-CLI" in tier "solution" for term "monthly"): buying more costs less',
    ]);
  });

  it('a model without breaches: 0 errors, 0 warnings, nothing on stderr', async () => {
    const r = await folder.tiercraft('validate', 'clean.json');
    expect(r.out).toBe('clean.json: valid (7 products, 24 prices, 3 ladders, 3 bundles); 0 errors, 0 warnings');
    expect(r.err).toBe('');
  });

  it('the example model: the two price cliffs of its volume ladder, as warnings at their bands', async () => {
    const r = await folder.tiercraft('validate', 'example.json');
    expect(r.out).toBe('example.json: valid (7 products, 24 prices, 3 ladders, 3 bundles); 0 errors, 2 warnings');
    expect(r.err).toContain('warning: ladders[1].bands[2] (Ladders!E11) [price-cliff]: ladder "servers-volume": 20 units (band 3) cost 204.00 in total, less than 205.20 for 19 units (band 2)');
    expect(r.err).toContain('[price-cliff]: ladder "servers-volume": 100 units (band 4) cost 960.00 in total, less than 1009.80 for 99 units');
  });

  it('lists exactly the breaches the engine finds (the list the Checks pane shows)', async () => {
    const loaded = loadModel(breachingModel());
    if (!loaded.ok) throw new Error('the breaching model must load');
    const r = await folder.tiercraft('validate', 'breaching.json', '--json');
    const report = JSON.parse(r.out) as Report;
    expect(report.breaches.map((b) => b.message)).toEqual(modelBreaches(loaded.model).map((b) => b.message.replace(/^quote\.lines\[\d\]: /, '')));
  });
});

describe('--strict', () => {
  it.each([
    ['breaching.json', [], EXIT.ok],
    ['breaching.json', ['--strict'], EXIT.strict],
    ['breaching.json', ['--strict=warnings'], EXIT.strict],
    ['warning.json', ['--strict'], EXIT.ok],
    ['warning.json', ['--strict=errors'], EXIT.ok],
    ['warning.json', ['--strict=warnings'], EXIT.strict],
    // The level is joined with '=': a separate word is an extra argument.
    ['warning.json', ['--strict', 'warnings'], EXIT.usage],
    ['clean.json', ['--strict=warnings'], EXIT.ok],
  ])('validate %s %j exits %i', async (file, options, code) => {
    expect((await folder.tiercraft('validate', file, ...options)).code).toBe(code);
  });

  it('--strict before the model file still takes the file as the model', async () => {
    const r = await folder.tiercraft('validate', '--strict', 'breaching.json');
    expect(r.code).toBe(EXIT.strict);
    expect(r.err).toContain('5 errors, 3 warnings; --strict fails on errors');
  });

  it('an unknown level is a usage error (2)', async () => {
    expect((await folder.tiercraft('validate', 'clean.json', '--strict=everything')).code).toBe(EXIT.usage);
  });

  it('build under --strict with breaches writes nothing (5); without --strict it writes and reports', async () => {
    const strict = await folder.tiercraft('build', 'breaching.json', '-o', 'pricing.xlsx', '--strict');
    expect(strict.code).toBe(EXIT.strict);
    expect(strict.err).toContain('5 errors, 3 warnings; --strict fails on errors; no workbook was written.');
    expect(existsSync(join(folder.dir, 'pricing.xlsx'))).toBe(false);
    const lenient = await folder.tiercraft('build', 'breaching.json', '-o', 'pricing.xlsx');
    expect(lenient.code).toBe(EXIT.ok);
    expect(lines(lenient.err, 'error')).toHaveLength(5);
    expect(lenient.err).toContain('breaching.json: 5 errors, 3 warnings');
    expect(existsSync(join(folder.dir, 'pricing.xlsx'))).toBe(true);
  });

  it('build --strict=warnings refuses a model with only a warning, --strict builds it', async () => {
    expect((await folder.tiercraft('build', 'warning.json', '-o', 'w.xlsx', '--strict=warnings')).code).toBe(EXIT.strict);
    expect(existsSync(join(folder.dir, 'w.xlsx'))).toBe(false);
    expect((await folder.tiercraft('build', 'warning.json', '-o', 'w.xlsx', '--strict')).code).toBe(EXIT.ok);
  });
});

describe('--json', () => {
  it('prints { valid, issues, breaches } and nothing else on stdout', async () => {
    const r = await folder.tiercraft('validate', 'breaching.json', '--json', '--strict');
    expect(r.code).toBe(EXIT.strict);
    expect(r.err).toBe('');
    const report = JSON.parse(r.out) as Report;
    expect(Object.keys(report)).toEqual(['valid', 'issues', 'breaches']);
    expect(report.valid).toBe(true);
    expect(report.breaches).toHaveLength(8);
    expect(report.breaches[4]).toEqual({
      rule: 'max-customer-discount', severity: 'error', path: 'quote.lines[2]', cell: 'Quote!A8',
      message: 'customer discount 50% off list exceeds the maximum of 40%',
    });
  });

  it('an invalid model: valid false, every issue with its path, exit 1', async () => {
    folder.write('bad.json', JSON.stringify({ ...example(), currency: 'dollars' }));
    const r = await folder.tiercraft('validate', 'bad.json', '--json');
    expect(r.code).toBe(EXIT.invalid);
    const report = JSON.parse(r.out) as Report;
    expect(report.valid).toBe(false);
    expect(report.issues).toContainEqual(expect.objectContaining({ severity: 'error', path: 'currency' }));
    expect(report.breaches).toEqual([]);
  });

  it('build --json prints the report only, however the build goes', async () => {
    const r = await folder.tiercraft('build', 'breaching.json', '-o', 'pricing.xlsx', '--json');
    expect(r.code).toBe(EXIT.ok);
    expect((JSON.parse(r.out) as Report).breaches).toHaveLength(8);
  });
});
