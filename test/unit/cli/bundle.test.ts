/**
 * The command line as users start it: bin/tiercraft.mjs running the compiled bundle
 * (dist/cli/tiercraft.cjs, built by the unit project's globalSetup when stale). The bundle lives in
 * another folder than its sources, so these specs check that it still finds the files shipped beside
 * it (the example model, the quote PDF's fonts), that it needs no development package at run time, and
 * that `--help` loads none of the heavy packages. Without the bundle, bin/tiercraft.mjs says how to
 * build it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../../src/cli/exitCodes';
import { pdfFonts, pdfText } from './pdfText';

const ROOT = join(__dirname, '../../..');
const BIN = join(ROOT, 'bin', 'tiercraft.mjs');
const BUNDLE = join(ROOT, 'dist', 'cli', 'tiercraft.cjs');
const EXAMPLE = join(ROOT, 'examples', 'backup-vendor.tiercraft.json');
jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiercraft-bundle-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tiercraft(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 50_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('bin/tiercraft.mjs runs the compiled command line', () => {
  it('stops quietly when its reader has closed the pipe (tiercraft --help | true)', () => {
    // `true` exits without reading, so the help is written into a closed pipe.
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" --help | true`], { cwd: dir, encoding: 'utf8', timeout: 50_000 });
    expect({ code: r.status, err: r.stderr }).toEqual({ code: EXIT.ok, err: '' });
  });

  it('prints the help and exits 0', () => {
    const r = tiercraft('--help');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('build [options] <model>');
    expect(r.out).toContain('70  unexpected internal error');
  });

  it('init writes the example model shipped in examples/', () => {
    expect(tiercraft('init', 'start.json').code).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'start.json'), 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  it('builds the example workbook', () => {
    const r = tiercraft('build', EXAMPLE, '-o', 'pricing.xlsx');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('Wrote pricing.xlsx: Overview, Packaging, Price book');
    expect(readFileSync(join(dir, 'pricing.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes the quote PDF in the fonts of assets/fonts, embedded', () => {
    expect(tiercraft('quote', EXAMPLE, '-o', 'quote.pdf').code).toBe(EXIT.ok);
    const fonts = pdfFonts(join(dir, 'quote.pdf'));
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSansCondensed', 'DejaVuSansCondensed-Bold']);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(pdfText(join(dir, 'quote.pdf'))).toContain('Northwind Logistics');
  });

  it('prints a usage error as it did from the sources (exit 2)', () => {
    const r = tiercraft('bogus');
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain("unknown command 'bogus'");
  });
});

describe('the bundle', () => {
  const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const bundle = readFileSync(BUNDLE, 'utf8');
  const required = [...new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!))];

  it('requires only Node built-ins and the production dependencies of package.json (no tsx, no esbuild)', () => {
    const builtins = new Set(builtinModules);
    const packageOf = (id: string): string => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]!);
    const outside = required.filter((id) => !id.startsWith('node:') && !builtins.has(id) && !(packageOf(id) in packageJson.dependencies));
    expect(required).toEqual(expect.arrayContaining(['commander', 'exceljs', 'pdfkit']));
    expect(outside).toEqual([]);
    expect(packageJson.dependencies).not.toHaveProperty('tsx');
  });

  it('loads none of exceljs, pdfkit, jszip, zod or papaparse for --help', () => {
    const probe = `process.argv = [process.argv[0], 'tiercraft', '--help'];
process.stdout.write = () => true;
require(${JSON.stringify(BUNDLE)});
process.on('exit', () => {
  const loaded = Object.keys(require.cache).map((f) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f)?.[1]).filter(Boolean);
  process.stderr.write(JSON.stringify([...new Set(loaded)].sort()));
});`;
    const r = spawnSync(process.execPath, ['-e', probe], { cwd: dir, encoding: 'utf8', timeout: 50_000 });
    expect(r.status).toBe(EXIT.ok);
    const loaded = JSON.parse(r.stderr) as string[];
    expect(loaded).toContain('commander');
    expect(loaded.filter((p) => ['exceljs', 'pdfkit', 'jszip', 'zod', 'papaparse'].includes(p))).toEqual([]);
  });
});

describe('without the bundle', () => {
  it('bin/tiercraft.mjs says how to build it, with no stack trace, and exits 70', () => {
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'tiercraft.mjs'));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'tiercraft.mjs'), '--help'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the compiled command line is missing');
    expect(r.stderr).toContain('npm run build:cli');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
