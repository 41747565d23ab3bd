/**
 * Approval routing on the Quote sheet, recalculated by LibreOffice: each line's Approver, Margin
 * approval and Approval reason and the quote's status equal the engine's quoteApproval — Sales rep up to 10%, Sales manager
 * 20%, Director 35%, CFO beyond, Finance below the 65% vendor margin floor; discounts just under
 * (9.99999999%), at (10%) and just over (10.00000001%) each step, one at 20% made of 15% + a 5% special
 * bid, one at 50% and a two-tier line within authority below the floor — with the discount measured
 * either way (discretionary, total) — and lines typed into the sheet after the build are routed too.
 */
import type { ModelInput } from '../../../src/engine/model/schema';
import { priceQuote, toNumber } from '../../../src/engine';
import { quoteApproval } from '../../../src/engine/approvals';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { APPROVAL_STATUS_AT } from '../../../src/workbook/build/quote';
import type { CellSpec, SheetSpec, TableSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { ROUTED, approvalsModel, line } from '../../support/approvalsModel';
import { load } from '../../support/models';
import { mismatches } from './compare';
import { type RawWorkbook, readRawValues } from './rawValues';
import { recalculateAll } from './recalc';

jest.setTimeout(180_000);

const discretionary = approvalsModel();
const total: ModelInput = { ...discretionary, approvals: { steps: [], beyond: '', ...discretionary.approvals, measure: 'total' } };
const specs = [discretionary, total].map((m) => describeWorkbook(load(m), { source: m }));

const lines = (s: WorkbookSpec): TableSpec => {
  const t = s.sheets.find((x) => x.key === 'quote')?.tables.find((x) => x.name === 'QuoteLines');
  if (t === undefined) throw new Error('no QuoteLines');
  return t;
};
/** The description with a spare quote line's inputs typed in (its formulas keep their blank cached results). */
function typed(s: WorkbookSpec, row: number, inputs: Record<string, CellSpec>): WorkbookSpec {
  const t = lines(s);
  const editTable = (x: TableSpec): TableSpec =>
    x !== t ? x : { ...x, rows: x.rows.map((r, i) => (i !== row ? r : r.map((c, k) => inputs[x.columns[k]?.header ?? ''] ?? c))) };
  return { ...s, sheets: s.sheets.map((x: SheetSpec) => ({ ...x, tables: x.tables.map(editTable) })) };
}
const shown = (s: WorkbookSpec, values: RawWorkbook, row: number, header: string): unknown => {
  const t = lines(s);
  return values.get('Quote')?.get(`${t.at.row + 1 + row},${t.at.col + t.columns.findIndex((c) => c.header === header)}`);
};
const status = (values: RawWorkbook): unknown => values.get('Quote')?.get(`${APPROVAL_STATUS_AT.row},${APPROVAL_STATUS_AT.col + 1}`);
const typedLine = (discount: number): Record<string, CellSpec> => ({
  Item: { kind: 'text', value: 'BF-AUTO' },
  Quantity: { kind: 'number', value: 12 },
  Term: { kind: 'text', value: '3-year' },
  Tier: { kind: 'text', value: 'solution' },
  Channel: { kind: 'text', value: 'direct' },
  'Deal registration': { kind: 'bool', value: false },
  'Line discount': { kind: 'number', value: discount },
});

const n = ROUTED.length;
const withTyped = typed(typed(specs[0] as WorkbookSpec, n, typedLine(0.25)), n + 1, typedLine(0.05));
const recalculated = (async () => Promise.all(recalculateAll(await Promise.all([...specs, withTyped].map((s) => renderXlsx(s)))).map((b) => readRawValues(b))))();

describe('LibreOffice routes each quote line to its approver as the engine does', () => {
  it('every formula cell equals the engine’s figure, discount measured either way', async () => {
    const [a, b] = await recalculated;
    expect(mismatches(specs[0] as WorkbookSpec, a as RawWorkbook)).toEqual([]);
    expect(mismatches(specs[1] as WorkbookSpec, b as RawWorkbook)).toEqual([]);
  });

  it('just under and at a step stays with it, just over goes to the next; past the last step, CFO; below the floor, Finance', async () => {
    const [a] = await recalculated;
    const spec = specs[0] as WorkbookSpec;
    expect(ROUTED.map((_, r) => shown(spec, a as RawWorkbook, r, 'Approver'))).toEqual(ROUTED.map((r) => r.approver));
    expect(ROUTED.map((_, r) => shown(spec, a as RawWorkbook, r, 'Margin approval') ?? '')).toEqual(ROUTED.map((r) => (r.belowFloor ? 'Finance' : '')));
    expect(status(a as RawWorkbook)).toBe('Needs approval: Sales manager, Director, CFO, Finance');
  });

  it('says why each line needs its approvals, in the engine’s words', async () => {
    const [a] = await recalculated;
    const spec = specs[0] as WorkbookSpec;
    const m = load(discretionary);
    const engine = quoteApproval(m, priceQuote(m));
    const reasons = ROUTED.map((_, r) => shown(spec, a as RawWorkbook, r, 'Approval reason') ?? '');
    expect(reasons).toEqual(engine.lines.map((l) => l.reasons.join('; ')));
    expect(reasons.slice(0, 3)).toEqual(['', '', "10.0% off list is above the Sales rep's 10%"]);
    expect(reasons[5]).toMatch(/^35\.0% off list is above the Sales manager's 20%; vendor margin \d+\.\d% below the 65% floor$/);
  });

  it('lines typed into the sheet after the build are routed: 25% off to the Director, 5% within authority', async () => {
    const values = (await recalculated)[2] as RawWorkbook;
    const edited = approvalsModel();
    edited.quote = { customer: 'Northwind Logistics', lines: [...(edited.quote?.lines ?? []), line(0.25), line(0.05)] };
    const m = load(edited);
    const engine = quoteApproval(m, priceQuote(m));
    const role = (k: number): string => (engine.lines[k]?.level === 0 ? '—' : (engine.lines[k]?.role ?? ''));
    expect([shown(withTyped, values, n, 'Approver'), shown(withTyped, values, n + 1, 'Approver')]).toEqual([role(n), role(n + 1)]);
    expect([role(n), role(n + 1)]).toEqual(['Director', '—']);
    expect(shown(withTyped, values, n, 'Approval reason')).toBe(engine.lines[n]?.reasons.join('; '));
    expect(engine.lines[n]?.reasons).toEqual(["25.0% off list is above the Sales manager's 20%"]);
    const priced = priceQuote(m).lines[n];
    expect(shown(withTyped, values, n, 'Customer price')).toBe(priced === undefined ? 'no line' : toNumber(priced.customerPrice));
  });
});
