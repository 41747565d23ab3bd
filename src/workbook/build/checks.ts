/**
 * Checks sheet: the guardrail settings (inputs) and every guardrail's verdict, each a live formula over
 * the cells it checks (checkRows.ts, bandRows.ts): every quote line, spare lines included; every
 * price-book entry and bundle term on every route (the RouteMargins table beside it, routeMargins.ts);
 * every term; every ladder band; every tier (a new job). The counts of
 * breaches and warnings stand above the table; breaching cells are also highlighted where they stand
 * (Quote, Channels, Price book and Ladders sheets).
 */
import { checkDiscounts } from '../../engine';
import type { SheetSpec, TableSpec } from '../spec';
import { bandRows } from './bandRows';
import { bool, col, columnRange, formula, HEADER_ROW, heading, loose, num, numOrBlank, sheet, tableCell, text } from './cells';
import { type CheckRow, entryRows, quoteLineRows, termRows, tierRows, verdicts } from './checkRows';
import { type BuildContext, place } from './context';
import { GUARDRAIL_SETTINGS, guardrailCell, guardrailsAt } from './guardrailCells';
import type { LaddersRefs } from './ladders';
import { marketCorridorRows } from './marketCheckRows';
import { quoteRefused } from './marketQuote';
import type { MarketsRefs } from './markets';
import type { PackagingRefs } from './packaging';
import type { QuoteRefs } from './quote';
import { buildRouteMargins } from './routeMargins';
import type { WaterfallRefs } from './waterfall';

export interface ChecksRefs {
  readonly sheet: SheetSpec;
  readonly guardrails: TableSpec;
  readonly checks: TableSpec;
}

/** Rule and Field name the breach as `tiercraft validate --json` does, for scripts and for comparing surfaces. */
export const CHECKS_COLUMNS = ['Check', 'Where', 'Value', 'Limit', 'Status', 'Rule', 'Field'] as const;

export function buildChecks(ctx: BuildContext, refs: WaterfallRefs, ladders: LaddersRefs, quote: QuoteRefs, packaging: PackagingRefs, markets?: MarketsRefs, quoteCtx: BuildContext = ctx): ChecksRefs {
  const pb = refs.pb;
  const { model } = ctx;
  const g = model.guardrails;
  const guardrails: TableSpec = {
    name: 'Guardrails',
    at: guardrailsAt(ctx),
    style: 'TableStyleMedium4',
    caption: 'Guardrails',
    columns: [col('Setting', 'text', 'label'), col('Value', 'percent', 'input', 'guardrails')],
    rows: [
      [text(GUARDRAIL_SETTINGS[0]), num(g.vendorMarginFloor)],
      [text(GUARDRAIL_SETTINGS[1]), num(g.maxCustomerDiscount)],
      [text(GUARDRAIL_SETTINGS[2]), bool(g.channelConflict)],
      [text(GUARDRAIL_SETTINGS[3]), bool(g.risingUnitPrice)],
      [text(GUARDRAIL_SETTINGS[4]), numOrBlank(g.priceCorridor)],
    ],
    // TRUE/FALSE settings are not percentages (LibreOffice would save them as 1 and 0).
    cellFormats: [2, 3].map((row) => ({ row, col: 1, format: 'general' as const })),
  };
  const found = verdicts(checkDiscounts(model));
  const checksAt = place(ctx, 'Checks', { row: HEADER_ROW, col: 3 });
  const margins = buildRouteMargins(ctx, refs, { row: HEADER_ROW, col: checksAt.col + CHECKS_COLUMNS.length + 1 });
  const rows: CheckRow[] = [
    // A quote in a market is checked on the market's model (quoteCtx), as it is priced; a refused one not at all.
    ...(quoteRefused(ctx) ? [] : quoteLineRows(quoteCtx, quote)),
    ...entryRows(ctx, margins),
    ...termRows(ctx, pb, found),
    ...bandRows(ctx, ladders, pb.ref.termDiscounts, found),
    ...tierRows(ctx, packaging),
    ...(markets === undefined ? [] : marketCorridorRows(ctx, markets)),
  ];
  const checks: TableSpec = {
    name: 'Checks',
    at: checksAt,
    style: 'TableStyleMedium2',
    caption: 'Checks',
    // Most checks compare rates; the rows that compare prices or units say so in cellFormats.
    columns: CHECKS_COLUMNS.map((h) => col(h, h === 'Value' || h === 'Limit' ? 'percent' : 'text', h === 'Value' || h === 'Limit' || h === 'Status' ? 'formula' : 'label')),
    rows: rows.map((r, i) => [
      text(r.check),
      text(r.where),
      r.value,
      r.limit,
      formula(`=${r.status(tableCell({ at: checksAt }, i, 2), tableCell({ at: checksAt }, i, 3))}`, r.result),
      text(r.rule),
      text(r.path),
    ]),
    cellFormats: rows.flatMap((r, row) => (r.format === 'percent' ? [] : [2, 3].map((c) => ({ row, col: c, format: r.format })))),
  };
  const status = columnRange(checks, 4);
  const count = (c: number, what: 'Breach' | 'Warning') => loose({ row: checksAt.row - 1, col: checksAt.col + c }, formula(`=COUNTIF(${status},"${what}")`, rows.filter((r) => r.result === what).length), 'label', 'integer');
  const statusRange = { at: { row: checksAt.row + 1, col: checksAt.col + 4 }, rows: rows.length, cols: 1 };
  const first = tableCell({ at: checksAt }, 0, 4);
  const marginRange = { at: { row: margins.table.at.row + 1, col: margins.table.at.col + margins.marginCol }, rows: margins.table.rows.length, cols: 1 };
  const firstMargin = tableCell(margins.table, 0, margins.marginCol);
  return {
    guardrails,
    checks,
    sheet: sheet({
      key: 'checks',
      name: ctx.names.checks,
      tables: [guardrails, checks, margins.routes, margins.table],
      cells: [
        ...heading(
          `${model.name}: checks`,
          `Every guardrail, live: Breach (an error), Warning, Pass or Off; breaching cells are also highlighted where they stand.${margins.entries.length < margins.total ? ` Only the first ${margins.entries.length} of ${margins.total} price-book entries and bundle terms are checked here; tiercraft validate checks them all.` : ''}`,
        ),
        loose({ row: checksAt.row - 1, col: checksAt.col + 1 }, text('Breaches'), 'label', 'text'),
        count(2, 'Breach'),
        loose({ row: checksAt.row - 1, col: checksAt.col + 3 }, text('Warnings'), 'label', 'text'),
        count(4, 'Warning'),
      ],
      conditionalFormats: [
        ...(rows.length === 0
          ? []
          : [
              { range: statusRange, formula: `=${first}="Breach"`, style: 'breach' as const },
              { range: statusRange, formula: `=${first}="Warning"`, style: 'warning' as const },
              { range: statusRange, formula: `=${first}="Pass"`, style: 'pass' as const },
            ]),
        ...(margins.table.rows.length === 0
          ? []
          : [{ range: marginRange, formula: `=OR(${firstMargin}="",${firstMargin}<${guardrailCell(ctx, 'Vendor margin floor')})`, style: 'breach' as const }]),
      ],
      tabColor: 'FF0000',
    }),
  };
}
