/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these tests read proxy objects before sync on purpose, to show the double refuses it as Office.js does; the rules cannot see `excel.context.sync()` as a sync, and take getCount()'s ClientResult (read as `.value` after a sync, no load) for an object to load */
/**
 * The double's conditional formats behave as Microsoft's reference describes ConditionalFormatCollection
 * and ConditionalFormat (ExcelApi 1.6): the formats overlapping a range, in priority order, a new one at
 * the top, each with its range, type, id and custom formula, every property read only after load and sync.
 */
import { ExcelApiError, FakeExcel, PropertyNotLoadedError } from '../../../doubles/excel';

const sheet1 = (excel: FakeExcel) => excel.context.workbook.worksheets.getItem('Sheet1');
const rulesOf = (excel: FakeExcel) => excel.state.sheets[0]?.conditionalFormats.map((c) => c.rule) ?? [];

/** Sheet1 with B2:B10 '=B2>1' (added first), then A1:C3 '=A1<0', then E1 '=E1=1'. */
async function withRules(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  for (const [address, formula] of [
    ['B2:B10', '=B2>1'],
    ['A1:C3', '=A1<0'],
    ['E1', '=E1=1'],
  ] as const) {
    sheet1(excel).getRange(address).conditionalFormats.add('Custom').custom.rule.formula = formula;
  }
  await excel.context.sync();
  return excel;
}

describe('the double’s conditional formats', () => {
  it('adds each new format at the top priority', async () => {
    const excel = await withRules();
    expect(rulesOf(excel)).toEqual(['=E1=1', '=A1<0', '=B2>1']);
  });

  it('gives a range the formats overlapping it, in priority order, with their ranges and formulas once loaded', async () => {
    const excel = await withRules();
    const formats = sheet1(excel).getRange('B3:D3').conditionalFormats.load('items/id,items/type,items/priority');
    expect(() => formats.items).toThrow(PropertyNotLoadedError);
    await excel.context.sync();
    expect(formats.items.map((f) => [f.type, f.priority])).toEqual([
      ['Custom', 0],
      ['Custom', 1],
    ]);
    const details = formats.items.map((f) => ({ range: f.getRange().load('address'), rule: f.custom.rule.load('formula') }));
    expect(() => details[0]?.rule.formula).toThrow(PropertyNotLoadedError);
    await excel.context.sync();
    expect(details.map((d) => [d.range.address, d.rule.formula])).toEqual([
      ['Sheet1!A1:C3', '=A1<0'],
      ['Sheet1!B2:B10', '=B2>1'],
    ]);
  });

  it('loads only what was asked: an item property not loaded cannot be read', async () => {
    const excel = await withRules();
    const formats = sheet1(excel).getRange('E1').conditionalFormats.load('items/type');
    await excel.context.sync();
    expect(formats.items[0]?.type).toBe('Custom');
    expect(() => formats.items[0]?.id).toThrow(PropertyNotLoadedError);
  });

  it('counts the formats and gets one by index', async () => {
    const excel = await withRules();
    const collection = sheet1(excel).getRange('A1:B2').conditionalFormats;
    const count = collection.getCount();
    const second = collection.getItemAt(1).custom.rule.load('formula');
    expect(() => count.value).toThrow(PropertyNotLoadedError);
    await excel.context.sync();
    expect(count.value).toBe(2);
    expect(second.formula).toBe('=B2>1');
  });

  it('deletes one format and leaves the others overlapping it', async () => {
    const excel = await withRules();
    const formats = sheet1(excel).getRange('B2').conditionalFormats.load('items/id');
    await excel.context.sync();
    formats.items[0]?.delete();
    await excel.context.sync();
    expect(rulesOf(excel)).toEqual(['=E1=1', '=B2>1']);
  });

  it('clears every format active on the range with clearAll, the user’s overlapping ones included', async () => {
    const excel = await withRules();
    sheet1(excel).getRange('B3').conditionalFormats.clearAll();
    await excel.context.sync();
    expect(rulesOf(excel)).toEqual(['=E1=1']);
  });

  it('fails the sync that reads the custom rule of a format of another type', async () => {
    const excel = await withRules();
    excel.addConditionalFormat('Sheet1', { rect: { row: 0, col: 6, lastRow: 9, lastCol: 6 }, type: 'DataBar', rule: '' });
    const format = sheet1(excel).getRange('G1').conditionalFormats.getItemAt(0);
    format.custom.rule.load('formula');
    await expect(excel.context.sync()).rejects.toThrow(ExcelApiError);
  });

  it('moves a format to a priority among the formats overlapping its range, within bounds', async () => {
    const excel = await withRules();
    const moved = sheet1(excel).getRange('B2:B10').conditionalFormats.add('Custom');
    moved.custom.rule.formula = '=B2=0';
    moved.priority = 1;
    await excel.context.sync();
    expect(rulesOf(excel)).toEqual(['=E1=1', '=A1<0', '=B2=0', '=B2>1']);
    const last = sheet1(excel).getRange('B2:B10').conditionalFormats.getItemAt(0);
    last.priority = 99;
    await excel.context.sync();
    expect(rulesOf(excel)).toEqual(['=E1=1', '=B2=0', '=B2>1', '=A1<0']);
  });

  it('compares priorities in snapshots only where formats overlap', async () => {
    const excel = await withRules();
    const before = excel.snapshot();
    const state = excel.state.sheets[0];
    if (!state) throw new Error('no sheet');
    const [e1, a1, b2] = state.conditionalFormats as [never, never, never];
    state.conditionalFormats = [a1, e1, b2];
    expect(excel.snapshot()).toBe(before);
    state.conditionalFormats = [e1, b2, a1];
    expect(excel.snapshot()).not.toBe(before);
  });
});
