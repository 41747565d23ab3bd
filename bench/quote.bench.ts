/**
 * Quote pricing: `priceQuote` on quotes of 1,000 and 10,000 lines of the example model (every
 * price-book entry and bundle term, direct, one-tier and two-tier routes at every partner level, deal
 * registration on and off, negotiated discounts 0–10%), as the median wall time of many runs after
 * warm-up, and the cost a line, which shows whether the time grows linearly. Each run keeps only the
 * customer total, so one run's lines are garbage before the next starts (a pane prices one quote at a
 * time).
 * Run: `npm run bench -- quote` (BENCH_SHORT=1 for a quick pass).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as engine from '../src/engine';
import type { Model, QuoteLineInput } from '../src/engine';

// Bound once, as a bundler links them (see model.bench.ts).
const { loadModel, priceQuote, toFixedString } = engine;

/** Targets of issue 15: median wall time. */
const TARGETS: readonly { readonly lines: number; readonly ms: number }[] = [
  { lines: 1_000, ms: 1 },
  { lines: 10_000, ms: 10 },
];

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median wall-clock milliseconds of `runs` calls of `work` after `warmup` calls, and the last result. */
function time(runs: number, warmup: number, work: () => string): { ms: number; sink: string } {
  let sink = '';
  for (let i = 0; i < warmup; i++) sink = work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    sink = work();
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), sink };
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

export async function run(): Promise<void> {
  const json: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'examples', 'backup-vendor.tiercraft.json'), 'utf8'));
  const loaded = loadModel(json);
  if (!loaded.ok) throw new Error(`example model does not load: ${loaded.issues[0]?.message}`);
  const model = loaded.model;
  const short = process.env.BENCH_SHORT === '1';

  const [load1, load5] = loadavg();
  console.log(`load average ${load1?.toFixed(2)} (1 min), ${load5?.toFixed(2)} (5 min) on ${cpus().length} cores: wall-clock figures include waiting for a core`);
  for (const { lines, ms } of TARGETS) {
    const quote = { customer: 'Bench', lines: quoteLines(model, lines) };
    const runs = Math.max(short ? 10 : 30, Math.round((short ? 20_000 : 300_000) / lines));
    const t = time(runs, Math.ceil(runs / 10), () => toFixedString(priceQuote(model, quote).totals.customerPrice));
    const perLine = (t.ms * 1000) / lines;
    console.log(
      `priceQuote, ${lines.toLocaleString('en-US')}-line quote of the example model: median wall ${t.ms.toFixed(3)} ms of ${runs} runs ` +
        `(${perLine.toFixed(3)} µs a line)  target < ${ms} ms  ${t.ms < ms ? 'met' : 'NOT met'}  [customer total ${t.sink}]`,
    );
  }
}

