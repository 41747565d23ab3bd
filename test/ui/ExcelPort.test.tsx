/** The Excel workbook port against the Excel API test double: every call one Excel.run, nothing lost. */
import { FakeExcel, asRequestContext } from '../doubles/excel';
import { STARTER_MODEL } from '../../src/taskpane/state/starterModel';
import { validateModel } from '../../src/taskpane/state/validateModel';
import { excelPort } from '../../src/taskpane/workbook/excelPort';
import type { BuildProgress } from '../../src/taskpane/workbook/WorkbookPort';

const model = validateModel(STARTER_MODEL).model!;
let excel: FakeExcel;

beforeEach(() => {
  excel = new FakeExcel();
  excel.setCells('Sheet1', { A1: 'My notes' });
  Object.assign(globalThis, { Excel: { run: <T,>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(asRequestContext(excel)) } });
});

describe('Excel workbook port', () => {
  it('a new workbook has no model; after a build the model as written is restored from it', async () => {
    const port = excelPort();
    expect(await port.loadModel()).toBeNull();
    const progress: BuildProgress[] = [];
    const result = await port.build(model, { source: STARTER_MODEL, onProgress: (p) => progress.push(p) });
    expect(result.sheets).toEqual(['Overview', 'Packaging', 'Price book', 'Markets', 'Ladders', 'Bundles', 'Channels', 'Routes', 'Quote', 'Customer quote', 'Scenarios', 'Mix', 'Checks', 'Build history']);
    // The build's record: the first row of the History table (D: where, F: what changed).
    expect([excel.cell('Build history', 'D5')?.value, excel.cell('Build history', 'F5')?.value]).toEqual(['Excel add-in', 'First build']);
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(['Sheet1', ...result.sheets]));
    expect(excel.cell('Sheet1', 'A1')?.value).toBe('My notes');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]?.done).toBe(progress[progress.length - 1]?.total);
    expect(await port.loadModel()).toEqual(JSON.parse(JSON.stringify(STARTER_MODEL)));
  });

  it('saves each edit with the workbook', async () => {
    const port = excelPort();
    await port.build(model, { source: STARTER_MODEL });
    await port.saveModel({ ...STARTER_MODEL, name: 'Edited in the pane' });
    expect((await port.loadModel())?.name).toBe('Edited in the pane');
  });

  it('Cancel before the sheets are swapped in leaves the workbook as it was', async () => {
    const port = excelPort();
    const before = excel.snapshot();
    const abort = new AbortController();
    const building = port.build(model, { signal: abort.signal, onProgress: (p) => p.done > 0 && abort.abort() });
    await expect(building).rejects.toMatchObject({ name: 'AbortError' });
    expect(excel.snapshot()).toBe(before);
  });

  it('a sheet name taken by the user’s sheet is asked about, and the user’s sheet is left alone', async () => {
    excel.addSheet('Quote', { A1: 'Their quote' });
    const asked: string[] = [];
    const result = await excelPort().build(model, { onClash: async (clash) => (asked.push(clash.sheet), 'rename') });
    expect(asked).toEqual(['Quote']);
    expect(excel.cell('Quote', 'A1')?.value).toBe('Their quote');
    expect(result.sheets).not.toContain('Quote');
  });

  it('reads back the model from the built sheets', async () => {
    const port = excelPort();
    await port.build(model, { source: STARTER_MODEL });
    const read = await port.readFromWorkbook();
    expect(validateModel(read.model).issues).toEqual([]);
    expect(read.model.prices).toEqual(expect.arrayContaining([{ sku: 'BK-TEAM', tier: 'solution', term: 'annual', listPrice: 1200 }]));
    expect(read.model.quote?.lines).toHaveLength(2);
  });

  it('selects a check’s cell on its sheet', async () => {
    const port = excelPort();
    await port.build(model);
    await expect(port.selectCell({ sheet: 'Quote', address: 'A6' })).resolves.toBeUndefined();
    await expect(port.selectCell({ sheet: 'Nowhere', address: 'A1' })).rejects.toThrow(/Nowhere/);
  });
});

describe('Excel workbook port without Excel', () => {
  it('every call rejects (none throws) when the Excel namespace is missing', async () => {
    Reflect.deleteProperty(globalThis, 'Excel');
    const port = excelPort();
    const calls: readonly (() => Promise<unknown>)[] = [
      () => port.loadModel(),
      () => port.saveModel(STARTER_MODEL),
      () => port.build(model),
      () => port.readFromWorkbook(),
      () => port.writeQuote(model),
      () => port.selectCell({ sheet: 'Quote', address: 'A1' }),
      () => port.insertExample(),
    ];
    for (const call of calls) {
      let promise: Promise<unknown> | undefined;
      expect(() => {
        promise = call();
      }).not.toThrow();
      await expect(promise).rejects.toThrow('Excel is not defined');
    }
  });
});
