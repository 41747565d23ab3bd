/**
 * A quote's approval: the roles its lines need, ordered by level (the margin floor's last), and its
 * status — 'within authority' when no line needs approval, 'approved' when every required role has an
 * approval given (quote.approvals), else 'needs approval'.
 */
import type { ApprovalGiven } from '../model/approvalSchema';
import type { Model } from '../model/schema';
import type { QuoteResult } from '../quote/types';
import { type LineApproval, lineApproval } from './lineApproval';

export type ApprovalStatus = 'within authority' | 'needs approval' | 'approved';

export interface QuoteApproval {
  /** Every role whose approval the quote needs: by level, then the margin floor's. */
  readonly required: readonly string[];
  /** The required roles with no approval given yet. */
  readonly missing: readonly string[];
  readonly status: ApprovalStatus;
  /** Each line's approval, in the quote's order. */
  readonly lines: readonly LineApproval[];
}

/** `given` defaults to the model's quote's approvals. */
export function quoteApproval(model: Model, result: QuoteResult, given: readonly Pick<ApprovalGiven, 'role'>[] = model.quote.approvals ?? []): QuoteApproval {
  const lines = result.lines.map((line) => lineApproval(model, line));
  const byLevel = new Map<string, number>();
  let floor = false;
  for (const line of lines) {
    if (line.level > 0) byLevel.set(line.role, Math.max(line.level, byLevel.get(line.role) ?? 0));
    if (line.belowMarginFloor) floor = true;
  }
  const required = [...byLevel.entries()].sort((a, b) => a[1] - b[1]).map(([role]) => role);
  const marginFloor = model.approvals?.marginFloor;
  if (floor && marginFloor !== undefined && !required.includes(marginFloor)) required.push(marginFloor);
  const approved = new Set(given.map((g) => g.role));
  const missing = required.filter((role) => !approved.has(role));
  const status: ApprovalStatus = required.length === 0 ? 'within authority' : missing.length === 0 ? 'approved' : 'needs approval';
  return { required, missing, status, lines };
}
