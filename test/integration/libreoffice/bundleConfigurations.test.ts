/**
 * Configured bundles on the Quote sheet, recalculated by LibreOffice: a bundle line whose components
 * differ from the bundle's default (the QuoteConfigurations table) is priced exactly as the engine prices
 * it, and a configuration the engine refuses (out of bounds) shows #N/A rather than a price.
 *
 * Worked examples from the example model (annual list prices, solution tier): Team Automation Starter is
 * BF-AUTO 490 + BF-MON 190 + 5 × BK-CLI 120 + 5 × BK-ENC 30, less 15%. With 20 CLI seats and encryption
 * left out: (490 + 190 + 20 × 120) × 0.85 = 3,080 × 0.85 = 2,618.00 a bundle. Enterprise Compliance Suite
 * is fixed at 39,000 a year with 10 EN-SRV servers; an 11th server adds its list price, 600: 39,600.00.
 */
import { loadModel } from '../../../src/engine/model/loadModel';
import type { ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import type { CellSpec, SheetSpec, TableSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { example, load } from '../../support/models';
import { mismatches } from './compare';
import { type RawWorkbook, readRawValues } from './rawValues';
import { recalculate } from './recalc';

jest.setTimeout(180_000);

const source = example();
const configured = (components: Record<number, Record<string, number>>): ModelInput => {
  const lines = (source.quote?.lines ?? []).map((l, i) => (components[i] === undefined ? l : { ...l, components: components[i] }));
  return { ...source, quote: { customer: source.quote?.customer ?? '', lines } };
};
/** Line 1: 4 × Team Automation Starter; line 3: 1 × Enterprise Compliance Suite. */
const input = configured({ 0: { 'BK-CLI': 20, 'BK-ENC': 0 }, 2: { 'EN-SRV': 11 } });
const spec = describeWorkbook(load(input), { source: input });

const recalculated = async (s: WorkbookSpec) => readRawValues(recalculate(await renderXlsx(s)));
const quoteTable = (s: WorkbookSpec, name: string): TableSpec => {
  const t = s.sheets.find((x) => x.key === 'quote')?.tables.find((x) => x.name === name);
  if (t === undefined) throw new Error(`no table ${name}`);
  return t;
};
/** The description with one input cell of a Quote table replaced (a user's edit), cached results kept. */
function editCell(s: WorkbookSpec, table: string, row: number, header: string, cell: CellSpec): WorkbookSpec {
  const col = quoteTable(s, table).columns.findIndex((c) => c.header === header);
  const editTable = (t: TableSpec): TableSpec => (t.name !== table ? t : { ...t, rows: t.rows.map((r, i) => (i !== row ? r : r.map((c, j) => (j === col ? cell : c)))) });
  const editSheet = (x: SheetSpec): SheetSpec => ({ ...x, tables: x.tables.map(editTable) });
  return { ...s, sheets: s.sheets.map(editSheet) };
}
/** What a QuoteLines cell shows after recalculation, by data row and header. */
const shownIn = (values: RawWorkbook, row: number, header: string): unknown => {
  const lines = quoteTable(spec, 'QuoteLines');
  return values.get('Quote')?.get(`${lines.at.row + 1 + row},${lines.at.col + lines.columns.findIndex((c) => c.header === header)}`);
};

describe('configured bundles on the Quote sheet recalculate to the engine figures', () => {
  it('a Team Automation Starter line with 20 CLI seats and encryption left out shows unit list 2,618.00 after recalculation', async () => {
    const values = await recalculated(spec);
    expect(shownIn(values, 0, 'List unit price')).toBe(2618);
    expect(shownIn(values, 0, 'Extended list')).toBe(10472);
    // Every formula of the workbook, the configured lines and their totals included, equals the engine's figure.
    expect(mismatches(spec, values)).toEqual([]);
  });

  it('an Enterprise Compliance Suite line with an 11th server shows unit list 39,600.00 (fixed 39,000 + 600) and cost 6,060.00', async () => {
    const values = await recalculated(spec);
    expect(shownIn(values, 2, 'List unit price')).toBe(39600);
    expect(shownIn(values, 2, 'Cost')).toBe(6060);
  });

  it('follows a configuration typed into the sheet: 30 CLI seats instead of 20 gives the engine figures of the edited quote', async () => {
    const edited = configured({ 0: { 'BK-CLI': 30, 'BK-ENC': 0 }, 2: { 'EN-SRV': 11 } });
    const expected = describeWorkbook(load(edited), { source: edited });
    const values = await recalculated(editCell(spec, 'QuoteConfigurations', 0, 'Units per bundle', { kind: 'number', value: 30 }));
    expect(mismatches(expected, values)).toEqual([]);
  });

  it('a line with no configuration rows is the default bundle (all configurations deleted: the example quote figures)', async () => {
    const blanks = (s: WorkbookSpec): WorkbookSpec =>
      [0, 1, 2].reduce((w, r) => ['Line', 'Component', 'Units per bundle'].reduce((x, h) => editCell(x, 'QuoteConfigurations', r, h, { kind: 'blank' }), w), s);
    const expected = describeWorkbook(load(source), { source });
    const quoteOnly = (s: WorkbookSpec): WorkbookSpec => ({ ...s, sheets: s.sheets.filter((x) => x.key === 'quote').map((x) => ({ ...x, tables: x.tables.filter((t) => t.name === 'QuoteLines') })) });
    const values = await recalculated(blanks(spec));
    expect(mismatches(quoteOnly(expected), values)).toEqual([]);
  });
});

describe('a configuration out of bounds shows #N/A, as the engine refuses it', () => {
  it.each([
    ['51 CLI seats (max 50)', 0, 'BK-CLI', 51],
    ['4 CLI seats (min 5)', 0, 'BK-CLI', 4],
    ['the required EN-SRV left out (0)', 2, 'EN-SRV', 0],
    ['BK-SEAT, not a component', 0, 'BK-SEAT', 3],
    ['a component on the BF-AUTO product line (line 2)', 1, 'BF-MON', 1],
  ])('%s: the row shows In bounds FALSE and the line #N/A for its list, customer price and cost', async (_what, line, sku, units) => {
    expect(loadModel(configured({ [line]: { [sku]: units } })).ok).toBe(false);
    const row = line === 0 ? 0 : line === 2 ? 2 : 3; // line 2 has no row yet: the first spare one
    const edits: [string, CellSpec][] = [['Line', { kind: 'number', value: line + 1 }], ['Component', { kind: 'text', value: sku }], ['Units per bundle', { kind: 'number', value: units }]];
    const edit = (s: WorkbookSpec) => edits.reduce((w, [header, cell]) => editCell(w, 'QuoteConfigurations', row, header, cell), s);
    const values = await recalculated(edit(spec));
    expect(shownIn(values, line, 'List unit price')).toBe('#N/A');
    expect(shownIn(values, line, 'Customer price')).toBe('#N/A');
    expect(shownIn(values, line, 'Cost')).toBe('#N/A');
    const configurations = quoteTable(spec, 'QuoteConfigurations');
    expect(values.get('Quote')?.get(`${configurations.at.row + 1 + row},${configurations.at.col + 6}`)).toBe(false); // In bounds
    // The other lines keep their prices.
    const other = line === 1 ? 0 : 1;
    const lines = quoteTable(spec, 'QuoteLines');
    const before = lines.rows[other]?.[lines.columns.findIndex((c) => c.header === 'List unit price')];
    expect(shownIn(values, other, 'List unit price')).toBe(before?.kind === 'formula' ? before.result : undefined);
  });
});
