/**
 * Rows of the Checks table, each a live formula over the cells it checks, for the guardrails on quote
 * lines (every line of the Quote sheet, spare ones included, so that a line typed in later is checked),
 * price-book entries on every route (RouteMargins table) and term discounts. Each row
 * carries the engine's path and rule of the breach it reports, and the engine's verdict as its cached
 * result. Status is "Breach" (an error), "Warning", "Pass", "Off" (guardrail switched off) or blank.
 */
import type { BreachRule, BreachSeverity } from '../../engine';
import { checkQuoteLine } from '../../engine';
import type { CellSpec } from '../spec';
import { formula, tableCell } from './cells';
import { type BuildContext, on } from './context';
import { newJobVerdict, REPEATED_JOB } from './buyerGroups';
import { guardrailCell } from './guardrailCells';
import { type PackagingRefs, TIER_COLUMNS } from './packaging';
import { livePriceTables, type PriceBookRefs } from './priceBook';
import { QUOTE_INPUTS, type QuoteRefs } from './quote';
import type { RouteMarginsRefs } from './routeMargins';
import { WATERFALL_COLUMNS, type WaterfallColumn } from './waterfall';

export type CheckStatus = 'Breach' | 'Warning' | 'Pass' | 'Off' | '';

export interface CheckRow {
  readonly check: string;
  readonly where: string;
  /** The engine's path and rule of the breach this row reports. */
  readonly path: string;
  readonly rule: BreachRule;
  readonly value: CellSpec;
  readonly limit: CellSpec;
  /** How Value and Limit are shown. */
  readonly format: 'percent' | 'money' | 'number';
  /** Status formula, given the row's value and limit cells. */
  readonly status: (value: string, limit: string) => string;
  readonly result: CheckStatus;
}

const statusOf = (severity: BreachSeverity): CheckStatus => (severity === 'error' ? 'Breach' : 'Warning');

/** The engine's verdicts by `rule|path`, the most severe first. */
export function verdicts(breaches: readonly { rule: BreachRule; path: string; severity: BreachSeverity }[]): Map<string, CheckStatus> {
  const out = new Map<string, CheckStatus>();
  for (const b of breaches) if (out.get(`${b.rule}|${b.path}`) !== 'Breach') out.set(`${b.rule}|${b.path}`, statusOf(b.severity));
  return out;
}

/** Five rows per line of the Quote sheet: priced at all, margin floor, maximum discount, channel conflict, partner margin. */
export function quoteLineRows(ctx: BuildContext, quote: QuoteRefs): CheckRow[] {
  const { model } = ctx;
  const floor = guardrailCell(ctx, 'Vendor margin floor');
  const max = guardrailCell(ctx, 'Max customer discount');
  const conflict = guardrailCell(ctx, 'Channel conflict');
  const qcol = (w: WaterfallColumn): number => QUOTE_INPUTS.length + WATERFALL_COLUMNS.indexOf(w);
  return quote.lines.rows.flatMap((_, i): CheckRow[] => {
    const cell = (k: number): string => on(ctx, 'quote', tableCell(quote.lines, i, k, true));
    const line = model.quote.lines[i];
    const f = quote.figures[i] ?? null;
    const path = `quote.lines[${i}]`;
    const found = line === undefined ? new Map<string, CheckStatus>() : verdicts(checkQuoteLine(model, line, path));
    const verdict = (rule: BreachRule): CheckStatus => (line === undefined || (f === null && rule !== 'unpriceable-line') ? '' : (found.get(`${rule}|${path}`) ?? 'Pass'));
    const item = cell(QUOTE_INPUTS.indexOf('Item'));
    const customer = cell(qcol('Customer price'));
    const open = `OR(${item}="",ISERROR(${customer}))`;
    const where = `Quote line ${i + 1}`;
    const shown = (v: number | string | null | undefined): number | string | null => (line === undefined ? '' : f === null ? null : (v ?? ''));
    return [
      {
        check: 'Line can be priced',
        where,
        path,
        rule: 'unpriceable-line',
        format: 'money',
        value: formula(`=${customer}`, shown(f?.customerPrice)),
        limit: formula('=""', ''),
        status: () => `IF(${item}="","",IF(ISERROR(${customer}),"Breach","Pass"))`,
        result: verdict('unpriceable-line'),
      },
      {
        check: 'Vendor margin at or above the floor',
        where,
        path,
        rule: 'vendor-margin-floor',
        format: 'percent',
        value: formula(`=${cell(qcol('Vendor margin %'))}`, shown(f?.vendorMarginRate)),
        limit: formula(`=${floor}`, model.guardrails.vendorMarginFloor),
        status: (v, l) => `IF(${open},"",IF(OR(${v}="",${v}<${l}),"Breach","Pass"))`,
        result: verdict('vendor-margin-floor'),
      },
      {
        check: 'Customer discount at most the maximum',
        where,
        path,
        rule: 'max-customer-discount',
        format: 'percent',
        value: formula(`=${cell(qcol('Customer discount'))}`, shown(f?.customerDiscount)),
        limit: formula(`=${max}`, model.guardrails.maxCustomerDiscount),
        status: (v, l) => `IF(${open},"",IF(${v}>${l}+1E-12,"Breach","Pass"))`,
        result: verdict('max-customer-discount'),
      },
      {
        check: 'Direct price not below what a partner can charge',
        where,
        path,
        rule: 'channel-conflict',
        format: 'money',
        value: formula(`=${customer}`, shown(f?.customerPrice)),
        limit: formula(`=${cell(qcol('Partner floor'))}`, shown(f?.partnerFloor)),
        status: (v, l) => `IF(${conflict}=FALSE,"Off",IF(${open},"",IF(AND(ISNUMBER(${l}),${v}<${l}),"Warning","Pass")))`,
        result: model.guardrails.channelConflict ? verdict('channel-conflict') : 'Off',
      },
      {
        // A partner line the reseller sells at a loss before its back-end funds (under partner funding, a
        // customer discount deeper than its own).
        check: 'Customer price not below the reseller’s buy price',
        where,
        path,
        rule: 'partner-margin',
        format: 'money',
        value: formula(`=${customer}`, shown(f?.customerPrice)),
        limit: formula(`=${cell(qcol('Reseller buy'))}`, shown(f?.resellerBuy)),
        status: (v, l) => `IF(${open},"",IF(AND(ISNUMBER(${l}),${v}<${l}),"Warning","Pass"))`,
        result: verdict('partner-margin'),
      },
    ];
  });
}

