/**
 * The Mix sheet's party totals and its rebate tiers.
 *
 * MixTotals: each party's revenue, pocket and margin over the MixRows table, live, as the engine's
 * priceMix defines them (sums of the rows' rounded figures; a row that cannot be priced, its Vendor
 * margin not a number, is left out of every sum, as the engine leaves it out):
 *   vendor       revenue Σ vendor invoice, pocket Σ vendor net, margin Σ vendor margin
 *   distributor  revenue Σ reseller buy on two-tier rows (what it sells for), pocket = revenue, margin Σ distributor margin
 *   reseller     revenue Σ customer price on partner rows, pocket = revenue + Σ (rebate + MDF + co-op), margin Σ reseller margin
 *   customer     revenue Σ customer price (what it pays), pocket = revenue, margin Σ (extended list − customer price)
 * A row "is" two-tier where its Distributor buy is a number, a partner row where its Reseller buy is:
 * SUMIFS criteria on numbers match no text, so the waterfall's "" of an absent party drops out
 * (https://support.microsoft.com/office/sumifs-function-c9e748f5-7ea7-455d-9406-611cebce642b).
 *
 * MixRebateTiers: the Channels sheet's rebate tiers, each marked where it applies at the Mix sheet's
 * own Partner purchases (the Channels sheet marks them at the quote's), so that the mix's rows earn the
 * rebate of the tier the mix's purchases reach, as the engine prices the mix with its own purchases.
 */
import type { PartyName } from '../../engine';
import type { CellAddress, TableSpec } from '../spec';
import { col, columnRange, formula, tableCell, text } from './cells';
import { type BuildContext, on } from './context';
import { tierApplying } from './programme';
import type { WaterfallColumn } from './waterfall';

export const PARTY_LABELS: Readonly<Record<PartyName, string>> = { vendor: 'Vendor', distributor: 'Distributor', reseller: 'Reseller', customer: 'Customer' };
export const FIGURE_LABELS = ['Revenue', 'Pocket', 'Margin'] as const;
export type PartyFigureValues = Readonly<Record<PartyName, { readonly revenue: number; readonly pocket: number; readonly margin: number }>>;

/** Any number (a priced row's vendor margin may be below zero); text and errors do not match. */
const ANY_NUMBER = '">=-9E+307"';

/** The MixTotals table at `at`, over the MixRows columns `range(column)` (absolute, same sheet). */
export function mixTotalsTable(ctx: BuildContext, at: CellAddress, range: (c: WaterfallColumn) => string, values: PartyFigureValues, parties: readonly PartyName[]): TableSpec {
  const mu = ctx.model.rounding.minorUnits;
  const priced = `${range('Vendor margin')},${ANY_NUMBER}`;
  const sum = (c: WaterfallColumn, ...criteria: string[]): string => `SUMIFS(${[range(c), priced, ...criteria].join(',')})`;
  const partner = `${range('Reseller buy')},">=0"`;
  const twoTier = `${range('Distributor buy')},">=0"`;
  const round = (e: string): string => `=ROUND(${e},${mu})`;
  const cell = (r: number, k: number): string => tableCell({ at }, r, k);
  const row = (p: PartyName): number => parties.indexOf(p);
  const formulas: Record<PartyName, readonly [string, string, string]> = {
    vendor: [round(sum('Vendor invoice')), round(sum('Vendor net')), round(sum('Vendor margin'))],
    distributor: [round(sum('Reseller buy', twoTier)), `=${cell(row('distributor'), 1)}`, round(sum('Distributor margin', twoTier))],
    reseller: [
      round(sum('Customer price', partner)),
      round(`${cell(row('reseller'), 1)}+${sum('Rebate', partner)}+${sum('MDF', partner)}+${sum('Co-op', partner)}`),
      round(sum('Reseller margin', partner)),
    ],
    customer: [round(sum('Customer price')), `=${cell(row('customer'), 1)}`, round(`${sum('Extended list')}-${sum('Customer price')}`)],
  };
  return {
    name: 'MixTotals',
    at,
    style: 'TableStyleMedium2',
    caption: `Each party's figures over the mix, live (${ctx.model.currency})`,
    columns: [col('Party', 'text', 'label'), ...FIGURE_LABELS.map((f) => col(f, 'money', 'formula'))],
    rows: parties.map((p) => {
      const [revenue, pocket, margin] = formulas[p];
      const v = values[p];
      return [text(PARTY_LABELS[p]), formula(revenue, v.revenue), formula(pocket, v.pocket), formula(margin, v.margin)];
    }),
  };
}

/**
 * The MixRebateTiers table at `at`: the Channels sheet's RebateTiers rows (`tiers`), each with whether it
 * applies at `purchases` (a number expression); its Applies column stands in for the Channels sheet's.
 */
export function mixRebateTiersTable(ctx: BuildContext, at: CellAddress, tiers: TableSpec, purchases: string, purchasesValue: number): TableSpec {
  const { model } = ctx;
  const rows = model.levels.flatMap((l) => (l.rebateTiers ?? []).map((t, k) => ({ level: l.id, from: t.from, rate: t.rate, applies: tierApplying(l.rebateTiers ?? [], purchasesValue) === k })));
  const count = Math.max(1, tiers.rows.length);
  const channels = (ref: string): string => on(ctx, 'channels', ref);
  const levels = channels(columnRange(tiers, 0));
  const froms = channels(columnRange(tiers, 1));
  return {
    name: 'MixRebateTiers',
    at,
    style: 'TableStyleLight9',
    caption: "Rebate tiers reached at the mix's Partner purchases",
    columns: [col('Level', 'text', 'formula'), col('From', 'money', 'formula'), col('Rate', 'percent', 'formula'), col('Applies', 'integer', 'formula')],
    rows: Array.from({ length: count }, (_, i) => {
      const level = channels(tableCell(tiers, i, 0, true));
      const from = channels(tableCell(tiers, i, 1, true));
      const rate = channels(tableCell(tiers, i, 2, true));
      const r = rows[i];
      // 1 on the tier reached: its From at most the purchases, and no higher From of the level reached too (programme.ts).
      return [
        formula(`=${level}&""`, r?.level ?? ''),
        formula(`=IF(ISNUMBER(${from}),${from},"")`, r?.from ?? ''),
        formula(`=IF(ISNUMBER(${rate}),${rate},"")`, r?.rate ?? ''),
        formula(`=IF(AND(ISNUMBER(${from}),${from}<=${purchases},SUMPRODUCT((${levels}=${level})*(${froms}>${from})*(${froms}<=${purchases}))=0),1,0)`, r?.applies === true ? 1 : 0),
      ];
    }),
  };
}
