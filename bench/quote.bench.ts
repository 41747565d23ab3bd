/**
 * Quote pricing: `priceQuote` on quotes of 1,000 and 10,000 lines of the example model (every
 * price-book entry and bundle term, direct, one-tier and two-tier routes at every partner level, deal
 * registration on and off, negotiated discounts 0–10%), as the median wall time of many runs after
 * warm-up (100,000 lines priced first, in the short pass too), and the cost a line, which shows whether
 * the time grows linearly; each line also gives the first run's time, before the JIT has optimised the
 * code and the line plans are made. Each run keeps only what it reads, so one run's lines are garbage
 * before the next starts (a pane prices one quote at a time).
 * Three figures a size:
 * - the target's: the quote as `tiercraft quote` and the pane price it, loaded with its model, priced
 *   to its lines and totals (a fast line builds each column as a decimal when it is read: fastLine.ts);
 * - the same, then every field of every line read, as a sheet or a pane showing the whole quote does;
 * - the same lines as object spreads made them: V8 gives such objects a hidden class each, so every
 *   field the pricing reads is a slow lookup (the benchmark built its quotes so before).
 * Run: `npm run bench -- quote` (BENCH_SHORT=1 for a quick pass).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as engine from '../src/engine';
import type { Model, QuoteLineInput, QuoteResult } from '../src/engine';

// Bound once, as a bundler links them (see model.bench.ts).
const { loadModel, plainQuoteLine, priceQuote, toFixedString } = engine;

/** Targets of issue 15: median wall time. */
const TARGETS: readonly { readonly lines: number; readonly ms: number }[] = [
  { lines: 1_000, ms: 1 },
  { lines: 10_000, ms: 10 },
];

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median wall-clock milliseconds of `runs` calls of `work` after `warmup` calls, the first call's (code
 * not yet optimised by the JIT), and the last result.
 */
function time(runs: number, warmup: number, work: () => string): { ms: number; firstMs: number; sink: string } {
  const first = performance.now();
  let sink = work();
  const firstMs = performance.now() - first;
  for (let i = 1; i < warmup; i++) sink = work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    sink = work();
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), firstMs, sink };
}

/** A deterministic mix of `count` lines: every price-book entry and bundle term, every route. */
export function quoteLines(model: Model, count: number): QuoteLineInput[] {
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
  return Array.from({ length: count }, (_, i) => ({
    ...items[i % items.length]!,
    ...routes[next(routes.length)]!,
    quantity: 1 + next(400),
    dealRegistration: next(2) === 1,
    discount: next(11) / 100,
  }));
}

/** Every field of every line read, as a sheet or the pane showing the whole quote reads it. */
function readEveryLine(result: QuoteResult): string {
  let fields = 0;
  for (const line of result.lines) fields += Object.keys(plainQuoteLine(line)).length;
  return `${toFixedString(result.totals.customerPrice)}, ${fields} fields read`;
}

export async function run(): Promise<void> {
  const source = JSON.parse(readFileSync(join(__dirname, '..', 'examples', 'backup-vendor.tiercraft.json'), 'utf8')) as Record<string, unknown>;
  const loaded = loadModel(source);
  if (!loaded.ok) throw new Error(`example model does not load: ${loaded.issues[0]?.message}`);
  const model = loaded.model;
  const short = process.env.BENCH_SHORT === '1';

  const [load1, load5] = loadavg();
  console.log(`load average ${load1?.toFixed(2)} (1 min), ${load5?.toFixed(2)} (5 min) on ${cpus().length} cores: wall-clock figures include waiting for a core`);
  for (const { lines, ms } of TARGETS) {
    const built = quoteLines(model, lines);
    // The quote as `tiercraft quote` and the pane price it: loaded with its model, each line an object the loader made.
    const withQuote = loadModel({ ...source, quote: { customer: 'Bench', lines: built } });
    if (!withQuote.ok) throw new Error(`the bench quote does not load: ${withQuote.issues[0]?.message}`);
    const quoted = withQuote.model;
    const runs = Math.max(short ? 10 : 30, Math.round((short ? 20_000 : 300_000) / lines));
    // The same warm-up in the short pass as in the full one: 100,000 lines priced before timing.
    const warmup = Math.max(Math.ceil(runs / 10), Math.round(100_000 / lines));
    const label = `${lines.toLocaleString('en-US')}-line quote of the example model`;
    const line = (what: string, t: { ms: number; firstMs: number; sink: string }, target?: number): void => {
      const verdict = target === undefined ? '' : `  target < ${target} ms  ${t.ms < target ? 'met' : 'NOT met'}`;
      console.log(`${what}: median wall ${t.ms.toFixed(3)} ms of ${runs} runs after ${warmup} to warm up (${((t.ms * 1000) / lines).toFixed(3)} µs a line; the first run, before the code is optimised, ${t.firstMs.toFixed(1)} ms)${verdict}  [${t.sink}]`);
    };
    line(`priceQuote, ${label} as loaded from its file (the lines and totals; each line's columns are built as decimals when read)`, time(runs, warmup, () => toFixedString(priceQuote(quoted).totals.customerPrice)), ms);
    line(`priceQuote of the same ${label}, then every field of every line read (what a sheet or the pane showing the whole quote reads)`, time(runs, warmup, () => readEveryLine(priceQuote(quoted))));
    line(`priceQuote of the same lines built by object spreads, a hidden class each, which makes every field a slow lookup (how the benchmark built them before)`, time(runs, warmup, () => toFixedString(priceQuote(model, { customer: 'Bench', lines: built }).totals.customerPrice)));
  }
}