/** One row per price-book entry and bundle term: its lowest vendor margin over every route (RouteMargins table). */
export function entryRows(ctx: BuildContext, margins: RouteMarginsRefs): CheckRow[] {
  const { model } = ctx;
  const floor = guardrailCell(ctx, 'Vendor margin floor');
  const { table } = margins;
  return margins.entries.map(({ entry, lowestMargin, priced }, r): CheckRow => ({
    check: 'Vendor margin at or above the floor on every route (the lowest)',
    where: `${entry.label} · ${entry.tier} · ${entry.term}`,
    path: entry.path,
    rule: 'vendor-margin-floor',
    format: 'percent',
    value: formula(`=${on(ctx, 'checks', tableCell(table, r, margins.marginCol))}`, lowestMargin ?? ''),
    limit: formula(`=${floor}`, model.guardrails.vendorMarginFloor),
    status: (v, l) => `IF(OR(${v}="",${v}<${l}),"Breach","Pass")`,
    result: priced && (lowestMargin === null || lowestMargin < model.guardrails.vendorMarginFloor) ? 'Breach' : 'Pass',
  }));
}

/** One row per term: its discount at most the maximum customer discount. */
export function termRows(ctx: BuildContext, pb: PriceBookRefs, found: ReadonlyMap<string, CheckStatus>): CheckRow[] {
  const { model } = ctx;
  const max = guardrailCell(ctx, 'Max customer discount');
  const live = livePriceTables(pb);
  return model.terms.map((t, i) => ({
    check: 'Term discount at most the maximum',
    where: `Term ${t.id}`,
    path: `terms[${i}].discount`,
    rule: 'max-customer-discount',
    format: 'percent',
    value: formula(`=${on(ctx, live.key, tableCell(live.terms, i, 3, true))}`, t.discount),
    limit: formula(`=${max}`, model.guardrails.maxCustomerDiscount),
    status: (v, l) => `IF(${v}>${l},"Breach","Pass")`,
    result: found.get(`max-customer-discount|terms[${i}].discount`) ?? 'Pass',
  }));
}

/** One row per tier: it serves a new job (its defining persona and job repeat no earlier tier's). */
export function tierRows(ctx: BuildContext, packaging: PackagingRefs): CheckRow[] {
  const newJob = TIER_COLUMNS.indexOf('New job');
  return ctx.model.tiers.map((t, i) => {
    const verdict = newJobVerdict(ctx.model, i);
    return {
      check: 'Tier serves a new job',
      where: `Tier ${t.id}`,
      path: `tiers[${i}].job`,
      rule: 'repeated-job',
      format: 'number',
      value: formula(`=${on(ctx, 'packaging', tableCell(packaging.tiers, i, newJob, true))}`, verdict),
      limit: formula('=""', ''),
      status: (v) => `IF(${v}="${REPEATED_JOB}","Warning",IF(${v}="","","Pass"))`,
      result: verdict === REPEATED_JOB ? 'Warning' : verdict === '' ? '' : 'Pass',
    };
  });
}
