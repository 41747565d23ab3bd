/**
 * The comparison engine (src/engine/compare), in this process, each figure the median of 5 runs (1 with
 * BENCH_SHORT=1) after one warm-up, wall-clock and CPU time, each run on models loaded afresh (no cached
 * line plans or indexes; loading is not timed):
 * - compareScenarios on a generated model of 100 products × 3 tiers × 3 terms (900 price-book entries,
 *   the example's channels and levels) with a mix of 10,000 rows (products, tiers, terms, channels,
 *   levels and discounts in turn) and 5 scenarios: every scenario applied, the base and each scenario
 *   priced on the mix (a scenario re-prices only the rows it can change), diffed, and checked against
 *   every guardrail. Target: well under 1 s (the pane re-runs it as the user types).
 * - the same mix priced once (priceMix): what one model costs of the above.
 * - compareModels of two versions of a 1,000-product price book (9,000 entries; every tenth list price
 *   5% up, Gold's discount 2 points up), no mix: price points, settings and both models' guardrails.
 */
import { performance } from 'node:perf_hooks';
import * as engine from '../src/engine';
import type { Model, ModelInput } from '../src/engine';
import { generatedModel } from './workbook.bench';

// Bound once, as a bundler links them (see model.bench.ts).
const { loadModel, compareScenarios, compareModels, priceMix } = engine;

const SHORT = process.env.BENCH_SHORT === '1';
const RUNS = SHORT ? 1 : 5;
const TARGET_MS = 1000;
const TIERS = ['product', 'solution', 'enterprise'];
const TERMS = ['monthly', 'annual', '3-year'];
const ROUTES: readonly { channel: string; level?: string }[] = [
  { channel: 'direct' },
  { channel: 'reseller', level: 'silver' },
  { channel: 'reseller', level: 'gold' },
  { channel: 'distribution', level: 'gold' },
  { channel: 'distribution', level: 'platinum' },
];

const load = (input: unknown): Model => {
  const r = loadModel(input);
  if (!r.ok) throw new Error(r.issues.slice(0, 3).map((i) => i.message).join('\n'));
  return r.model;
};

/** 100 products, a 10,000-row mix and 5 scenarios, all derived from the row number. */
export function scenarioInput(): ModelInput {
  const base = generatedModel(100) as ModelInput;
  const rows = Array.from({ length: 10_000 }, (_, i) => {
    const route = ROUTES[i % ROUTES.length]!;
    return {
      item: { sku: `P${String(i % 100).padStart(5, '0')}` },
      tier: TIERS[Math.floor(i / 100) % 3]!,
      term: TERMS[Math.floor(i / 300) % 3]!,
      ...route,
      dealRegistration: i % 3 === 0 && route.level !== undefined,
      quantity: 1 + (i % 40),
      discount: (i % 6) / 100,
    };
  });
  return {
    ...base,
    mix: { name: 'Generated mix', partnerPurchases: 150_000, rows },
    scenarios: [
      { id: 'gold-2', name: 'Gold +2 pts', changes: [{ target: 'level', level: 'gold', field: 'discount', add: 0.02 }] },
      { id: 'dist-10', name: 'Distributor 10%', changes: [{ target: 'channel', channel: 'distribution', field: 'distributorDiscount', set: 0.1 }] },
      { id: 'list-5', name: 'List +5% on Family 1', changes: [{ target: 'listPrice', family: 'Family 1', change: 0.05 }] },
      { id: '3y-5', name: '3-year −5 pts', changes: [{ target: 'term', term: '3-year', field: 'discount', add: -0.05 }] },
      { id: 'plat-rebate', name: 'Platinum rebate 4%, MDF 2%', changes: [{ target: 'level', level: 'platinum', field: 'rebate', set: 0.04 }, { target: 'level', level: 'platinum', field: 'mdf', set: 0.02 }] },
    ],
  };
}

/** Two versions of a 1,000-product price book: every tenth list price 5% up (to the cent), Gold 2 points up. */
function versions(): [unknown, unknown] {
  const before = generatedModel(1000) as { prices: { listPrice: number }[]; levels: { id: string; discount: number }[] };
  const after = structuredClone(before);
  after.prices.forEach((p, i) => {
    if (i % 10 === 0) p.listPrice = Math.round(p.listPrice * 105) / 100;
  });
  const gold = after.levels.find((l) => l.id === 'gold');
  if (gold) gold.discount = Math.round((gold.discount + 0.02) * 100) / 100;
  return [before, after];
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median wall-clock milliseconds of `work` on values `setup` makes afresh for each run (not timed), after
 * one warm-up, and the median CPU milliseconds of this process in the same runs (other processes sharing
 * the cores do not inflate it; the garbage collector's helper threads may add to it).
 */
function timeMs<T>(setup: () => T, work: (value: T) => unknown): { ms: number; cpu: number; sink: unknown } {
  let sink: unknown = work(setup());
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const value = setup();
    const cpu = process.cpuUsage();
    const started = performance.now();
    sink = work(value);
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { ms: median(walls), cpu: median(cpus), sink };
}

const ms = (t: { ms: number; cpu: number }): string => `${t.ms.toFixed(1).padStart(7)} ms wall, ${t.cpu.toFixed(1).padStart(7)} ms CPU`;

export async function run(): Promise<void> {
  const input = scenarioInput();
  const scenarios = timeMs(() => load(input), (model) => compareScenarios(model));
  const result = scenarios.sink as ReturnType<typeof compareScenarios>;
  const errors = (result.mix?.errors.length ?? 0) + result.scenarios.reduce((n, s) => n + (s.comparison.mix?.other.errors.length ?? 0), 0);
  console.log(
    `compareScenarios, 10,000-row mix × 5 scenarios, 900-entry price book (median of ${RUNS}): ${ms(scenarios)}  (target < ${TARGET_MS} ms)  ${scenarios.ms < TARGET_MS ? 'OK' : 'OVER TARGET'} (verdict on median wall)  [${result.mix?.lines ?? 0} rows priced per model, ${errors} row errors]`,
  );
  const once = timeMs(() => load(input), (model) => priceMix(model, model.mix!));
  console.log(`priceMix, 10,000 rows on one model (median of ${RUNS}):                             ${ms(once)}`);
  const [before, after] = versions();
  const diff = timeMs(() => [load(before), load(after)] as const, ([a, b]) => compareModels(a, b));
  const c = diff.sink as ReturnType<typeof compareModels>;
  console.log(
    `compareModels, two 1,000-product price books (9,000 entries each), no mix (median of ${RUNS}): ${ms(diff)}  [${c.pricePoints.length} price points, ${c.settings.length} settings, ${c.breaches.appeared.length} new breaches]`,
  );
  await Promise.resolve();
}
