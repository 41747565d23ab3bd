/**
 * The approval matrix on the Quote sheet: the QuoteApprovals table (Role, Up to: one step a row, in
 * ascending order, the first the rep's own authority) and the QuoteApprovalSettings table (Measure,
 * Beyond, Margin floor), both inputs read back into model.approvals (read/readApprovals.ts); and the
 * live formulas that route each quote line — its Approver (the first step whose Up to is at least the
 * line's discount, compared at 10 decimals as the engine's lineApproval does; past the last step,
 * Beyond; "—" within the first step) and its Margin approval (the margin floor's role when the line's
 * vendor margin % is below the guardrails' floor, or has none), its Approval reason (the engine's
 * reasons in words, approvals/messages.ts, joined by "; ") — and the quote's status.
 */
import { isPricingError, priceQuote } from '../../engine';
import { type QuoteApproval, quoteApproval } from '../../engine/approvals';
import type { Model } from '../../engine/model/schema';
import type { CellAddress, CellSpec, TableSpec } from '../spec';
import { blank, col, columnRange, formula, num, tableCell, text, textOrBlank } from './cells';

/** Blank rows under the steps, for steps typed in the sheet. */
export const SPARE_STEPS = 2;
export const APPROVAL_SETTINGS = ['Measure', 'Beyond', 'Margin floor'] as const;
export const MEASURES = ['discretionary', 'total'] as const;
/** What the Approver column shows for a line within the first step (no approval needed). */
export const WITHIN_AUTHORITY = '—';

export interface ApprovalRefs {
  readonly steps: TableSpec;
  readonly settings: TableSpec;
  /** The steps' Role and Up to columns (absolute ranges on the Quote sheet). */
  readonly roles: string;
  readonly upTo: string;
  /** The Measure, Beyond and Margin floor cells (absolute). */
  readonly measure: string;
  readonly beyond: string;
  readonly marginFloor: string;
  /** How many step rows (steps + spare) the status formula looks at. */
  readonly stepRows: number;
}

export function approvalTables(model: Model, stepsAt: CellAddress, settingsAt: CellAddress): ApprovalRefs {
  const a = model.approvals;
  const stepRows: CellSpec[][] = [
    ...(a?.steps ?? []).map((s) => [text(s.role), num(s.upTo)]),
    ...Array.from({ length: SPARE_STEPS }, () => [blank, blank]),
  ];
  const steps: TableSpec = {
    name: 'QuoteApprovals',
    at: stepsAt,
    style: 'TableStyleLight9',
    caption: 'Approvals',
    columns: [col('Role', 'text', 'input', 'approvals.steps[].role'), col('Up to', 'percent', 'input', 'approvals.steps[].upTo')],
    rows: stepRows,
  };
  const settings: TableSpec = {
    name: 'QuoteApprovalSettings',
    at: settingsAt,
    style: 'TableStyleLight9',
    caption: 'Approval settings',
    columns: [col('Setting', 'text', 'label'), col('Value', 'text', 'input', 'approvals.measure / beyond / marginFloor')],
    rows: [
      [text('Measure'), a === undefined ? blank : text(a.measure)],
      [text('Beyond'), textOrBlank(a?.beyond)],
      [text('Margin floor'), textOrBlank(a?.marginFloor)],
    ],
  };
  return {
    steps,
    settings,
    roles: columnRange(steps, 0),
    upTo: columnRange(steps, 1),
    measure: tableCell(settings, 0, 1, true),
    beyond: tableCell(settings, 1, 1, true),
    marginFloor: tableCell(settings, 2, 1, true),
    stepRows: stepRows.length,
  };
}

/** A line's cells the routing reads (A1 addresses on the Quote sheet). */
export interface LineCells {
  readonly item: string;
  readonly discount: string;
  readonly specialBid: string;
  readonly customerDiscount: string;
  readonly vendorMarginRate: string;
}

/** The line's discount as the matrix measures it, to 10 decimals. */
const measured = (r: ApprovalRefs, c: LineCells): string => `IF(${r.measure}="total",ROUND(N(${c.customerDiscount}),10),ROUND(N(${c.discount})+N(${c.specialBid}),10))`;

/** How many steps the line's discount is above: its level. */
const reachedOf = (r: ApprovalRefs, c: LineCells): string => `SUMPRODUCT(ISNUMBER(${r.upTo})*(ROUND(${r.upTo},10)<${measured(r, c)}))`;

/** The Approver column: "" without an item or without steps; "—" within the first step; the step's role; Beyond past the last. */
export function approverFormula(r: ApprovalRefs, c: LineCells): string {
  const reached = reachedOf(r, c);
  const steps = `COUNT(${r.upTo})`;
  return `=IF(OR(${c.item}="",${steps}=0),"",IF(${reached}=0,"${WITHIN_AUTHORITY}",IF(${reached}<${steps},INDEX(${r.roles},${reached}+1),${r.beyond})))`;
}

