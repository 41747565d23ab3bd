/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read -- these tests read proxy objects before load or sync on purpose, to show the double refuses it as Office.js does; the rules also cannot see `excel.context.sync()` as a sync */
/** The Excel test double behaves like Office.js where the renderer depends on it. */
import { ExcelApiError, FakeExcel, PropertyNotLoadedError } from '../../../doubles/excel';

function sheet1(excel: FakeExcel) {
  return excel.context.workbook.worksheets.getItem('Sheet1');
}

describe('the Excel test double', () => {
  it('queues writes until sync, and reads need load then sync', async () => {
    const excel = new FakeExcel();
    const range = sheet1(excel).getRange('A1:B1');
    range.values = [[1, 'two']];
    expect(excel.cell('Sheet1', 'A1')).toBeUndefined();
    range.load('values');
    expect(() => range.values).toThrow(PropertyNotLoadedError);
    await excel.context.sync();
    expect(range.values).toEqual([[1, 'two']]);
    expect(excel.syncs).toHaveLength(1);
  });

  it.each([
    ['=A2*2', { formula: '=A2*2' }],
    ['+1', { formula: '=+1' }],
    ['-abc', { formula: '=-abc' }],
    ['007', { value: 7 }],
    ['12%', { value: 0.12 }],
    ['TRUE', { value: true }],
    ['1/2', { value: 46000 }],
    ["'=A2", { value: '=A2', quotePrefix: true }],
    ["'007", { value: '007', quotePrefix: true }],
    ['plain text', { value: 'plain text' }],
  ])('reads %j written to range.values of a General cell as Microsoft documents', async (typed, expected) => {
    const excel = new FakeExcel();
    sheet1(excel).getRange('A1').values = [[typed]];
    await excel.context.sync();
    expect(excel.cell('Sheet1', 'A1')).toMatchObject(expected);
    if (!('formula' in expected)) expect(excel.cell('Sheet1', 'A1')?.formula).toBeUndefined();
  });

  it('gives text written after an apostrophe back without it, through values and formulas', async () => {
    const excel = new FakeExcel();
    const range = sheet1(excel).getRange('A1:B1');
    range.values = [["'=SUM(A1)", "'-5"]];
    range.load('values,formulas');
    await excel.context.sync();
    expect(range.values).toEqual([['=SUM(A1)', '-5']]);
    expect(range.formulas).toEqual([['=SUM(A1)', '-5']]);
  });

  it.each(['@risk', '@SUM(A1)'])('refuses %j: Microsoft documents no rule for a leading @', async (typed) => {
    const excel = new FakeExcel();
    sheet1(excel).getRange('A1').values = [[typed]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'NotModelled' });
  });

  it('keeps numbers as text in a text-formatted (@) cell, and refuses a formula there (undocumented)', async () => {
    const excel = new FakeExcel();
    const range = sheet1(excel).getRange('A1:A2');
    range.numberFormat = [['@'], ['@']];
    range.formulas = [["'=A2*2"], ['007']];
    await excel.context.sync();
    expect(excel.cell('Sheet1', 'A1')).toEqual({ value: '=A2*2', numberFormat: '@', quotePrefix: true });
    expect(excel.cell('Sheet1', 'A2')).toEqual({ value: '007', numberFormat: '@' });
    range.formulas = [['=A2*2'], ['-1']];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'NotModelled' });
  });

  it('rejects a 2D array that does not match the range, and the whole batch with it', async () => {
    const excel = new FakeExcel();
    sheet1(excel).getRange('A1').values = [[1]];
    sheet1(excel).getRange('A1:B2').values = [[1, 2]];
    await expect(excel.context.sync()).rejects.toThrow(/does not match the size of A1:B2/);
    expect(excel.cell('Sheet1', 'A1')).toBeUndefined();
  });

  it('compares sheet names case-insensitively and enforces legal names', async () => {
    const excel = new FakeExcel();
    excel.context.workbook.worksheets.add('SHEET1');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    excel.context.workbook.worksheets.add('a/b');
    await expect(excel.context.sync()).rejects.toBeInstanceOf(ExcelApiError);
    expect(excel.sheetNames()).toEqual(['Sheet1']);
  });

  it('rewrites formulas when a sheet is renamed and turns them into #REF! when it is deleted', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Price book', { A1: 5 });
    excel.setCells('Sheet1', { A1: "='Price book'!A1*2", A2: '="Price book!"&\'Price book\'!A1' });
    excel.context.workbook.worksheets.getItem('Price book').name = 'Prices 2';
    await excel.context.sync();
    expect(excel.cell('Sheet1', 'A1')?.formula).toBe("='Prices 2'!A1*2");
    expect(excel.cell('Sheet1', 'A2')?.formula).toBe('="Price book!"&\'Prices 2\'!A1');
    excel.context.workbook.worksheets.getItem('Prices 2').delete();
    await excel.context.sync();
    expect(excel.cell('Sheet1', 'A1')?.formula).toBe('=#REF!A1*2');
  });

  it('never deletes or hides the last visible sheet', async () => {
    const excel = new FakeExcel();
    sheet1(excel).visibility = 'Hidden';
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    sheet1(excel).delete();
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('fails the chosen sync: the whole batch, or only after its first operations', async () => {
    const excel = new FakeExcel();
    excel.failAtSync(1);
    sheet1(excel).getRange('A1').values = [[1]];
    await expect(excel.context.sync()).rejects.toThrow(/injected failure at sync 1/);
    expect(excel.cell('Sheet1', 'A1')).toBeUndefined();
    excel.failAtSync(2, 1);
    sheet1(excel).getRange('A1').values = [[1]];
    sheet1(excel).getRange('A2').values = [[2]];
    await expect(excel.context.sync()).rejects.toThrow(/injected failure at sync 2/);
    expect(excel.cell('Sheet1', 'A1')?.value).toBe(1);
    expect(excel.cell('Sheet1', 'A2')).toBeUndefined();
    expect(excel.syncs.map((s) => s.failed)).toEqual([true, true]);
  });

  it('measures each request and rejects one over the 5 MB limit', async () => {
    const excel = new FakeExcel({ requestLimit: 1000 });
    sheet1(excel).getRange('A1').values = [['x'.repeat(2000)]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.syncs[0]?.bytes).toBeGreaterThan(2000);
  });

  it('measures each response and rejects one over the 5 MB limit, as Excel on the web does', async () => {
    const excel = new FakeExcel({ requestLimit: 1000 });
    excel.setCells('Sheet1', { A1: 'x'.repeat(600), A2: 'y'.repeat(600) });
    const range = sheet1(excel).getRange('A1:A2').load('values');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(excel.syncs.at(-1)?.responseBytes).toBeGreaterThan(1200);
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  it('copies a sheet with its cells and tables; the copy is named "Name (2)" and its tables renamed', async () => {
    const excel = new FakeExcel();
    excel.setCells('Sheet1', { A1: 'Head', A2: 1, B1: 'Other', B2: '=A2*2' });
    const ws = sheet1(excel);
    ws.tables.add('A1:B2', true).name = 'Data';
    const copy = ws.copy('After', ws);
    copy.load('name');
    await excel.context.sync();
    expect(copy.name).toBe('Sheet1 (2)');
    expect(excel.state.sheets[1]?.tables.map((t) => t.name)).toEqual(['Data_2']);
    expect(excel.cell('Sheet1 (2)', 'B2')?.formula).toBe('=A2*2');
  });
});
