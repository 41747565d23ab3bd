/**
 * A whole column as one discount ladder: the example model with its first ladder replaced by 40,000
 * bands (Up to 10, 20, …, 400,000; discounts rising from 0% to 40%). Medians of a few runs of each
 * step of the ladder path: compiling the ladder, pricing every representative quantity the Ladders
 * sheet shows (about 80,000), describing the whole workbook, and rendering the .xlsx. Each step is
 * linear or n log n in the bands: a quadratic step would take minutes here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as engine from '../src/engine';
import { describeWorkbook } from '../src/workbook/build/describeWorkbook';
import { buildXlsx } from '../src/workbook/xlsx/buildXlsx';

const { compileDiscountLadder, dec, ladderUnitPrices, loadModel, representativeQuantities } = engine;

const BANDS = 40_000;
/** BENCH_SHORT=1 (CI's quick pass): one run of each step, and no .xlsx render. */
const SHORT = process.env.BENCH_SHORT === '1';
const RUNS = SHORT ? 1 : 5;
const EXAMPLE = join(__dirname, '..', 'examples', 'backup-vendor.tiercraft.json');

/** The example model with a first ladder of `bands` bands. */
export function modelWithLadder(bands: number): { json: Record<string, unknown>; ladder: { upTo: number | null; discount: number }[] } {
  const json = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown> & { ladders: { bands: unknown[] }[] };
  const ladder = Array.from({ length: bands }, (_, i) => ({ upTo: i === bands - 1 ? null : (i + 1) * 10, discount: Math.round((i / bands) * 4000) / 10_000 }));
  json.ladders[0]!.bands = ladder;
  return { json, ladder };
}

async function median(runs: number, step: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await step();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (value: number): string => `${value.toFixed(0).padStart(7)} ms`;

export async function run(): Promise<void> {
  const { json, ladder } = modelWithLadder(BANDS);
  const loaded = loadModel(json);
  if (!loaded.ok) throw new Error(`the ${BANDS}-band model does not load: ${loaded.issues.map((i) => i.message).join('; ')}`);
  const model = loaded.model;
  const ladderId = model.ladders[0]!.id;
  const quantities = representativeQuantities(model.ladders[0]!.bands);
  console.log(`one discount ladder of ${BANDS.toLocaleString('en')} bands, ${quantities.length.toLocaleString('en')} representative quantities (median of the runs)`);
  console.log(`compile the ladder (graduated)         ${ms(await median(RUNS, () => compileDiscountLadder(ladder, 'graduated')))}`);
  console.log(`compile the ladder (volume)            ${ms(await median(RUNS, () => compileDiscountLadder(ladder, 'volume')))}`);
  console.log(`price every representative quantity    ${ms(await median(SHORT ? 1 : 3, () => ladderUnitPrices(model, ladderId, dec(100), quantities)))}`);
  console.log(`describe the workbook                  ${ms(await median(SHORT ? 1 : 3, () => describeWorkbook(model)))}`);
  if (!SHORT) console.log(`build the .xlsx                        ${ms(await median(1, () => buildXlsx(model, json as never)))}`);
}
