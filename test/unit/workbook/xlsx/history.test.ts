/** The change history in an .xlsx: a build writes the first row, an update adds the next and keeps the first. */
import type { ModelInput } from '../../../../src/engine/model/schema';
import { HISTORY_COLUMNS, HISTORY_TABLE } from '../../../../src/workbook/build/history';
import { FIRST_BUILD } from '../../../../src/workbook/history/buildRecord';
import { fingerprintOf } from '../../../../src/workbook/history/nextHistory';
import { parseStoredHistory } from '../../../../src/workbook/history/storedHistory';
import { buildXlsx } from '../../../../src/workbook/xlsx/buildXlsx';
import { readXlsx } from '../../../../src/workbook/xlsx/readXlsx';
import { example, load } from '../../../support/models';

/** The example with its first list price 10 up. */
function repriced(): ModelInput {
  const input = example();
  const [head, ...rest] = input.prices ?? [];
  if (!head) throw new Error('the example has no prices');
  return { ...input, prices: [{ ...head, listPrice: (head.listPrice ?? 0) + 10 }, ...rest] };
}

const build = (input: ModelInput, at: string, existing?: Uint8Array): Promise<Uint8Array> =>
  buildXlsx(load(input), input, { record: { by: 'dana', where: 'CLI', at: new Date(at) }, ...(existing ? { existing } : {}) }).then((r) => r.bytes);

describe('the change history of an .xlsx', () => {
  let first: Uint8Array;
  let second: Uint8Array;
  beforeAll(async () => {
    first = await build(example(), '2026-11-30T09:00:00Z');
    second = await build(repriced(), '2026-11-30T10:00:00Z', first);
  }, 60_000);

  it('has one row after the first build', async () => {
    const table = (await readXlsx(first)).tables.get(HISTORY_TABLE);
    expect(table?.sheet).toBe('Build history');
    expect(table?.values).toEqual([[...HISTORY_COLUMNS], ['2026-11-30T09:00:00.000Z', await fingerprintOf(load(example())), 'dana', 'CLI', load(example()).name, FIRST_BUILD]]);
  });

  it('has two after an update, the first kept, the second naming what changed', async () => {
    const content = await readXlsx(second);
    const rows = content.tables.get(HISTORY_TABLE)?.values.slice(1) ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual((await readXlsx(first)).tables.get(HISTORY_TABLE)?.values[1]);
    expect(rows[1]?.slice(0, 5)).toEqual(['2026-11-30T10:00:00.000Z', await fingerprintOf(load(repriced())), 'dana', 'CLI', load(repriced()).name]);
    expect(rows[1]?.[5]).toMatch(/^1 list price changed \(.+ → .+\)$/);
  });

  it('reads back from the model sheet: both records, and the model the last build wrote', async () => {
    const history = parseStoredHistory((await readXlsx(second)).historyJson);
    expect(history.records.map((r) => r.at)).toEqual(['2026-11-30T09:00:00.000Z', '2026-11-30T10:00:00.000Z']);
    expect(history.built).toEqual(repriced());
    expect(history.damaged).toBe(false);
  });

  it('keeps the earlier rows when the History table was emptied in the file (they come from the model sheet)', async () => {
    const { loadXlsx } = await import('../../../../src/workbook/xlsx/readXlsx');
    const wb = await loadXlsx(second);
    const ws = wb.getWorksheet('Build history');
    for (const address of ['A5', 'B5', 'C5', 'F5', 'A6', 'F6']) ws!.getCell(address).value = null;
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const third = await build(repriced(), '2026-11-30T11:00:00Z', edited);
    const rows = (await readXlsx(third)).tables.get(HISTORY_TABLE)?.values.slice(1) ?? [];
    expect(rows.slice(0, 2)).toEqual((await readXlsx(second)).tables.get(HISTORY_TABLE)?.values.slice(1));
    expect(rows[2]?.[5]).toBe('No changes');
  });
});
