/**
 * Checks of the approval matrix (`approvals`: steps in strictly ascending order, each role once) and of
 * the quote's details (real calendar dates, valid until not before the date, approvals given naming a
 * role of the matrix).
 */
import type { Approvals } from './approvalSchema';
import { type IssueLog } from './issues';
import { modelMessages as m } from './messages';
import type { Model, Quote } from './schema';

/** The matrix's roles in order: each step's, then beyond, then the margin floor's. */
export function approvalRoles(approvals: Approvals): string[] {
  const roles = [...approvals.steps.map((s) => s.role), approvals.beyond];
  if (approvals.marginFloor !== undefined) roles.push(approvals.marginFloor);
  return [...new Set(roles)];
}

export function validateApprovalMatrix(log: IssueLog, approvals: Approvals | undefined): void {
  if (approvals === undefined) return;
  const seen = new Map<string, string>();
  const role = (name: string, path: string): void => {
    const first = seen.get(name);
    if (first === undefined) seen.set(name, path);
    else log.error(path, m.duplicateRole(name, first), name);
  };
  approvals.steps.forEach((step, i) => {
    const previous = approvals.steps[i - 1];
    if (previous !== undefined && !(step.upTo > previous.upTo)) {
      log.error(`approvals.steps[${i}].upTo`, m.stepsNotAscending(step.upTo, previous.role, previous.upTo), step.upTo);
    }
    role(step.role, `approvals.steps[${i}].role`);
  });
  role(approvals.beyond, 'approvals.beyond');
  // The margin floor's approver may also hold a step (a director who also signs off margins).
}

/** yyyy-mm-dd that names a real day (2026-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The quote's dates and approvals given (at `path`, "quote" in a model). */
export function validateQuoteDetails(log: IssueLog, approvals: Approvals | undefined, quote: Quote, path = 'quote'): void {
  const under = (key: string): string => (path === '' ? key : `${path}.${key}`);
  const date = (value: string | undefined, at: string): boolean => {
    if (value === undefined) return false;
    if (isCalendarDate(value)) return true;
    log.error(at, m.notADate(value), value);
    return false;
  };
  const dated = date(quote.date, under('date'));
  const valid = date(quote.validUntil, under('validUntil'));
  if (dated && valid && quote.validUntil !== undefined && quote.date !== undefined && quote.validUntil < quote.date) {
    log.error(under('validUntil'), m.validBeforeDate(quote.validUntil, quote.date), quote.validUntil);
  }
  const roles = approvals === undefined ? [] : approvalRoles(approvals);
  (quote.approvals ?? []).forEach((given, i) => {
    date(given.at, under(`approvals[${i}].at`));
    if (approvals === undefined) log.error(under(`approvals[${i}].role`), m.noApprovalMatrix(given.role), given.role);
    else if (!roles.includes(given.role)) log.error(under(`approvals[${i}].role`), m.unknownRole(given.role, roles), given.role);
  });
}

export function validateApprovals(log: IssueLog, model: Model): void {
  validateApprovalMatrix(log, model.approvals);
  validateQuoteDetails(log, model.approvals, model.quote);
}
