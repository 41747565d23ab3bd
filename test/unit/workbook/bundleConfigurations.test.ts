/**
 * Configured bundles on the Quote sheet, as a pricing manager checks them by hand (example model, annual
 * list prices in the solution tier: BF-AUTO 490, BF-MON 190, BK-CLI 120, BK-ENC 30; EN-SRV 600 in the
 * enterprise tier). Team Automation Starter is 1 + 1 + 5 CLI seats + 5 encryption, less 15%; Enterprise
 * Compliance Suite is fixed at 39,000 a year with 10 servers. The LibreOffice test recalculates the same
 * workbook (test/integration/libreoffice/bundleConfigurations.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadModel } from '../../../src/engine/model/loadModel';
import type { ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { ReadBackError } from '../../../src/workbook/read/readBack';
import type { TableSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { example, load } from '../../support/models';

// Builds workbooks (or runs the command line): seconds each on a busy machine.
jest.setTimeout(60_000);

const source = example();
const configured = (components: Record<number, Record<string, number>>): ModelInput => {
  const lines = (source.quote?.lines ?? []).map((l, i) => (components[i] === undefined ? l : { ...l, components: components[i] }));
  return { ...source, quote: { customer: source.quote?.customer ?? '', lines } };
};
/** Line 1: 4 × Team Automation Starter, 20 CLI seats, encryption left out; line 3: Enterprise Compliance Suite with an 11th server. */
const input = configured({ 0: { 'BK-CLI': 20, 'BK-ENC': 0 }, 2: { 'EN-SRV': 11 } });
const model = load(input);
const spec = describeWorkbook(model, { source: input });

const table = (s: WorkbookSpec, name: string): TableSpec => {
  const t = s.sheets.flatMap((x) => x.tables).find((x) => x.name === name);
  if (t === undefined) throw new Error(`no table ${name}`);
  return t;
};
/** The cached result (or input value) of a table cell by data row and header. */
const shown = (s: WorkbookSpec, name: string, row: number, header: string): unknown => {
  const t = table(s, name);
  const cell = t.rows[row]?.[t.columns.findIndex((c) => c.header === header)];
  return cell === undefined ? undefined : cell.kind === 'formula' ? cell.result : cell.kind === 'blank' ? null : cell.value;
};

describe('the Quote sheet shows each bundle line configuration as data', () => {
  it('numbers the lines 1, 2, 3 (and the spare lines after them) in the Line column', () => {
    expect([0, 1, 2, 3].map((r) => shown(spec, 'QuoteLines', r, 'Line'))).toEqual([1, 2, 3, 4]);
  });

  it('lists only the components that differ from the default, with their default units, list price and change', () => {
    const rows = [0, 1, 2].map((r) => ['Line', 'Component', 'Units per bundle', 'Bundle', 'Default units', 'Unit list price', 'In bounds', 'List change'].map((h) => shown(spec, 'QuoteConfigurations', r, h)));
    expect(rows).toEqual([
      [1, 'BK-CLI', 20, 'team-starter', 5, 120, true, 1800],
      [1, 'BK-ENC', 0, 'team-starter', 5, 30, true, -150],
      [3, 'EN-SRV', 11, 'enterprise-compliance', 10, 600, true, 600],
    ]);
    expect(shown(spec, 'QuoteConfigurations', 3, 'Line')).toBeNull(); // spare rows to type into
  });

  it('a bundle line with 20 CLI seats and encryption left out shows unit list 2,618.00 ((490 + 190 + 20 × 120) × 0.85)', () => {
    expect(shown(spec, 'QuoteLines', 0, 'List unit price')).toBe(2618);
    expect(shown(spec, 'QuoteLines', 0, 'Extended list')).toBe(10472);
  });

  it('a fixed bundle with an 11th server shows unit list 39,600.00 (39,000 + 600) and its cost follows the 11 servers', () => {
    expect(shown(spec, 'QuoteLines', 2, 'List unit price')).toBe(39600);
    expect(shown(spec, 'QuoteLines', 2, 'Cost')).toBe(6060);
  });
});

describe('reading the workbook back keeps the configuration', () => {
  const built = buildXlsx(model, input);

  it('build → read back gives the same model, configurations included', async () => {
    const { bytes } = await built;
    const back = await readModelFromXlsx(bytes);
    expect(back.quote?.lines?.[0]?.components).toEqual({ 'BK-CLI': 20, 'BK-ENC': 0 });
    expect(load(back)).toEqual(model);
  });

  it('a configuration typed into a spare row is read back onto its line (line 3: 2 × EN-AUDIT)', async () => {
    const { bytes } = await built;
    const t = table(spec, 'QuoteConfigurations');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Quote')!;
    const cell = (header: string) => ws.getCell(t.at.row + 2 + 3, t.at.col + 1 + t.columns.findIndex((c) => c.header === header));
    cell('Line').value = 3;
    cell('Component').value = 'EN-AUDIT';
    cell('Units per bundle').value = 2;
    const back = await readModelFromXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(back.quote?.lines?.[2]?.components).toEqual({ 'EN-SRV': 11, 'EN-AUDIT': 2 });
  });

  it('a configuration out of bounds (51 CLI seats, max 50) is read back as typed, and the model refuses it with the engine message', async () => {
    const { bytes } = await built;
    const t = table(spec, 'QuoteConfigurations');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.getWorksheet('Quote')!.getCell(t.at.row + 2, t.at.col + 1 + 2).value = 51;
    const back = await readModelFromXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(back.quote?.lines?.[0]?.components).toEqual({ 'BK-CLI': 51, 'BK-ENC': 0 });
    const loaded = loadModel(back);
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? [] : loaded.issues.map((i) => i.message).join('\n')).toMatch(/quote\.lines\[0\]\.components\["BK-CLI"\].*51.*50/);
  });

  it('a configuration naming no line is reported with its cell', async () => {
    const { bytes } = await built;
    const t = table(spec, 'QuoteConfigurations');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.getWorksheet('Quote')!.getCell(t.at.row + 2, t.at.col + 1).value = 9;
    const error = await readModelFromXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadBackError);
    expect((error as ReadBackError).issues).toEqual([expect.stringMatching(/^Quote!\$?[A-Z]+6: 9 is not the Line number of a quote line$/)]);
  });
});

describe('a workbook built before the Line column and the configurations table', () => {
  it("is rebuilt with a configured line: the items list moves clear of the wider QuoteLines (Line column, and the price shapes' columns), and the configuration reads back", async () => {
    const old = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/xlsx/exceljs.xlsx')));
    const { bytes, spec: rebuilt } = await buildXlsx(model, input, { existing: old });
    const lines = table(rebuilt, 'QuoteLines');
    expect(table(rebuilt, 'QuoteItems').at).toEqual({ row: 4, col: lines.at.col + lines.columns.length + 1 });
    expect(table(rebuilt, 'QuoteItems').at.col).toBeGreaterThan(lines.at.col + lines.columns.length - 1);
    expect(load(await readModelFromXlsx(bytes))).toEqual(model);
  });
});
