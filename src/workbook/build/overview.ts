/**
 * Overview sheet, first in the workbook: the model's name and currency, where each role starts (a link
 * to each sheet it works on), the tiers at a glance (overviewTiers.ts) and the guardrails' status with a
 * link to every breach (overviewChecks.ts). Its figures are live formulas over the other sheets.
 */
import type { SheetKey, SheetSpec, TableSpec } from '../spec';
import { col, HEADER_ROW, heading, sheet, text } from './cells';
import type { ChecksRefs } from './checks';
import { type BuildContext, place } from './context';
import { breachListTable, guardrailStatusTable } from './overviewChecks';
import { overviewTiersTable } from './overviewTiers';
import type { PackagingRefs } from './packaging';
import type { PriceBookRefs } from './priceBook';
import { sheetLink } from './sheetLinks';

/** Where each role starts: the sheets it works on, in the order it uses them. */
export const ROLE_STARTS: readonly { readonly role: string; readonly sheet: SheetKey; readonly task: string }[] = [
  { role: 'Pricing manager', sheet: 'packaging', task: 'Tiers, the persona each serves and its job' },
  { role: 'Pricing manager', sheet: 'priceBook', task: 'List prices by product, tier and term; products and terms' },
  { role: 'Pricing manager', sheet: 'history', task: 'Every build: when, by whom, and what changed since the one before' },
  { role: 'Sales ops', sheet: 'quote', task: 'Price a deal line by line: item, term, tier, channel, discount' },
  { role: 'Finance', sheet: 'routes', task: 'Every route side by side: what the vendor, the distributor and the reseller each earn' },
  { role: 'Finance', sheet: 'channels', task: 'Partner levels, programme terms and who funds each discount' },
  { role: 'Finance', sheet: 'scenarios', task: 'Scenarios against the base: pick one and every live figure follows it' },
  { role: 'Finance', sheet: 'mix', task: 'The book of business: expected volumes by item and route, each party’s totals' },
  { role: 'Finance', sheet: 'checks', task: 'Every guardrail, live; breaches and warnings listed' },
];

export function buildOverview(ctx: BuildContext, packaging: PackagingRefs, priceBook: PriceBookRefs, checks: ChecksRefs): SheetSpec {
  const { model } = ctx;
  const roles: TableSpec = {
    name: 'RoleStarts',
    at: place(ctx, 'RoleStarts', { row: HEADER_ROW, col: 0 }),
    style: 'TableStyleMedium2',
    caption: 'Where each role starts',
    columns: [col('Role', 'text', 'label'), col('Sheet', 'text', 'formula'), col('What you do there', 'text', 'label')],
    rows: ROLE_STARTS.map((r) => [text(r.role), sheetLink(ctx, r.sheet, ctx.names[r.sheet]), text(r.task)]),
  };
  const tiers = overviewTiersTable(ctx, { row: HEADER_ROW, col: roles.at.col + roles.columns.length + 1 }, packaging, priceBook);
  const status = guardrailStatusTable(ctx, { row: HEADER_ROW, col: tiers.at.col + tiers.columns.length + 1 }, checks);
  const breaches = breachListTable(ctx, { row: HEADER_ROW, col: status.at.col + status.columns.length + 1 }, checks);
  return sheet({
    key: 'overview',
    name: ctx.names.overview,
    tables: [roles, tiers, status, breaches],
    cells: heading(
      `${model.name}: overview`,
      `Model ${model.name}, priced in ${model.currency}. Where each role starts, the tiers at a glance and the guardrails' status; the figures are live.`,
    ),
    tabColor: '404040',
  });
}
