/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read -- these tests read proxy objects before load or sync on purpose, to show the double refuses it as Office.js does; the rules also cannot see `excel.context.sync()` as a sync */
/**
 * The Excel test double is no kinder than Excel: what Office.js refuses, the double refuses, so that a
 * test passing on the double does not hide a failure in Excel. Each case fails on a lenient double.
 */
import { FakeExcel, PropertyNotLoadedError } from '../../../doubles/excel';

const sheets = (excel: FakeExcel) => excel.context.workbook.worksheets;

describe('reading a proxy object', () => {
  it('needs a load of that property and a sync that succeeded', async () => {
    const excel = new FakeExcel();
    const range = sheets(excel).getItem('Sheet1').getRange('A1');
    expect(() => range.values).toThrow(PropertyNotLoadedError);
    range.load('address');
    await excel.context.sync();
    expect(range.address).toBe('Sheet1!A1');
    expect(() => range.values).toThrow(/PropertyNotLoaded: .*values was not loaded/);
    range.load('values');
    expect(() => range.values).toThrow(PropertyNotLoadedError);
    excel.failAtSync(2);
    await expect(excel.context.sync()).rejects.toThrow(/injected failure/);
    expect(() => range.values).toThrow(PropertyNotLoadedError);
  });

  it('load() with no argument loads the scalar properties, as Office.js does', async () => {
    const excel = new FakeExcel();
    excel.setCells('Sheet1', { A1: '=B1*2' });
    const range = sheets(excel).getItem('Sheet1').getRange('A1').load();
    await excel.context.sync();
    expect(range.formulas).toEqual([['=B1*2']]);
    expect(range.numberFormat).toEqual([['General']]);
  });

  it('gives the items of a collection only the properties loaded for them', async () => {
    const excel = new FakeExcel();
    const collection = sheets(excel).load('items/name');
    await excel.context.sync();
    expect(collection.items.map((s) => s.name)).toEqual(['Sheet1']);
    expect(() => collection.items[0]?.id).toThrow(PropertyNotLoadedError);
    const tables = excel.context.workbook.tables;
    expect(() => tables.items).toThrow(PropertyNotLoadedError);
  });
});

describe('null objects', () => {
  it('isNullObject is known only for an …OrNullObject lookup, once loaded and synced', async () => {
    const excel = new FakeExcel();
    const missing = sheets(excel).getItemOrNullObject('Nope');
    const present = sheets(excel).getItemOrNullObject('Sheet1');
    missing.load('name');
    present.load('name');
    expect(() => missing.isNullObject).toThrow(PropertyNotLoadedError);
    await excel.context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    const plain = sheets(excel).getItem('Sheet1').load('name');
    await excel.context.sync();
    expect(() => plain.isNullObject).toThrow(/OrNullObject/);
  });

  it('a plain getItem of a missing object fails the sync that loads it', async () => {
    const excel = new FakeExcel();
    sheets(excel).getItem('Nope').load('name');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    excel.context.workbook.tables.getItem('NoTable').load('name');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('an empty sheet has a null used range', async () => {
    const excel = new FakeExcel();
    const used = sheets(excel).getItem('Sheet1').getUsedRangeOrNullObject(true).load('address');
    await excel.context.sync();
    expect(used.isNullObject).toBe(true);
  });
});

describe('references to what was deleted become #REF!', () => {
  async function withPrices(): Promise<FakeExcel> {
    const excel = new FakeExcel();
    excel.addSheet('Prices', { A1: 'Sku', B1: 'Price', A2: 'x', B2: 5 });
    excel.addSheet('Other', { A1: "=Prices!B2", B1: '=SUM(Prices[Price])*2', C1: '="Prices!B2"' });
    const prices = sheets(excel).getItem('Prices');
    prices.tables.add('A1:B2', true).name = 'Prices';
    const other = sheets(excel).getItem('Other');
    other.getRange('D1').dataValidation.rule = { list: { inCellDropDown: true, source: '=Prices!$A$2:$A$9' } };
    other.getRange('D2').dataValidation.rule = { custom: { formula: '=D2<=Prices!$B$2' } };
    other.getRange('E1').conditionalFormats.add('Custom').custom.rule.formula = '=E1>Prices!$B$2';
    other.charts.add('ColumnClustered', prices.getRange('A1:B2'));
    excel.setCells('Sheet1', { A1: "='Prices'!A2&Prices[[#This Row],[Sku]]" });
    await excel.context.sync();
    return excel;
  }

  it('deleting a sheet: formulas on every sheet, drop-down sources, validation and conditional formulas, chart sources', async () => {
    const excel = await withPrices();
    sheets(excel).getItem('Prices').delete();
    await excel.context.sync();
    const other = excel.state.sheets.find((s) => s.name === 'Other');
    expect(excel.cell('Other', 'A1')?.formula).toBe('=#REF!B2');
    expect(excel.cell('Other', 'C1')?.formula).toBe('="Prices!B2"');
    expect(excel.cell('Sheet1', 'A1')?.formula).toMatch(/^=#REF!A2&/);
    expect(other?.validations.map((v) => v.rule)).toEqual([{ list: { inCellDropDown: true, source: '=#REF!$A$2:$A$9' } }, { custom: { formula: '=D2<=#REF!$B$2' } }]);
    expect(other?.conditionalFormats[0]?.rule).toBe('=E1>#REF!$B$2');
    expect(other?.charts[0]?.source).toBe('#REF!');
  });

  it('deleting a table: its structured references, whatever their brackets', async () => {
    const excel = await withPrices();
    excel.context.workbook.tables.getItem('Prices').delete();
    await excel.context.sync();
    expect(excel.cell('Other', 'B1')?.formula).toBe('=SUM(#REF!)*2');
    expect(excel.cell('Sheet1', 'A1')?.formula).toBe("='Prices'!A2&#REF!");
  });
});
