/**
 * One readable line for the History sheet: "3 list prices changed (BK-STD · Product · Annual 100.00 →
 * 105.00, …); Gold: discount 30% → 32%; 1 new error"; "No changes" when the models are equal.
 */
import { type Decimal, toFixedString } from '../decimal';
import { compareMessages as m } from './messages';
import type { Comparison, PricePointChange, PricePointField } from './types';

/** Price points and settings listed by name before the rest are counted. */
const LISTED_POINTS = 3;
const LISTED_SETTINGS = 5;

const PLURAL: Record<PricePointField, string> = { 'list price': 'list prices', 'platform fee': 'platform fees', 'minimum charge': 'minimum charges', 'bundle price': 'bundle prices' };
const money = (d: Decimal | null): string => (d === null ? '(none)' : toFixedString(d));
const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function pointsPart(field: PricePointField, points: readonly PricePointChange[]): string {
  const listed = points.slice(0, LISTED_POINTS).map((p) => `${p.label} ${money(p.base)} → ${money(p.other)}`);
  const more = points.length > LISTED_POINTS ? ', …' : '';
  return `${counted(points.length, field, PLURAL[field])} changed (${listed.join(', ')}${more})`;
}

export function changeSummary(c: Comparison): string {
  const parts: string[] = [];
  const fields: PricePointField[] = ['list price', 'platform fee', 'minimum charge', 'bundle price'];
  for (const field of fields) {
    const points = c.pricePoints.filter((p) => p.field === field);
    if (points.length > 0) parts.push(pointsPart(field, points));
  }
  parts.push(...c.settings.slice(0, LISTED_SETTINGS).map((s) => `${s.label} ${s.base} → ${s.other}`));
  if (c.settings.length > LISTED_SETTINGS) parts.push(`${counted(c.settings.length - LISTED_SETTINGS, 'more setting', 'more settings')} changed`);
  const errors = c.breaches.appeared.filter((b) => b.severity === 'error').length;
  const warnings = c.breaches.appeared.length - errors;
  if (errors > 0) parts.push(counted(errors, 'new error', 'new errors'));
  if (warnings > 0) parts.push(counted(warnings, 'new warning', 'new warnings'));
  if (c.breaches.disappeared.length > 0) parts.push(`${counted(c.breaches.disappeared.length, 'breach', 'breaches')} cleared`);
  return parts.length === 0 ? m.noChanges() : parts.join('; ');
}
