/**
 * `tiercraft validate` on a generated model of 10,000 products × 3 tiers × 3 terms (90,000 price-book
 * entries, each checked against the vendor margin floor through every channel and partner level):
 * - end to end in a child process, start-up included: the median of 3 runs (1 with BENCH_SHORT=1),
 *   wall-clock, and the CPU time (user + system) of that run, which other processes sharing the cores
 *   do not inflate;
 * - its steps in this process, each the median of 3 runs (1 with BENCH_SHORT=1) after one warm-up,
 *   each on a model loaded afresh: loading the model (schema and cross-references), the model's
 *   guardrails (checkModel), and describing the workbook that names each breach's cell.
 * Target: the whole command under 5 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as engine from '../src/engine';
import type { Model } from '../src/engine';
import { describeWorkbook } from '../src/workbook/build/describeWorkbook';
import { generatedModel } from './workbook.bench';

// Bound once, as a bundler links them (see model.bench.ts).
const { loadModel, checkModel } = engine;

const BIN = join(__dirname, '..', 'bin', 'tiercraft.mjs');
const TARGET_SECONDS = 5;
const SHORT = process.env.BENCH_SHORT === '1';

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median milliseconds of `runs` runs of `work` on a value `setup` makes afresh for each run (not timed),
 * after one unmeasured run: each run is as cold as the command's own (no cache of an earlier run helps).
 */
function timeMs<T>(runs: number, setup: () => T, work: (value: T) => unknown): { ms: number; sink: unknown } {
  let sink: unknown = work(setup());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const value = setup();
    const started = performance.now();
    sink = work(value);
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), sink };
}

/** `tiercraft validate file` in a child process: median wall-clock seconds, and its CPU seconds (user + system) in that run. */
function validateSeconds(file: string, dir: string): { seconds: number; cpu: number; summary: string } {
  const cpuFile = join(dir, 'cpu.txt');
  const preload = join(dir, 'cpu.cjs');
  writeFileSync(preload, `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(cpuFile)}, String(u.userCPUTime + u.systemCPUTime)); });\n`);
  const samples: { seconds: number; cpu: number }[] = [];
  let summary = '';
  for (let i = 0; i < (SHORT ? 1 : 3); i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'validate', file], {
      env: { ...process.env, NODE_OPTIONS: `--require ${preload}` },
      encoding: 'utf8',
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    if (r.status !== 0) throw new Error(`tiercraft validate failed (${r.status}): ${r.stderr.slice(0, 500)}`);
    samples.push({ seconds, cpu: Number(readFileSync(cpuFile, 'utf8')) / 1e6 });
    summary = r.stdout.trim().split('\n').pop() ?? '';
  }
  const middle = [...samples].sort((a, b) => a.seconds - b.seconds)[Math.floor(samples.length / 2)] ?? { seconds: NaN, cpu: NaN };
  return { ...middle, summary };
}

export async function run(): Promise<void> {
  const json = generatedModel(10_000);
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-bench-'));
  try {
    const file = join(dir, 'generated.json');
    writeFileSync(file, JSON.stringify(json));
    const whole = validateSeconds(file, dir);
    const ok = whole.seconds < TARGET_SECONDS;
    console.log(
      `tiercraft validate: 10,000 products × 3 × 3   ${whole.seconds.toFixed(2).padStart(6)} s (median, target < ${TARGET_SECONDS} s), CPU ${whole.cpu.toFixed(2)} s   ${ok ? 'OK' : 'OVER TARGET'}`,
    );
    console.log(`  ${whole.summary.replace(/^.*: valid/, 'valid')}`);

    const runs = SHORT ? 1 : 3;
    const load = timeMs(runs, () => json, (model) => loadModel(model));
    const fresh = (): Model => {
      const loaded = loadModel(json);
      if (!loaded.ok) throw new Error(`generated model does not load: ${loaded.issues[0]?.message}`);
      return loaded.model;
    };
    const check = timeMs(runs, fresh, (model) => checkModel(model).length);
    const describe = timeMs(runs, fresh, (model) => describeWorkbook(model).sheets.length);
    const row = (what: string, ms: number): string => `  ${what.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms (median)`;
    console.log(row('loadModel (schema and cross-references)', load.ms));
    console.log(row(`checkModel (guardrails; ${String(check.sink)} breaches)`, check.ms));
    console.log(row("describeWorkbook (to name each breach's cell)", describe.ms));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
