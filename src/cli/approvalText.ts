/**
 * `tiercraft quote` on a model with an approval matrix: each line's approver and why, and the quote's
 * status (quoteApproval), as lines of text and as the --json document's "approval".
 */
import { percentOneDecimal, type QuoteApproval } from '../engine/approvals';

/** "approval: needs approval from Sales manager (missing: Sales manager)", then each line needing one. */
export function approvalLines(approval: QuoteApproval): string[] {
  const head =
    approval.status === 'within authority'
      ? 'approval: within authority (no approval needed)'
      : approval.status === 'approved'
        ? `approval: approved (${approval.required.join(', ')})`
        : `approval: needs approval from ${approval.required.join(', ')} (missing: ${approval.missing.join(', ')})`;
  const lines = approval.lines.flatMap((l, i) => (l.required.length === 0 ? [] : [`  line ${i + 1}: ${l.required.join(' and ')}: ${l.reasons.join('; ')}`]));
  return [head, ...lines];
}

export function approvalJson(approval: QuoteApproval) {
  return {
    status: approval.status,
    required: approval.required,
    missing: approval.missing,
    lines: approval.lines.map((l) => ({ role: l.role, required: l.required, reasons: l.reasons, discount: percentOneDecimal(l.discount), belowMarginFloor: l.belowMarginFloor })),
  };
}
