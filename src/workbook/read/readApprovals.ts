/**
 * Read-back of the approval matrix on the Quote sheet: the QuoteApprovals table (Role, Up to: one step a
 * row; blank rows skipped) and the QuoteApprovalSettings table (Measure, Beyond, Margin floor) →
 * model.approvals. No step typed: no approval routing (approvals absent). Steps without Beyond, a Role
 * without an Up to and the reverse are named by cell; the order of the steps and each role once are
 * checked with the model (validateApprovals.ts).
 */
import type { ModelInput } from '../../engine/model/schema';
import { APPROVAL_SETTINGS, MEASURES } from '../build/quoteApprovals';
import type { RowReader } from './cells';
import { readMessages as m } from './messages';

export function readApprovals(
  table: (name: string, required: readonly string[]) => RowReader[] | undefined,
  out: Record<string, unknown>,
  issues: string[],
): void {
  const steps = table('QuoteApprovals', ['Role', 'Up to']);
  const settings = table('QuoteApprovalSettings', ['Setting', 'Value']);
  if (!steps && !settings) return;
  const read = (steps ?? []).map((r) => ({ role: r.id('Role', 'role'), upTo: r.share('Up to') ?? (r.text('Up to') === undefined ? blankUpTo(r, issues) : undefined) }));
  const values = new Map<string, { value: string | undefined; where: string }>();
  for (const r of settings ?? []) {
    const setting = r.text('Setting')?.trim() ?? '';
    if (!(APPROVAL_SETTINGS as readonly string[]).includes(setting)) issues.push(m.unknownApprovalSetting(r.where('Setting'), setting));
    else values.set(setting, { value: r.text('Value')?.trim() || undefined, where: r.where('Value') });
  }
  if (read.length === 0) {
    delete out.approvals;
    return;
  }
  const measure = values.get('Measure');
  if (measure?.value !== undefined && !(MEASURES as readonly string[]).includes(measure.value)) issues.push(m.notOneOf(measure.where, measure.value, MEASURES));
  const beyond = values.get('Beyond');
  if (beyond?.value === undefined) issues.push(m.blank(beyond?.where ?? 'QuoteApprovalSettings', 'role beyond the last step (Beyond)'));
  const floor = values.get('Margin floor')?.value;
  out.approvals = {
    measure: measure?.value ?? 'discretionary',
    steps: read,
    beyond: beyond?.value ?? '',
    ...(floor === undefined ? {} : { marginFloor: floor }),
  } as NonNullable<ModelInput['approvals']>;
}

function blankUpTo(r: RowReader, issues: string[]): undefined {
  issues.push(m.blank(r.where('Up to'), 'discount this role may approve (Up to)'));
  return undefined;
}
