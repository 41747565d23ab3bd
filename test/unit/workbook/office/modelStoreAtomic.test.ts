/**
 * The task pane's autosave replaces the stored model atomically: whichever request of the save fails,
 * wholly or after only its first operations (as Excel applies a batch), a reader then finds the old
 * model or the new one, never a mix.
 */
import fc from 'fast-check';
import { FakeExcel, asRequestContext } from '../../../doubles/excel';
import { cloneSheet } from '../../../doubles/excel/state';
import { loadModel, saveModel } from '../../../../src/workbook/office';
import type { ModelInput } from '../../../../src/engine/model/schema';
import { exampleInput } from './fixtures';

const ctx = asRequestContext;

/** A model whose JSON runs to about `length` characters of awkward text (quotes, =, +, -, @ at chunk starts). */
const sized = (length: number, mark: string): ModelInput => ({ ...exampleInput(), name: `${mark}${'="+-@x'.repeat(Math.ceil(length / 6))}`.slice(0, length + 1) });

/** A copy of a workbook, applying partial batches as Excel does. */
function fork(base: FakeExcel): FakeExcel {
  const excel = new FakeExcel({ partialBatches: true });
  excel.state = { ...base.state, sheets: base.state.sheets.map((s) => cloneSheet(s, true)), selection: null };
  return excel;
}

let empty: FakeExcel;
beforeAll(async () => {
  empty = new FakeExcel();
  await saveModel(ctx(empty), exampleInput());
});

/** A workbook storing `stored` (through a save, so either slot may be in use). */
async function storing(stored: ModelInput): Promise<FakeExcel> {
  const excel = fork(empty);
  await saveModel(ctx(excel), stored);
  return fork(excel);
}

/** The requests of a successful save of `next` over `base`: operations per sync. */
async function saveShape(base: FakeExcel, next: ModelInput): Promise<number[]> {
  const excel = fork(base);
  await saveModel(ctx(excel), next);
  return excel.syncs.map((s) => s.operations.length);
}

/** Saves `next` over a copy of `base` with sync `at` failing (after `after` operations), and reads back. */
async function failedSave(base: FakeExcel, next: ModelInput, at: number, after: number | null): Promise<unknown> {
  const excel = fork(base);
  excel.failAtSync(at, after);
  await expect(saveModel(ctx(excel), next)).rejects.toThrow(/injected failure/);
  return loadModel(ctx(excel));
}

describe('saving a model of several requests over a stored one', () => {
  const before = sized(1_500_000, 'old');
  const after = sized(2_600_000, 'new');
  let base: FakeExcel;
  let shape: number[];
  beforeAll(async () => {
    base = await storing(before);
    shape = await saveShape(base, after);
  });

  it('takes several write requests, each under 1.1 MB', async () => {
    const excel = fork(base);
    await saveModel(ctx(excel), after);
    expect(shape.length).toBeGreaterThanOrEqual(7);
    expect(excel.stats().largestBytes).toBeLessThan(1_100_000);
    await expect(loadModel(ctx(excel))).resolves.toEqual(after);
  });

  it('keeps the old model whole when any request is rejected whole, save the last one after which the new is whole', async () => {
    const outcomes = [];
    for (let at = 1; at <= shape.length; at++) outcomes.push(await failedSave(base, after, at, null));
    outcomes.forEach((read) => expect(read).toEqual(before));
  });

  it('finds the old model or the new one whichever operation of whichever request was the last applied', async () => {
    const seen = new Set<string>();
    for (const [i, ops] of shape.entries()) {
      for (let k = 0; k < ops; k++) {
        const read = await failedSave(base, after, i + 1, k);
        expect([before, after]).toContainEqual(read);
        seen.add(read === null ? 'none' : (read as ModelInput).name?.slice(0, 3) ?? '');
      }
    }
    expect([...seen].sort()).toEqual(['new', 'old']);
  });
});

describe('whatever the sizes and the failing request', () => {
  it('a reader finds the old model or the new one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1_200_000 }), fc.integer({ min: 0, max: 1_200_000 }), fc.nat(), fc.option(fc.nat({ max: 3 })), async (oldSize, newSize, pick, after) => {
        const before = sized(oldSize, 'old');
        const next = sized(newSize, 'new');
        const base = await storing(before);
        const shape = await saveShape(base, next);
        const at = (pick % shape.length) + 1;
        const read = await failedSave(base, next, at, after === null ? null : Math.min(after, (shape[at - 1] ?? 1) - 1));
        expect([before, next]).toContainEqual(read);
      }),
      { numRuns: 12 },
    );
  });
});