/** The Margin approval column: the margin floor's role when the line's vendor margin % is below the floor (or there is none). */
export function marginApprovalFormula(r: ApprovalRefs, c: LineCells, floorCell: string): string {
  return `=IF(OR(${c.item}="",${r.marginFloor}="",COUNT(${r.upTo})=0),"",IF(OR(NOT(ISNUMBER(${c.vendorMarginRate})),ROUND(N(${c.vendorMarginRate}),10)<ROUND(${floorCell},10)),${r.marginFloor},""))`;
}

/** A rate as the messages' percent() writes it: to two decimals of a percent, no trailing zeros (0.1 → "10%", 0.125 → "12.5%"). */
const percentText = (rate: string): string => `ROUND(${rate}*100,2)&"%"`;
/** A rate as percentOneDecimal writes it (0.28 → "28.0%"); the ROUND to thousandths first makes halves go away from zero. */
const oneDecimalText = (rate: string): string => `TEXT(ROUND(${rate},3),"0.0%")`;

/**
 * The Approval reason column: why the line needs each approval, as the engine's lineApproval says it
 * ("28.0% off list is above the Sales manager's 20%; vendor margin 38.2% below the 50% floor").
 */
export function approvalReasonFormula(r: ApprovalRefs, c: LineCells, floorCell: string, marginApproval: string): string {
  const reached = reachedOf(r, c);
  const step = `IF(${reached}=0,"",${oneDecimalText(measured(r, c))}&" off list is above the "&INDEX(${r.roles},${reached})&"'s "&${percentText(`INDEX(${r.upTo},${reached})`)})`;
  const margin = `IF(${marginApproval}="","","vendor margin "&IF(ISNUMBER(${c.vendorMarginRate}),${oneDecimalText(c.vendorMarginRate)},"n/a (vendor net 0)")&" below the "&${percentText(floorCell)}&" floor")`;
  return `=IF(OR(${c.item}="",COUNT(${r.upTo})=0),"",IFERROR(${step}&IF(AND(${reached}>0,${marginApproval}<>""),"; ","")&${margin},""))`;
}

/** The quote's status: "Within authority", or "Needs approval: " and the roles required, by level, then the margin floor's. */
export function statusFormula(r: ApprovalRefs, approvers: string, marginApprovals: string): string {
  const role = (j: number): string => `INDEX(${r.roles},${j})`;
  const needed = (who: string): string => `IF(AND(${who}<>"",COUNTIF(${approvers},${who})>0),", "&${who},"")`;
  const parts = [
    ...Array.from({ length: Math.max(0, r.stepRows - 1) }, (_, k) => needed(role(k + 2))),
    needed(r.beyond),
    `IF(AND(${r.marginFloor}<>"",COUNTIF(${marginApprovals},${r.marginFloor})>0,COUNTIF(${approvers},${r.marginFloor})=0),", "&${r.marginFloor},"")`,
  ];
  const list = parts.join('&');
  return `=IF(COUNT(${r.upTo})=0,"",IF(${list}="","Within authority","Needs approval: "&MID(${list},3,1000)))`;
}

/** The status in words, as statusFormula shows it. */
export function statusText(model: Model, approval: QuoteApproval | null): string {
  if (model.approvals === undefined || approval === null) return '';
  return approval.required.length === 0 ? 'Within authority' : `Needs approval: ${approval.required.join(', ')}`;
}

/** The engine's routing of the model's quote (null when a line cannot be priced: the sheet shows errors there). */
export function engineApproval(model: Model): QuoteApproval | null {
  try {
    return quoteApproval(model, priceQuote(model));
  } catch (e) {
    if (isPricingError(e)) return null;
    throw e;
  }
}

/** A line's Approver, Margin approval and Approval reason, their values cached from the engine; marginApproval is the line's Margin approval cell. */
export function approvalCells(model: Model, approval: QuoteApproval | null, line: number, r: ApprovalRefs, c: LineCells, floorCell: string, marginApproval: string): CellSpec[] {
  const a = model.approvals;
  const l = approval?.lines[line];
  const reason = approvalReasonFormula(r, c, floorCell, marginApproval);
  if (a === undefined || l === undefined) return [formula(approverFormula(r, c), ''), formula(marginApprovalFormula(r, c, floorCell), ''), formula(reason, '')];
  return [
    formula(approverFormula(r, c), l.level === 0 ? WITHIN_AUTHORITY : l.role),
    formula(marginApprovalFormula(r, c, floorCell), l.belowMarginFloor && a.marginFloor !== undefined ? a.marginFloor : ''),
    formula(reason, l.reasons.join('; ')),
  ];
}
