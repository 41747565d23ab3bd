/**
 * The History record's summary of what changed since the last build, as a page builds: the parts of the
 * comparison in turns, the model built last on this page reused, and always the summary the engine's
 * compareModels gives of the model the last build wrote and the model built.
 */
import { changeSummary, compareModels } from '../../../../src/engine';
import type { ModelInput } from '../../../../src/engine/model/schema';
import type { BuildRecord } from '../../../../src/workbook/history/buildRecord';
import { changesSince, fingerprintOf, nextHistory } from '../../../../src/workbook/history/nextHistory';
import { historyParts } from '../../../../src/workbook/history/historyParts';
import { NO_HISTORY } from '../../../../src/workbook/history/storedHistory';
import { changedModel, example, load } from '../../../support/models';

/** The example with its first list price raised by `by` and its name changed. */
function repriced(by: number, name: string): ModelInput {
  const input = example();
  const [head, ...rest] = input.prices ?? [];
  if (!head) throw new Error('the example has no prices');
  return { ...input, name, prices: [{ ...head, listPrice: (head.listPrice ?? 0) + by }, ...rest] };
}

/** What the engine says changed from the model as written to the model built. */
const engineSummary = (previous: ModelInput, next: ModelInput): string => changeSummary(compareModels(load(previous), load(next)));

describe('the summary of what changed since the last build', () => {
  const at = new Date('2026-11-30T12:00:00Z');

  it('is the summary compareModels gives, on a second build after a first on this page', async () => {
    const before = repriced(10, 'Before');
    const after = changedModel(repriced(25, 'After'));
    const firstBuild = await nextHistory(NO_HISTORY, { model: load(before), by: '', where: 'Playground', at });
    let pauses = 0;
    const pause = async (): Promise<void> => {
      pauses += 1;
    };
    const records = await nextHistory({ records: firstBuild, built: before }, { model: load(after), by: '', where: 'Playground', at, pause });
    expect(records[1]?.changes).toBe(engineSummary(before, after));
    expect(records[1]?.changes).toContain('BK-CLI · Product · Monthly 19.00 → 34.00');
    // Each model's guardrails, their subjects and its price points, the price points and settings
    // compared, then the rest: each after a pause.
    expect(pauses).toBe(9);
  });

  it('compares with the model the last record names, not with the model built last on this page, when another build came between', async () => {
    const here = repriced(10, 'Built here');
    const elsewhere = repriced(40, 'Built elsewhere');
    const next = repriced(25, 'Next');
    const ours = await nextHistory(NO_HISTORY, { model: load(here), by: '', where: 'Playground', at });
    // The workbook was built since, elsewhere (by the command line, say), from another model: its record is the last.
    const theirs: BuildRecord[] = [...ours, { at: at.toISOString(), fingerprint: await fingerprintOf(load(elsewhere)), by: 'dana', where: 'CLI', model: 'Built elsewhere', changes: '' }];
    const records = await nextHistory({ records: theirs, built: elsewhere }, { model: load(next), by: '', where: 'Playground', at });
    expect(records[2]?.changes).toBe(engineSummary(elsewhere, next));
    expect(records[2]?.changes).not.toBe(engineSummary(here, next));
  });

  it('is the same whether the model built last is reused or loaded again from what the workbook keeps', async () => {
    const before = repriced(10, 'Before');
    const after = changedModel(example());
    const reused = await changesSince(before, load(after), load(before));
    expect(reused).toBe(await changesSince(before, load(after)));
    expect(reused).toBe(engineSummary(before, after));
  });

  it('is the same when each model’s parts were worked out ahead, as the task pane does after its checks', async () => {
    const [before, after] = [load(repriced(10, 'Before')), load(changedModel(repriced(25, 'After')))];
    for (const part of [...historyParts(before), ...historyParts(after)]) await part();
    expect(await fingerprintOf(after)).toBe(await fingerprintOf(load(changedModel(repriced(25, 'After')))));
    expect(await changesSince(repriced(10, 'Before'), after, before)).toBe(engineSummary(repriced(10, 'Before'), changedModel(repriced(25, 'After'))));
  });

  it('works out ahead, with a model’s own parts, those it shares with the model built last on this page', async () => {
    const before = load(repriced(10, 'Before'));
    const records = await nextHistory(NO_HISTORY, { model: before, by: '', where: 'Playground', at });
    const after = load(changedModel(repriced(25, 'After')));
    // Its fingerprint, breaches, their subjects and price points; then the price points and settings compared.
    const parts = historyParts(after);
    expect(parts).toHaveLength(6);
    expect(historyParts(before)).toHaveLength(4);
    for (const part of parts) await part();
    const next = await nextHistory({ records, built: repriced(10, 'Before') }, { model: after, by: '', where: 'Playground', at });
    expect(next[1]?.changes).toBe(engineSummary(repriced(10, 'Before'), changedModel(repriced(25, 'After'))));
  });

  it('says that the previous model is not valid rather than comparing with it', async () => {
    const broken = { ...example(), prices: 'none' } as unknown as ModelInput;
    const last: BuildRecord = { at: at.toISOString(), fingerprint: '0123456789abcdef', by: '', where: 'CLI', model: 'x', changes: 'First build' };
    const records = await nextHistory({ records: [last], built: broken }, { model: load(example()), by: '', where: 'CLI', at });
    expect(records[1]?.changes).toBe('Changes unknown: the previous model is not valid');
  });
});
