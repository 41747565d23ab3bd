/**
 * One truth across surfaces: generated models of every shape (test/support/modelArbitrary.ts) are built
 * to .xlsx, recalculated by LibreOffice with recalculation forced, and every figure cell is compared with
 * the engine's figure for it; the recalculated workbook is read back and compared with the model; the
 * breaches the recalculated Checks sheet and `tiercraft validate --json` report are compared with the
 * engine's.
 *
 * A fixed seed in CI (DIFF_SEED, default below) over DIFF_MODELS models (default 30); locally, e.g.
 * `DIFF_SEED=random DIFF_MODELS=300 npx jest test/integration/libreoffice/differential --selectProjects integration`.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { loadModel } from '../../../src/engine/model/loadModel';
import type { Model, ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { modelArbitrary } from '../../support/modelArbitrary';
import { checksSheetBreaches, engineBreaches, setDifference, sheetBreaches, validateBreaches } from './breachSets';
import { formulaCells, type Mismatch, mismatches } from './compare';
import { readRawValues } from './rawValues';
import { recalculateAll } from './recalc';

const COUNT = Number(process.env.DIFF_MODELS ?? 30);
const SEED = process.env.DIFF_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.DIFF_SEED ?? 20261130);
/** LibreOffice recalculates this many workbooks per run. */
const BATCH = 10;

jest.setTimeout(120_000 + COUNT * 15_000);

/** The loaded model as plain JSON data (an absent field and one set to undefined are the same). */
function load(input: unknown): Model {
  const r = loadModel(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return JSON.parse(JSON.stringify(r.model)) as Model;
}

/** The first path where two values differ, for the report. */
function firstDifference(a: unknown, b: unknown, path = 'model'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d !== null) return d;
  }
  return `${path}: differs`;
}

interface Case {
  readonly index: number;
  readonly input: ModelInput;
  readonly spec: WorkbookSpec;
  readonly recalculated: Uint8Array;
}

async function cases(): Promise<Case[]> {
  const inputs = fc.sample(modelArbitrary, { seed: SEED, numRuns: COUNT });
  const built = await Promise.all(
    inputs.map(async (input, index) => {
      const spec = describeWorkbook(load(input), { source: input });
      return { index, input, spec, bytes: await renderXlsx(spec) };
    }),
  );
  const out: Case[] = [];
  for (let i = 0; i < built.length; i += BATCH) {
    const batch = built.slice(i, i + BATCH);
    const recalculated = recalculateAll(batch.map((b) => b.bytes));
    batch.forEach((b, k) => out.push({ index: b.index, input: b.input, spec: b.spec, recalculated: recalculated[k] as Uint8Array }));
  }
  return out;
}

describe(`differential: ${COUNT} generated models (seed ${SEED}) through the workbook and LibreOffice`, () => {
  const all = cases();

  it('every figure cell, recalculated, equals the engine’s figure', async () => {
    let compared = 0;
    let marketCells = 0;
    let overviewFigures = 0;
    let mixCells = 0;
    const wrong: (Mismatch & { model: number })[] = [];
    for (const c of await all) {
      compared += formulaCells(c.spec).length;
      marketCells += formulaCells(c.spec).filter((f) => f.sheet === c.spec.sheets.find((s) => s.key === 'markets')?.name).length;
      // The Overview's figures: tiers' products and list-price ranges (MINIFS/MAXIFS), guardrail counts by rule.
      overviewFigures += formulaCells(c.spec).filter((f) => f.sheet === c.spec.sheets.find((s) => s.key === 'overview')?.name && typeof f.cell.result === 'number').length;
      // The Mix sheet's rows and party totals (half the models have a mix; the others, one blank row and zero totals).
      mixCells += formulaCells(c.spec).filter((f) => f.sheet === c.spec.sheets.find((s) => s.key === 'mix')?.name && f.cell.result !== '').length;
      wrong.push(...mismatches(c.spec, await readRawValues(c.recalculated)).map((m) => ({ ...m, model: c.index })));
    }
    console.log(`differential (seed ${SEED}): ${COUNT} models generated, ${compared} figure cells compared (${marketCells} of market prices, ${overviewFigures} Overview figures, ${mixCells} Mix figures), ${wrong.length} mismatches`);
    if (wrong.length > 0) console.log(JSON.stringify(wrong.slice(0, 5), null, 1));
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(COUNT * 100);
    expect(marketCells).toBeGreaterThan(0);
    expect(overviewFigures).toBeGreaterThan(COUNT);
    expect(mixCells).toBeGreaterThan(COUNT * 10);
  });

  it('reports the engine’s breaches on the Checks sheet and in tiercraft validate, no more and no fewer', async () => {
    let equal = 0;
    const rules = new Map<string, number>();
    const differ: { model: number; onlyEngine: string[]; onlySheet: string[]; onlyValidate: string[] }[] = [];
    for (const c of await all) {
      const engine = engineBreaches(load(c.input));
      const shown = checksSheetBreaches(load(c.input));
      const sheet = sheetBreaches(c.spec, await readRawValues(c.recalculated));
      const validate = await validateBreaches(c.input);
      for (const k of engine) rules.set(k.split('|')[0] ?? '', (rules.get(k.split('|')[0] ?? '') ?? 0) + 1);
      const d = { model: c.index, onlyEngine: setDifference(shown, sheet), onlySheet: setDifference(sheet, shown), onlyValidate: [...setDifference(validate, engine), ...setDifference(engine, validate)] };
      if (d.onlyEngine.length + d.onlySheet.length + d.onlyValidate.length === 0) equal += 1;
      else differ.push(d);
    }
    const byRule = [...rules].sort().map(([r, n]) => `${r} ${n}`).join(', ');
    console.log(`differential (seed ${SEED}): ${equal} of ${COUNT} breach sets equal (Checks sheet, tiercraft validate, engine; breaches: ${byRule})`);
    expect(differ.slice(0, 3)).toEqual([]);
    expect(rules.size).toBeGreaterThan(0);
  });

  it('reads back, after recalculation, to the model it was built from', async () => {
    let equal = 0;
    const differ: number[] = [];
    for (const c of await all) {
      const back = load(await readModelFromXlsx(c.recalculated));
      if (isDeepStrictEqual(back, load(c.input))) equal += 1;
      else {
        differ.push(c.index);
        if (process.env.DIFF_DEBUG) console.log(firstDifference(load(c.input), back));
      }
    }
    console.log(`differential (seed ${SEED}): ${equal} of ${COUNT} read-backs equal`);
    expect(differ).toEqual([]);
  });
});
