/**
 * The approval matrix on the Quote sheet, as data: the QuoteApprovals and QuoteApprovalSettings tables,
 * each line's Approver and Margin approval and the quote's status — cached from the engine's
 * quoteApproval — and their read-back into model.approvals (edits, a model without a matrix, bad cells).
 */
import ExcelJS from 'exceljs';
import { quoteApproval } from '../../../src/engine/approvals';
import { priceQuote } from '../../../src/engine';
import { cellA1 } from '../../../src/workbook/a1';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { APPROVAL_STATUS_AT } from '../../../src/workbook/build/quote';
import type { CellSpec, SheetSpec, TableSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { ROUTED, approvalsModel } from '../../support/approvalsModel';
import { locate } from '../../support/locate';
import { example, load } from '../../support/models';
import { readBackIssues } from '../../support/readBackIssues';

// Each read-back builds the example workbook twice or more: seconds on a busy machine.
jest.setTimeout(60_000);

const source = approvalsModel();
const model = load(source);
const spec = describeWorkbook(model, { source });
const quote = spec.sheets.find((s) => s.key === 'quote') as SheetSpec;
const table = (s: SheetSpec, name: string): TableSpec => {
  const t = s.tables.find((x) => x.name === name);
  if (t === undefined) throw new Error(`no table ${name}`);
  return t;
};
const value = (c: CellSpec | undefined): unknown => (c === undefined ? undefined : c.kind === 'formula' ? c.result : c.kind === 'blank' ? null : c.value);
const column = (t: TableSpec, header: string): unknown[] => {
  const k = t.columns.findIndex((c) => c.header === header);
  if (k < 0) throw new Error(`no column ${header}`);
  return t.rows.map((r) => value(r[k]));
};
const status = (s: SheetSpec): CellSpec | undefined => s.cells.find((c) => c.at.row === APPROVAL_STATUS_AT.row && c.at.col === APPROVAL_STATUS_AT.col + 1)?.cell;

async function edited(bytes: Uint8Array, at: WorkbookSpec, edits: readonly { table: string; row: number; header: string; value: ExcelJS.CellValue }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) {
    const c = locate(at, e.table, e.row, e.header);
    wb.getWorksheet(c.sheet)!.getCell(c.row, c.col).value = e.value;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('the approval matrix on the Quote sheet', () => {
  it('lists the steps (two spare rows for more) and the settings as inputs', () => {
    expect(column(table(quote, 'QuoteApprovals'), 'Role')).toEqual(['Sales rep', 'Sales manager', 'Director', null, null]);
    expect(column(table(quote, 'QuoteApprovals'), 'Up to')).toEqual([0.1, 0.2, 0.35, null, null]);
    expect(column(table(quote, 'QuoteApprovalSettings'), 'Value')).toEqual(['discretionary', 'CFO', 'Finance']);
    expect(table(quote, 'QuoteApprovals').columns.map((c) => c.role)).toEqual(['input', 'input']);
  });

  it('routes each line just under, at and just over each step, beyond and below the floor, as the engine does', () => {
    const lines = table(quote, 'QuoteLines');
    const n = ROUTED.length;
    const engine = quoteApproval(model, priceQuote(model));
    expect(column(lines, 'Approver').slice(0, n)).toEqual(ROUTED.map((r) => r.approver));
    expect(column(lines, 'Approver').slice(0, n)).toEqual(engine.lines.map((l) => (l.level === 0 ? '—' : l.role)));
    expect(column(lines, 'Margin approval').slice(0, n)).toEqual(ROUTED.map((r) => (r.belowFloor ? 'Finance' : '')));
    expect(column(lines, 'Approval reason').slice(0, n)).toEqual(engine.lines.map((l) => l.reasons.join('; ')));
    expect(column(lines, 'Approver').slice(n)).toEqual(['', '', '']);
    expect(value(status(quote))).toBe('Needs approval: Sales manager, Director, CFO, Finance');
    expect(engine.required).toEqual(['Sales manager', 'Director', 'CFO', 'Finance']);
  });

  it('the Approver formula compares at 10 decimals and reads the measure, the steps and Beyond from the tables', () => {
    const lines = table(quote, 'QuoteLines');
    const f = lines.rows[0]?.[lines.columns.findIndex((c) => c.header === 'Approver')];
    expect(f?.kind).toBe('formula');
    const text = f?.kind === 'formula' ? f.formula : '';
    expect(text).toContain('ROUND(');
    expect(text).toContain(',10)');
    expect(text).toContain('"total"');
    expect(status(quote)?.kind).toBe('formula');
  });

  it('a quote within authority says so; a model without a matrix shows blank approvals and an empty table', () => {
    const within = approvalsModel();
    within.quote = { customer: 'Acme', lines: (source.quote?.lines ?? []).slice(0, 2) };
    const w = describeWorkbook(load(within), { source: within }).sheets.find((s) => s.key === 'quote') as SheetSpec;
    expect(value(status(w))).toBe('Within authority');
    const { approvals: _matrix, ...plain } = example();
    const p = describeWorkbook(load(plain), { source: plain }).sheets.find((s) => s.key === 'quote') as SheetSpec;
    expect(value(status(p))).toBe('');
    expect(column(table(p, 'QuoteLines'), 'Approver').every((v) => v === '')).toBe(true);
    expect(column(table(p, 'QuoteApprovals'), 'Role')).toEqual([null, null]);
  });
});

describe('the approval matrix read back from an .xlsx', () => {
  it('reads back as written; a model without a matrix, nothing typed, keeps none', async () => {
    const back = await readModelFromXlsx((await buildXlsx(model, source)).bytes);
    expect(load(back).approvals).toEqual(model.approvals);
    const { approvals: _matrix, ...plain } = example();
    const none = await readModelFromXlsx((await buildXlsx(load(plain), plain)).bytes);
    expect(none).not.toHaveProperty('approvals');
  });

  it('reads edits: a step typed in a spare row, a new Beyond, the total measure, no margin floor', async () => {
    const built = await buildXlsx(model, source);
    const bytes = await edited(built.bytes, built.spec, [
      { table: 'QuoteApprovals', row: 3, header: 'Role', value: 'VP Sales' },
      { table: 'QuoteApprovals', row: 3, header: 'Up to', value: 0.5 },
      { table: 'QuoteApprovalSettings', row: 0, header: 'Value', value: 'total' },
      { table: 'QuoteApprovalSettings', row: 1, header: 'Value', value: 'Board' },
      { table: 'QuoteApprovalSettings', row: 2, header: 'Value', value: null },
    ]);
    const back = await readModelFromXlsx(bytes);
    expect(back.approvals).toEqual({
      measure: 'total',
      steps: [
        { role: 'Sales rep', upTo: 0.1 },
        { role: 'Sales manager', upTo: 0.2 },
        { role: 'Director', upTo: 0.35 },
        { role: 'VP Sales', upTo: 0.5 },
      ],
      beyond: 'Board',
    });
  });

  it('names each bad cell: a role without Up to, an Up to that is not a percentage, a blank Beyond, an unknown measure', async () => {
    const built = await buildXlsx(model, source);
    const where = (t: string, row: number, header: string): string => {
      const c = locate(built.spec, t, row, header);
      return `Quote!${cellA1(c.row - 1, c.col - 1)}`;
    };
    const issues = await readBackIssues(
      await edited(built.bytes, built.spec, [
        { table: 'QuoteApprovals', row: 3, header: 'Role', value: 'VP Sales' },
        { table: 'QuoteApprovals', row: 1, header: 'Up to', value: 'lots' },
        { table: 'QuoteApprovalSettings', row: 0, header: 'Value', value: 'gross' },
        { table: 'QuoteApprovalSettings', row: 1, header: 'Value', value: null },
      ]),
    );
    expect(issues).toEqual([
      `${where('QuoteApprovals', 1, 'Up to')}: 'lots' is not a percentage between 0% and 100%`,
      `${where('QuoteApprovals', 3, 'Up to')}: the discount this role may approve (Up to) must not be blank`,
      `${where('QuoteApprovalSettings', 0, 'Value')}: 'gross' is not one of discretionary, total`,
      `${where('QuoteApprovalSettings', 1, 'Value')}: the role beyond the last step (Beyond) must not be blank`,
    ]);
  });
});
