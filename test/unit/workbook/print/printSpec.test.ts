/** The page setup of every sheet (print.ts): what each built sheet prints, worked out from its layout. */
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { tableRect } from '../../../../src/workbook/footprint';
import { literalHeaderText, printBands, printedWidth, printSpec, PORTRAIT_WIDTH, type SheetSpec } from '../../../../src/workbook/spec';
import { example, load } from '../../../support/models';

const spec = describeWorkbook(load(example()));
const visible = spec.sheets.filter((s) => s.visibility === 'visible');

const inside = (r: { row: number; col: number; lastRow: number; lastCol: number }, a: { at: { row: number; col: number }; rows: number; cols: number }): boolean =>
  r.row >= a.at.row && r.col >= a.at.col && r.lastRow <= a.at.row + a.rows - 1 && r.lastCol <= a.at.col + a.cols - 1;

const bare = (over: Partial<SheetSpec>): SheetSpec => ({
  key: 'overview', name: 'Overview', visibility: 'visible', frozenRows: 2, frozenCols: 0, columns: [], tables: [], cells: [], validations: [], conditionalFormats: [], charts: [], ...over,
});
const table = (col: number, cols: number, rows: number) => ({
  name: `T${col}`, at: { row: 1, col }, style: 'TableStyleMedium2',
  columns: Array.from({ length: cols }, (_, i) => ({ header: `H${i}`, format: 'text' as const, role: 'label' as const })),
  rows: Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({ kind: 'blank' as const }))),
});

describe('every sheet of the example prints', () => {
  it('each visible sheet has a page setup, one page wide and as many tall as it takes; the very hidden model sheet none', () => {
    for (const s of visible) expect(s.print).toMatchObject({ pagesWide: 1, pagesTall: 'auto', gridlines: false, centerHorizontally: true });
    expect(spec.sheets.find((s) => s.key === 'model')?.print).toBeUndefined();
  });

  it('every table, chart and loose cell lies within one print area, and no two areas share a column', () => {
    for (const s of visible) {
      const areas = s.print?.areas ?? [];
      for (const t of s.tables) expect(areas.some((a) => inside(tableRect(t), a))).toBe(true);
      for (const c of s.charts) expect(areas.some((a) => inside({ row: c.from.row, col: c.from.col, lastRow: c.to.row, lastCol: c.to.col }, a))).toBe(true);
      for (const c of s.cells) expect(areas.some((a) => inside({ row: c.at.row, col: c.at.col, lastRow: c.at.row, lastCol: c.at.col }, a))).toBe(true);
      const sorted = [...areas].sort((a, b) => a.at.col - b.at.col);
      sorted.slice(1).forEach((a, i) => expect(a.at.col).toBeGreaterThan((sorted[i]?.at.col ?? 0) + (sorted[i]?.cols ?? 0) - 1));
    }
  });

  it('repeats the frozen heading rows (title and table headers) on every page', () => {
    // The Customer quote, a document with nothing frozen, repeats its lines' header row instead.
    for (const s of visible.filter((x) => x.key !== 'customerQuote')) expect(s.print?.titleRows).toEqual({ first: 0, last: s.frozenRows - 1 });
  });

  it('puts the model name left and the sheet tab name (&A) right in the header, "Page &P of &N" in the footer', () => {
    const quote = visible.find((s) => s.key === 'quote');
    expect(quote?.print?.header).toEqual({ left: literalHeaderText(load(example()).name), center: '', right: '&A' });
    expect(quote?.print?.footer).toEqual({ left: '', center: 'Page &P of &N', right: '' });
  });
});

describe('printSpec', () => {
  it.each([
    ['two tables side by side make two areas', [table(0, 3, 4), table(4, 2, 6)], [{ at: { row: 0, col: 0 }, rows: 6, cols: 3 }, { at: { row: 0, col: 4 }, rows: 8, cols: 2 }]],
    ['overlapping columns make one area', [table(0, 3, 4), { ...table(2, 2, 1), at: { row: 8, col: 2 } }], [{ at: { row: 0, col: 0 }, rows: 10, cols: 4 }]],
  ])('%s', (_name, tables, areas) => {
    expect(printBands(bare({ tables }))).toEqual(areas);
  });

  it('prints portrait up to PORTRAIT_WIDTH characters wide, landscape beyond', () => {
    const narrow = bare({ tables: [table(0, 3, 2)], columns: [{ width: 30 }, { width: 30 }, { width: 30 }] });
    expect(printedWidth(narrow, 0, 2)).toBe(PORTRAIT_WIDTH);
    expect(printSpec(narrow, 'M').orientation).toBe('portrait');
    expect(printSpec({ ...narrow, columns: [{ width: 30 }, { width: 30 }, { width: 31 }] }, 'M').orientation).toBe('landscape');
  });

  it('doubles an ampersand of the model name (a header code starts with &) and cuts a long name', () => {
    expect(literalHeaderText('R&D pricing')).toBe('R&&D pricing');
    expect(literalHeaderText('x'.repeat(300))).toHaveLength(100);
  });

  it('takes a builder’s own choices over the defaults (a customer document in portrait)', () => {
    const own = printSpec(bare({ tables: [table(0, 12, 3)] }), 'M', { orientation: 'portrait', titleRows: { first: 0, last: 1 } });
    expect(own).toMatchObject({ orientation: 'portrait', titleRows: { first: 0, last: 1 }, pagesWide: 1 });
  });

  it('has no print titles on a sheet without frozen rows', () => {
    expect(printSpec(bare({ frozenRows: 0, tables: [table(0, 2, 2)] }), 'M').titleRows).toBeNull();
  });
});
