/**
 * Checks sheet: the guardrail settings (inputs) and every guardrail's pass or breach, as formulas over the
 * other sheets: each quote line's vendor margin against the floor and its customer discount against the
 * maximum, the channel waterfall rows below the floor, and each ladder's unit price never rising with
 * quantity. Breaches are highlighted here and where they stand (Channels and Quote sheets).
 */
import { checkQuoteLine } from '../../engine';
import type { SheetSpec, TableSpec } from '../spec';
import { bool, col, columnRange, formula, HEADER_ROW, heading, num, sheet, tableCell, text } from './cells';
import { type BuildContext, on, place } from './context';
import { GUARDRAIL_SETTINGS, guardrailCell, guardrailsAt } from './guardrailCells';
import type { ChannelsRefs } from './channels';
import type { LaddersRefs } from './ladders';
import { QUOTE_INPUTS, type QuoteRefs } from './quote';
import { WATERFALL_COLUMNS } from './waterfall';

type Status = 'Pass' | 'Breach' | 'Off';

export interface ChecksRefs {
  readonly sheet: SheetSpec;
  readonly guardrails: TableSpec;
  readonly checks: TableSpec;
}

export function buildChecks(ctx: BuildContext, ladders: LaddersRefs, channels: ChannelsRefs, quote: QuoteRefs): ChecksRefs {
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
    ],
    // TRUE/FALSE settings are not percentages (LibreOffice would save them as 1 and 0).
    cellFormats: [2, 3].map((row) => ({ row, col: 1, format: 'general' as const })),
  };
  const floor = guardrailCell(ctx, 'Vendor margin floor');
  const maxDiscount = guardrailCell(ctx, 'Max customer discount');
  const rising = guardrailCell(ctx, 'Rising unit price');
  const checksAt = place(ctx, 'Checks', { row: HEADER_ROW, col: 3 });
  type Row = { check: string; where: string; value: string; valueResult: number | string; limit: string; limitResult: number | string; breach: string; status: Status; offWhen?: string };
  const rows: Row[] = [];
  const qcol = (name: (typeof WATERFALL_COLUMNS)[number]): number => QUOTE_INPUTS.length + WATERFALL_COLUMNS.indexOf(name);
  quote.figures.forEach((f, i) => {
    if (f === null) return;
    const cell = (k: number): string => on(ctx, 'quote', tableCell(quote.lines, i, k, true));
    const line = model.quote.lines[i];
    const breaches = line === undefined ? [] : checkQuoteLine(model, line, `quote.lines[${i}]`).map((b) => b.rule);
    const margin = f.vendorMarginRate ?? '';
    rows.push({
      check: 'Vendor margin at or above the floor',
      where: `Quote line ${i + 1}`,
      value: `=${cell(qcol('Vendor margin %'))}`,
      valueResult: margin,
      limit: `=${floor}`,
      limitResult: g.vendorMarginFloor,
      breach: 'V<L',
      status: breaches.includes('vendor-margin-floor') ? 'Breach' : 'Pass',
    });
    const discount = f.customerDiscount;
    rows.push({
      check: 'Customer discount at most the maximum',
      where: `Quote line ${i + 1}`,
      value: `=${cell(qcol('Customer discount'))}`,
      valueResult: discount,
      limit: `=${maxDiscount}`,
      limitResult: g.maxCustomerDiscount,
      breach: 'V>L+1E-12',
      status: breaches.includes('max-customer-discount') ? 'Breach' : 'Pass',
    });
    rows.push({
      check: 'Direct price not below what a partner can charge',
      where: `Quote line ${i + 1}`,
      value: `=${cell(qcol('Customer price'))}`,
      valueResult: f.customerPrice,
      limit: `=${cell(qcol('Partner floor'))}`,
      limitResult: f.partnerFloor ?? '',
      breach: 'AND(ISNUMBER(L),V<L)',
      status: !g.channelConflict ? 'Off' : breaches.includes('channel-conflict') ? 'Breach' : 'Pass',
      offWhen: guardrailCell(ctx, 'Channel conflict'),
    });
  });
  const wfMargin = on(ctx, 'channels', columnRange(channels.waterfall, 7 + WATERFALL_COLUMNS.indexOf('Vendor margin %')));
  const below = channels.waterfall.rows.filter((r) => {
    const c = r[7 + WATERFALL_COLUMNS.indexOf('Vendor margin %')];
    return c?.kind === 'formula' && typeof c.result === 'number' && c.result < g.vendorMarginFloor;
  }).length;
  rows.push({
    check: 'Channel waterfall rows below the vendor margin floor',
    where: ctx.names.channels,
    value: `=COUNTIF(${wfMargin},"<"&${floor})`,
    valueResult: below,
    limit: '=0',
    limitResult: 0,
    breach: 'V>L',
    status: below > 0 ? 'Breach' : 'Pass',
  });
  let start = 0;
  for (const l of model.ladders) {
    const n = ladders.prices.rows.filter((r) => r[0]?.kind === 'text' && r[0].value === l.id).length;
    const unitCol = 6;
    const prices = ladders.prices.rows.slice(start, start + n).map((r) => (r[unitCol]?.kind === 'formula' ? Number(r[unitCol].result) : 0));
    const rises = prices.slice(1).filter((p, i) => p > (prices[i] ?? p) + 1e-9).length;
    const range = (from: number, to: number): string => on(ctx, 'ladders', `${tableCell(ladders.prices, from, unitCol, true)}:${tableCell(ladders.prices, to, unitCol, true)}`);
    rows.push({
      check: 'Unit price never rises with quantity',
      where: `Ladder ${l.id}`,
      value: n < 2 ? '=0' : `=SUMPRODUCT(--(${range(start + 1, start + n - 1)}>${range(start, start + n - 2)}+1E-9))`,
      valueResult: n < 2 ? 0 : rises,
      limit: '=0',
      limitResult: 0,
      breach: 'V>L',
      status: !g.risingUnitPrice ? 'Off' : rises > 0 ? 'Breach' : 'Pass',
      offWhen: rising,
    });
    start += n;
  }
  const checks: TableSpec = {
    name: 'Checks',
    at: checksAt,
    style: 'TableStyleMedium2',
    caption: 'Checks',
    columns: [col('Check', 'text', 'label'), col('Where', 'text', 'label'), col('Value', 'number', 'formula'), col('Limit', 'number', 'formula'), col('Status', 'text', 'formula')],
    rows: rows.map((r, i) => {
      const v = tableCell({ at: checksAt }, i, 2);
      const lim = tableCell({ at: checksAt }, i, 3);
      const cond = r.breach.replace(/\bV\b/g, v).replace(/\bL\b/g, lim);
      const judged = `IF(${v}="","Pass",IF(${cond},"Breach","Pass"))`;
      const status = r.offWhen === undefined ? `=${judged}` : `=IF(${r.offWhen}=FALSE,"Off",${judged})`;
      return [text(r.check), text(r.where), formula(r.value, r.valueResult), formula(r.limit, r.limitResult), formula(status, r.status)];
    }),
  };
  const statusCol = checksAt.col + 4;
  return {
    guardrails,
    checks,
    sheet: sheet({
      key: 'checks',
      name: ctx.names.checks,
      tables: [guardrails, checks],
      cells: heading(`${model.name}: checks`, 'Every guardrail with pass or breach; breaching cells are also highlighted where they stand.'),
      conditionalFormats:
        rows.length === 0
          ? []
          : [
              { range: { at: { row: checksAt.row + 1, col: statusCol }, rows: rows.length, cols: 1 }, formula: `=${tableCell({ at: checksAt }, 0, 4)}="Breach"`, style: 'breach' },
              { range: { at: { row: checksAt.row + 1, col: statusCol }, rows: rows.length, cols: 1 }, formula: `=${tableCell({ at: checksAt }, 0, 4)}="Pass"`, style: 'pass' },
            ],
      tabColor: 'FF0000',
    }),
  };
}
