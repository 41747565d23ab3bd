/**
 * Autosave starts a save shortly after each edit, so a new save can begin while the previous one is
 * still writing its requests (a large model takes several). Whatever the overlap, the workbook ends
 * with the model of the last save, whole, and a load during a save finds a whole model.
 */
import { FakeExcel, asRequestContext } from '../../../doubles/excel';
import { loadModel, saveModel } from '../../../../src/workbook/office';
import type { ModelInput } from '../../../../src/engine/model/schema';
import { exampleInput } from './fixtures';

const ctx = asRequestContext;

/** A model whose JSON runs to about `length` characters, named after `mark`. */
const sized = (length: number, mark: string): ModelInput => ({ ...exampleInput(), name: `${mark}${'x'.repeat(length)}` });

async function storing(model: ModelInput): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await saveModel(ctx(excel), model);
  await saveModel(ctx(excel), model); // a save over a stored model: the model sheet exists
  return excel;
}

describe('autosave saving again before the previous save has finished', () => {
  it.each([
    ['a large edit then a small one', 2_500_000, 10],
    ['a small edit then a large one', 10, 2_500_000],
    ['two large edits', 2_500_000, 2_400_000],
  ])('keeps the last edit whole after %s', async (_case, firstSize, secondSize) => {
    const excel = await storing(sized(100, 'stored'));
    const first = sized(firstSize, 'first');
    const second = sized(secondSize, 'second');
    const saves = [saveModel(ctx(excel), first), saveModel(ctx(excel), second)];
    await Promise.all(saves);
    await expect(loadModel(ctx(excel))).resolves.toEqual(second);
  });

  it('still saves the next edit when the save before it failed', async () => {
    const excel = await storing(sized(100, 'stored'));
    const second = sized(10, 'second');
    excel.failAtSync(excel.syncs.length + 1);
    const failing = saveModel(ctx(excel), sized(10, 'first'));
    const saving = saveModel(ctx(excel), second);
    await expect(failing).rejects.toThrow(/injected failure/);
    await saving;
    await expect(loadModel(ctx(excel))).resolves.toEqual(second);
  });

  it('creates one model sheet when two saves overlap on a workbook that has none', async () => {
    const excel = new FakeExcel();
    const second = sized(10, 'second');
    await Promise.all([saveModel(ctx(excel), sized(10, 'first')), saveModel(ctx(excel), second)]);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Tiercraft model']);
    await expect(loadModel(ctx(excel))).resolves.toEqual(second);
  });

  it.each([
    ['a large model while a small one is saved', 2_400_000, 10],
    ['a large model while a large one is saved', 2_400_000, 2_500_000],
    ['a small model while a large one is saved', 10, 2_500_000],
  ])('lets a load read %s, whole', async (_case, storedSize, nextSize) => {
    const stored = sized(storedSize, 'stored');
    const excel = await storing(stored);
    const next = sized(nextSize, 'next');
    const read = loadModel(ctx(excel));
    const saving = saveModel(ctx(excel), next);
    await saving;
    expect([stored, next]).toContainEqual(await read);
  });
});
