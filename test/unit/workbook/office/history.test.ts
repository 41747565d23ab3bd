/**
 * The change history in Excel: every build adds its record (by the workbook's last author), earlier
 * rows are kept whatever a user did to the History sheet, and the comparison is with the model the
 * last build wrote. (A failed rebuild leaving the history as it was: failures.test.ts.)
 */
import type { ModelInput } from '../../../../src/engine/model/schema';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { HISTORY_TABLE } from '../../../../src/workbook/build/history';
import { FIRST_BUILD } from '../../../../src/workbook/history/buildRecord';
import { fingerprintOf } from '../../../../src/workbook/history/nextHistory';
import { buildHistory, saveModel } from '../../../../src/workbook/office';
import { type FakeExcel, asRequestContext } from '../../../doubles/excel';
import { exampleInput, load } from './fixtures';
import { build, userWorkbook } from './helpers';

/** A build as the task pane runs one: the history first (only reads), then the workbook with it. */
async function buildAt(excel: FakeExcel, input: ModelInput, at: string): Promise<void> {
  const model = load(input);
  const history = await buildHistory(asRequestContext(excel), model, { at: new Date(at) });
  await build(excel, (layout) => describeWorkbook(model, { ...layout, source: input, history }));
}

/** The History table's data rows as Excel holds them. */
function historyRows(excel: FakeExcel): unknown[][] {
  const sheet = excel.state.sheets.find((s) => s.name === 'Build history');
  const table = sheet?.tables.find((t) => t.name === HISTORY_TABLE);
  if (!sheet || !table) throw new Error('no History table');
  const rows: unknown[][] = [];
  for (let r = table.rect.row + 1; r <= table.rect.lastRow; r++) {
    const row: unknown[] = [];
    for (let c = table.rect.col; c <= table.rect.lastCol; c++) row.push(sheet.cells.get(`${r},${c}`)?.value ?? '');
    rows.push(row);
  }
  return rows;
}

/** The example with its first list price 10 up. */
function repriced(): ModelInput {
  const input = exampleInput();
  const [head, ...rest] = input.prices ?? [];
  if (!head) throw new Error('the example has no prices');
  return { ...input, prices: [{ ...head, listPrice: (head.listPrice ?? 0) + 10 }, ...rest] };
}

describe('the change history in Excel', () => {
  it('adds a record at every build, by the workbook’s last author, and keeps the earlier ones', async () => {
    const excel = userWorkbook();
    excel.state.documentProperties = { lastAuthor: 'Dana Analyst' };
    await buildAt(excel, exampleInput(), '2026-11-30T09:00:00Z');
    const firstRow = ['2026-11-30T09:00:00.000Z', await fingerprintOf(load(exampleInput())), 'Dana Analyst', 'Excel add-in', load(exampleInput()).name, FIRST_BUILD];
    expect(historyRows(excel)).toEqual([firstRow]);
    await buildAt(excel, repriced(), '2026-11-30T10:00:00Z');
    const rows = historyRows(excel);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(firstRow);
    expect(rows[1]?.slice(0, 5)).toEqual(['2026-11-30T10:00:00.000Z', await fingerprintOf(load(repriced())), 'Dana Analyst', 'Excel add-in', load(repriced()).name]);
    expect(rows[1]?.[5]).toMatch(/1 list price changed/);
  });

  it('compares with the model the last build wrote, not with the model the task pane saved since', async () => {
    const excel = userWorkbook();
    await buildAt(excel, exampleInput(), '2026-11-30T09:00:00Z');
    await saveModel(asRequestContext(excel), repriced());
    await buildAt(excel, repriced(), '2026-11-30T10:00:00Z');
    expect(historyRows(excel)[1]?.[5]).toMatch(/1 list price changed/);
  });

  it('writes every earlier row again from its record after a user typed over, sorted or emptied rows of the History sheet', async () => {
    const excel = userWorkbook();
    await buildAt(excel, exampleInput(), '2026-11-30T09:00:00Z');
    await buildAt(excel, repriced(), '2026-11-30T10:00:00Z');
    const before = historyRows(excel);
    excel.setCells('Build history', { A5: before[1]?.[0] as string, A6: before[0]?.[0] as string, F5: '', F6: 'my words' });
    await buildAt(excel, repriced(), '2026-11-30T11:00:00Z');
    const rows = historyRows(excel);
    expect(rows.slice(0, 2)).toEqual(before);
    expect(rows[2]?.slice(0, 1)).toEqual(['2026-11-30T11:00:00.000Z']);
    expect(rows[2]?.[5]).toBe('No changes');
  });

  it('names nobody where Office does not give the last author (no ExcelApi 1.7), and builds', async () => {
    const excel = userWorkbook();
    excel.state.documentProperties = 'unsupported';
    await buildAt(excel, exampleInput(), '2026-11-30T09:00:00Z');
    expect(historyRows(excel)[0]?.slice(2, 4)).toEqual(['', 'Excel add-in']);
  });
});
