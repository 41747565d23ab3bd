/**
 * Model engine timings: loading (validating) the example model and the guardrails over it and over a
 * 1,000-line quote (quote.bench.ts's, which times priceQuote itself), as the median wall time of many
 * runs after warm-up (verdicts on it), beside the best run and the median CPU time. Results go into a
 * printed sink so V8 cannot drop the work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as engine from '../src/engine';
import { quoteLines } from './quote.bench';

// Bound once, as a bundler links them: under tsx's CommonJS transform every `engine.f` access is a
// property getter, which would be measured instead of the engine.
const { loadModel, checkModel, checkQuote } = engine;

const TARGET_LOAD_MS = 20;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface Timing {
  readonly median: number;
  readonly best: number;
  /** Median CPU time of this process (user + system): what the work costs when other processes share the cores. */
  readonly cpu: number;
  readonly sink: unknown;
}

function time(runs: number, warmup: number, work: () => unknown): Timing {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = work();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    sink = work();
    samples.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: median(samples), best: Math.min(...samples), cpu: median(cpu), sink };
}

const ms = (value: number): string => `${value.toFixed(3)} ms`.padStart(12);
const row = (what: string, target: string, t: Timing, limit: number | null): string =>
  `${what.padEnd(44)} ${target.padStart(10)} ${ms(t.median)} ${ms(t.best)} ${ms(t.cpu)}  ${limit === null ? '' : t.median < limit ? 'ok' : 'OVER TARGET'}`;

export async function run(): Promise<void> {
  const json: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'examples', 'backup-vendor.tiercraft.json'), 'utf8'));
  const loaded = loadModel(json);
  if (!loaded.ok) throw new Error(`example model does not load: ${loaded.issues[0]?.message}`);
  const model = loaded.model;
  const quote = { customer: 'Bench', lines: quoteLines(model, 1000) };

  // Each run keeps only a small summary, so one run's results are garbage before the next starts (a
  // pane or sheet prices one quote at a time; holding 300 results alive would time the collector).
  const load = time(200, 20, () => loadModel(json).ok);
  const guardModel = time(50, 5, () => checkModel(model).length);
  const guardQuote = time(50, 5, () => checkQuote(model, quote).length);

  const [load1, load5] = loadavg();
  console.log(`load average ${load1?.toFixed(2)} (1 min), ${load5?.toFixed(2)} (5 min) on ${cpus().length} cores: wall-clock figures include waiting for a core`);
  console.log(`${'measure'.padEnd(44)} ${'target'.padStart(10)} ${'median'.padStart(12)} ${'best'.padStart(12)} ${'median CPU'.padStart(12)}`);
  console.log(row('validate the example model (loadModel)', `< ${TARGET_LOAD_MS} ms`, load, TARGET_LOAD_MS));
  console.log(row('guardrails over the whole model (checkModel)', '-', guardModel, null));
  console.log(row('guardrails over the 1,000-line quote', '-', guardQuote, null));
  console.log(`sink: load ok ${String(load.sink)}, breaches ${String(guardModel.sink)}/${String(guardQuote.sink)} (the 1,000-line quote of bench/quote.bench.ts, which times priceQuote)`);
}
