/**
 * Model engine timings: pricing a 1,000-line quote of the example model (mixed products and bundles,
 * direct, one-tier and two-tier, every partner level) and loading (validating) the example model, as
 * the median of many runs after warm-up, against their targets. Results go into a printed sink so V8
 * cannot drop the work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as engine from '../src/engine';
import type { Model, QuoteLineInput } from '../src/engine';

// Bound once, as a bundler links them: under tsx's CommonJS transform every `engine.f` access is a
// property getter, which would be measured instead of the engine.
const { loadModel, priceQuote, checkModel, checkQuote } = engine;

const TARGET_QUOTE_MS = 2;
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

/** A deterministic mix of 1,000 lines: every price-book entry and bundle term, every route. */
function thousandLines(model: Model): QuoteLineInput[] {
  const items: Omit<QuoteLineInput, 'channel' | 'quantity'>[] = [
    ...model.prices.map((p) => ({ item: { sku: p.sku }, tier: p.tier, term: p.term })),
    ...model.bundles.flatMap((b) =>
      (b.pricing.kind === 'fixed' ? Object.keys(b.pricing.prices) : model.terms.map((t) => t.id)).map((term) => ({ item: { bundle: b.id }, term })),
    ),
  ];
  const routes = model.channels.flatMap((c) => (c.kind === 'direct' ? [{ channel: c.id }] : model.levels.map((l) => ({ channel: c.id, level: l.id }))));
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: 1000 }, (_, i) => ({
    ...items[i % items.length]!,
    ...routes[next(routes.length)]!,
    quantity: 1 + next(400),
    dealRegistration: next(2) === 1,
    discount: next(11) / 100,
  }));
}

const ms = (value: number): string => `${value.toFixed(3)} ms`.padStart(12);
const row = (what: string, target: string, t: Timing, limit: number | null): string =>
  `${what.padEnd(44)} ${target.padStart(10)} ${ms(t.median)} ${ms(t.best)} ${ms(t.cpu)}  ${limit === null ? '' : t.median < limit ? 'ok' : 'OVER TARGET'}`;

export async function run(): Promise<void> {
  const json: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'examples', 'backup-vendor.tiercraft.json'), 'utf8'));
  const loaded = loadModel(json);
  if (!loaded.ok) throw new Error(`example model does not load: ${loaded.issues[0]?.message}`);
  const model = loaded.model;
  const quote = { customer: 'Bench', lines: thousandLines(model) };

  // Each run keeps only a small summary, so one run's results are garbage before the next starts (a
  // pane or sheet prices one quote at a time; holding 300 results alive would time the collector).
  const load = time(200, 20, () => loadModel(json).ok);
  const price = time(300, 30, () => engine.toFixedString(priceQuote(model, quote).totals.customerPrice));
  const guardModel = time(50, 5, () => checkModel(model).length);
  const guardQuote = time(50, 5, () => checkQuote(model, quote).length);

  const [load1, load5] = loadavg();
  console.log(`load average ${load1?.toFixed(2)} (1 min), ${load5?.toFixed(2)} (5 min) on ${cpus().length} cores: wall-clock figures include waiting for a core`);
  console.log(`${'measure'.padEnd(44)} ${'target'.padStart(10)} ${'median'.padStart(12)} ${'best'.padStart(12)} ${'median CPU'.padStart(12)}`);
  console.log(row('price a 1,000-line quote (priceQuote)', `< ${TARGET_QUOTE_MS} ms`, price, TARGET_QUOTE_MS));
  console.log(row('validate the example model (loadModel)', `< ${TARGET_LOAD_MS} ms`, load, TARGET_LOAD_MS));
  console.log(row('guardrails over the whole model (checkModel)', '-', guardModel, null));
  console.log(row('guardrails over the 1,000-line quote', '-', guardQuote, null));
  console.log(`sink: ${quote.lines.length} lines, customer total ${String(price.sink)}, load ok ${String(load.sink)}, breaches ${String(guardModel.sink)}/${String(guardQuote.sink)}`);
}
