/**
 * Who must approve a quote line (the model's approval matrix, `model.approvals`): the line's discount
 * — 'discretionary': its negotiated discount + special bid, shares of list; 'total': its customer
 * discount off list, 1 − customer price / list — to 10 decimals, against the steps in order: the first
 * step whose `upTo` is at least the discount approves it (compared exactly); past the last step,
 * `beyond`. The first step is the rep's own authority: a line within it needs no approval. A line below
 * the guardrails' vendor margin floor (the check checkQuoteLine makes) also needs `marginFloor`.
 */
import { type Decimal, add, compare, dec, round } from '../decimal';
import { belowMarginFloor } from '../guardrails/checkQuote';
import type { Approvals } from '../model/approvalSchema';
import type { Model } from '../model/schema';
import type { QuoteLineResult } from '../quote/types';
import { RATE_SCALE } from '../rounding/roundMoney';
import { approvalMessages as m } from './messages';

export interface LineApproval {
  /** The approver of the line's discount: the role of its step (the first step's when within authority), or beyond. */
  readonly role: string;
  /** The roles whose approval the line needs, by level, then the margin floor's: [] within authority. */
  readonly required: readonly string[];
  /** Why, in words with the figures, one reason per required role. */
  readonly reasons: readonly string[];
  /** The discount measured (see above), to 10 decimals. */
  readonly discount: Decimal;
  /** The step reached: 0 for the first (no approval), steps.length for beyond. */
  readonly level: number;
  readonly belowMarginFloor: boolean;
}

const atRateScale = (d: Decimal, model: Model): Decimal => round(d, RATE_SCALE, model.rounding.mode);

/** The line's discount as the matrix measures it, to 10 decimals. */
export function approvalDiscount(model: Model, line: QuoteLineResult, measure: Approvals['measure'] = model.approvals?.measure ?? 'discretionary'): Decimal {
  return atRateScale(measure === 'total' ? line.customerDiscountRate : add(line.discountRate, line.specialBidRate), model);
}

/** The step a discount reaches: the first whose upTo is at least it; steps.length beyond the last. */
export function approvalLevel(model: Model, approvals: Approvals, discount: Decimal): number {
  const level = approvals.steps.findIndex((step) => compare(discount, atRateScale(dec(step.upTo), model)) <= 0);
  return level === -1 ? approvals.steps.length : level;
}

/** The role of a level: a step's, or beyond. */
export const roleOfLevel = (approvals: Approvals, level: number): string => approvals.steps[level]?.role ?? approvals.beyond;

/**
 * The line's approval. Without an approval matrix (model.approvals absent) nothing is routed: role '',
 * level 0, nothing required.
 */
export function lineApproval(model: Model, line: QuoteLineResult): LineApproval {
  const approvals = model.approvals;
  const discount = approvalDiscount(model, line);
  if (approvals === undefined) return { role: '', required: [], reasons: [], discount, level: 0, belowMarginFloor: false };
  const level = approvalLevel(model, approvals, discount);
  const role = roleOfLevel(approvals, level);
  const required: string[] = [];
  const reasons: string[] = [];
  const below = approvals.steps[level - 1];
  if (level > 0 && below !== undefined) {
    required.push(role);
    reasons.push(m.aboveStep(discount, below.role, below.upTo));
  }
  const floorBreached = approvals.marginFloor !== undefined && belowMarginFloor(model, line);
  if (floorBreached && approvals.marginFloor !== undefined) {
    if (!required.includes(approvals.marginFloor)) required.push(approvals.marginFloor);
    reasons.push(m.belowFloor(line.vendorMargin.rate, model.guardrails.vendorMarginFloor));
  }
  return { role, required, reasons, discount, level, belowMarginFloor: floorBreached };
}
