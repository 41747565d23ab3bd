/**
 * Building workbooks (`tiercraft build` of a new file, without the command line's start): each run in a
 * child process of its own (bench/workbookBuild.ts), so that its memory starts clean, timing the model
 * loaded and validated, described (describeWorkbook) and streamed to an .xlsx file (writeXlsxStream), and
 * reporting the child's peak RSS (which includes Node and the loaded modules, about 100 MB). The verdict
 * is on wall-clock time; the CPU time beside it (user and system, compression included) tells a busy
 * machine from a slow build. Medians of 5 runs (3 for the big models; 1 each with BENCH_SHORT=1):
 * - the example model: target under 0.4 s;
 * - 10,000 products × 3 tiers × 3 terms: under 2.5 s and 350 MB;
 * - 30,000 products: under 6 s, memory growing at most linearly (the 10,000 → 30,000 growth a product at
 *   most that of 0 → 10,000, with the example as 0);
 * - the example model with a 10,000-row mix (the Mix sheet prices every row live): buildable, under 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { generatedModel } from './generatedModel';

const SHORT = process.env.BENCH_SHORT === '1';
const ROOT = join(__dirname, '..');
const CHILD = join(__dirname, 'workbookBuild.ts');

interface Measure {
  readonly loadMs: number;
  readonly describeMs: number;
  readonly writeMs: number;
  readonly totalMs: number;
  readonly cpuMs: number;
  readonly peakMb: number;
}

function buildOnce(what: string, dir: string): Measure {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, what, join(dir, `${what}.xlsx`)], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`building ${what} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Measure;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

function measure(what: string, runs: number, dir: string): Measure {
  const all = Array.from({ length: runs }, () => buildOnce(what, dir));
  const of = (k: keyof Measure): number => median(all.map((m) => m[k]));
  return { loadMs: of('loadMs'), describeMs: of('describeMs'), writeMs: of('writeMs'), totalMs: of('totalMs'), cpuMs: of('cpuMs'), peakMb: of('peakMb') };
}

interface Target {
  readonly seconds: number;
  readonly mb?: number;
}

function report(label: string, runs: number, m: Measure, target: Target, extra = ''): void {
  const ok = m.totalMs / 1000 < target.seconds && (target.mb === undefined || m.peakMb < target.mb);
  const mbTarget = target.mb === undefined ? '' : ` (target < ${target.mb} MB)`;
  console.log(
    `${label}, median of ${runs}: ${(m.totalMs / 1000).toFixed(2)} s (target < ${target.seconds} s) = load ${(m.loadMs / 1000).toFixed(2)} + describe ${(m.describeMs / 1000).toFixed(2)} + write ${(m.writeMs / 1000).toFixed(2)} s wall (CPU ${(m.cpuMs / 1000).toFixed(2)} s); peak RSS ${m.peakMb.toFixed(0)} MB${mbTarget}${extra}  ${ok ? 'OK' : 'OVER TARGET'}`,
  );
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-bench-'));
  const small = SHORT ? 1 : 5;
  const big = SHORT ? 1 : 3;
  try {
    const example = measure('example', small, dir);
    report('Build the example model to .xlsx (load + describe + stream to file, in a fresh process, CLI start excluded)', small, example, { seconds: 0.4 });
    const ten = measure('10000', big, dir);
    report('Build 10,000 products × 3 tiers × 3 terms to .xlsx (same steps)', big, ten, { seconds: 2.5, mb: 350 });
    const thirty = measure('30000', big, dir);
    // Linear memory: the growth a product from 10,000 to 30,000 at most that from the example to 10,000 (10% slack for noise).
    const first = (ten.peakMb - example.peakMb) / 10_000;
    const second = (thirty.peakMb - ten.peakMb) / 20_000;
    const linear = second <= first * 1.1;
    report('Build 30,000 products × 3 tiers × 3 terms to .xlsx (same steps)', big, thirty, { seconds: 6 }, `; ${(second * 1024).toFixed(1)} KB a product from 10,000 (${(first * 1024).toFixed(1)} KB up to 10,000): ${linear ? 'linear' : 'NOT LINEAR'}`);
    const mix = measure('mix', big, dir);
    report('Build the example model with a 10,000-row mix to .xlsx (same steps; each mix row priced live)', big, mix, { seconds: 10, mb: 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
