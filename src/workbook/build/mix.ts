/**
 * Mix sheet: the book of business (model.mix), one row per item and route with its expected quantity and
 * average negotiated discount, each priced live by the Quote sheet's waterfall formulas (waterfall.ts;
 * no special bid, funding override or bundle configuration), and each party's revenue, pocket and margin
 * over the whole mix (mixTotals.ts), published as defined names (`Tiercraft.Mix.VendorPocket`).
 *
 * The mix is priced in the model's own currency from the reference price book, whatever market the
 * quote is in, at the mix's own Partner purchases (MixSettings; blank: 0), as the engine's priceMix.
 * Its formulas read the lookups the Quote sheet reads (describeWorkbook's `refs`), so whatever redirects
 * those (a scenario selected) reaches the mix too.
 *
 * Lean rows, so that a 10,000-row mix stays buildable: the expressions a line's waterfall repeats stand
 * in helper columns after it (lineHelpers.ts), and a model whose products are all per-unit gets per-unit
 * rows (LineCells.perUnit: no shape looked up per row; a product given a shape on the Price book then
 * needs a rebuild to be priced by its shape here).
 */
import { add, dec, PARTY_NAMES, type PartyName, priceMix, toNumber } from '../../engine';
import { mixModel } from '../../engine/compare/priceMix';
import type { Mix, MixRow } from '../../engine/model/scenarioSchema';
import type { Model } from '../../engine/model/schema';
import type { CellSpec, SheetSpec, TableSpec, ValidationSpec } from '../spec';
import { blank, bool, col, columnRange, formula, HEADER_ROW, loose, num, numOrBlank, sheet, tableCell, text, textOrBlank } from './cells';
import { type BuildContext, on, place, placeClear } from './context';
import { LINE_HELPERS, type LineHelpers, lineHelpers } from './lineHelpers';
import { type LineFigures, lineLadder, tryLineFigures } from './lineFigures';
import { mixRebateTiersTable, mixTotalsTable, type PartyFigureValues } from './mixTotals';
import { WATERFALL_COLUMNS, type WaterfallColumn, waterfallColumns, waterfallFormulas, type WaterfallRefs, waterfallResults } from './waterfall';

export const MIX_INPUTS = ['Item', 'Tier', 'Term', 'Channel', 'Level', 'Deal registration', 'Quantity', 'Discount'] as const;
/** The waterfall columns a mix row shows: no special bid, and no channel-conflict floor (a quote line's guardrail). */
export const MIX_WATERFALL: readonly WaterfallColumn[] = WATERFALL_COLUMNS.filter((c) => c !== 'Special bid discount' && c !== 'Partner floor');
/** Blank rows under a mix's rows. */
export const SPARE_ROWS = 3;
const SETTINGS_AT = { row: HEADER_ROW, col: 0 } as const;
const TOTALS_AT = { row: HEADER_ROW, col: 3 } as const;
/** Below the four parties' totals, a blank row and the caption. */
const ROWS_AT = { row: HEADER_ROW + PARTY_NAMES.length + 3, col: 0 } as const;

export interface MixRefs {
  readonly sheet: SheetSpec;
  readonly rows: TableSpec;
  readonly totals: TableSpec;
  /** Engine figures of each mix row (null: the engine cannot price it). */
  readonly figures: readonly (LineFigures | null)[];
}

export interface MixLists {
  readonly itemIds: string;
  readonly tierIds: string;
  readonly termIds: string;
  readonly channelIds: string;
  readonly levelIds: string;
}

const itemId = (r: MixRow): string => ('sku' in r.item ? r.item.sku : r.item.bundle);

/** The helper columns' values for a row (the ladder: null where the engine cannot price the row). */
function helperValues(model: Model, row: MixRow, f: LineFigures | null): Record<keyof LineHelpers, string | number | null> {
  const channel = model.channels.find((c) => c.id === row.channel);
  const level = model.levels.find((l) => l.id === row.level);
  const registered = row.dealRegistration && level !== undefined ? level.dealRegistration : 0;
  return {
    channelKind: channel?.kind ?? null,
    resellerRate: toNumber(add(dec(level?.discount ?? 0), dec(registered))),
    distributorRate: channel?.distributorDiscount ?? 0,
    ladder: f === null ? null : (lineLadder(model, row, f.tier) ?? ''),
  };
}

/** The engine's party figures of the mix as numbers (the totals' cached results). */
function partyFigures(model: Model, mix: Mix | undefined): PartyFigureValues {
  const book = priceMix(model, mix ?? { name: 'Mix', rows: [] });
  const of = (p: PartyName) => ({ revenue: toNumber(book.parties[p].revenue), pocket: toNumber(book.parties[p].pocket), margin: toNumber(book.parties[p].margin) });
  return { vendor: of('vendor'), distributor: of('distributor'), reseller: of('reseller'), customer: of('customer') };
}

export function buildMix(ctx: BuildContext, refs: WaterfallRefs, lists: MixLists, rebateTiers: TableSpec): MixRefs {
  const { model } = ctx;
  const mix = model.mix;
  const mixRows = mix?.rows ?? [];
  const purchasesValue = mix?.partnerPurchases ?? 0;
  // As priceMix: each row a quote line in the model's own currency, at the mix's purchases.
  const priced = mixModel(model, mix ?? { name: 'Mix', rows: [] });
  const figures = mixRows.map((r) => tryLineFigures(priced, r, false));
  const settingsAt = place(ctx, 'MixSettings', SETTINGS_AT);
  const settings: TableSpec = {
    name: 'MixSettings',
    at: settingsAt,
    style: 'TableStyleLight9',
    caption: 'The mix',
    columns: [col('Mix', 'text', 'input', 'mix.name'), col('Partner purchases', 'money', 'input', 'mix.partnerPurchases')],
    rows: [[text(mix?.name ?? 'Mix'), numOrBlank(mix?.partnerPurchases)]],
  };
  const purchases = `N(${on(ctx, 'mix', tableCell(settings, 0, 1, true))})`;
  const rowsAt = place(ctx, 'MixRows', ROWS_AT);
  const width = MIX_INPUTS.length + MIX_WATERFALL.length;
  const tableWidth = width + LINE_HELPERS.length;
  const tiersAt = placeClear(ctx, 'MixRebateTiers', { row: rowsAt.row, col: rowsAt.col + tableWidth + 1 }, 4, [{ at: rowsAt, columns: new Array<null>(tableWidth) }]);
  const tiers = mixRebateTiersTable(ctx, tiersAt, rebateTiers, purchases, purchasesValue);
  const mixRefs: WaterfallRefs = { ...refs, partnerPurchases: purchases, tierApplies: on(ctx, 'mix', columnRange(tiers, 3)) };
  const perUnit = model.products.every((p) => p.shape === 'per-unit');
  const inputCol = (h: (typeof MIX_INPUTS)[number]): number => MIX_INPUTS.indexOf(h);
  const figureCol = (w: WaterfallColumn): number => MIX_INPUTS.length + MIX_WATERFALL.indexOf(w);
  // Spare blank rows to type in below a mix's rows (as the Quote sheet's); an empty mix, one blank row.
  const count = mixRows.length === 0 ? 1 : mixRows.length + SPARE_ROWS;
  const rows = Array.from({ length: count }, (_, r): CellSpec[] => {
    const c = (k: number): string => tableCell({ at: rowsAt }, r, k);
    const input = (h: (typeof MIX_INPUTS)[number]): string => c(inputCol(h));
    const at = (w: WaterfallColumn): string => c(figureCol(w));
    const line = {
      item: input('Item'),
      quantity: input('Quantity'),
      term: input('Term'),
      tier: input('Tier'),
      channel: input('Channel'),
      level: input('Level'),
      dealRegistration: input('Deal registration'),
      discount: `N(${input('Discount')})`,
      ...(perUnit ? { perUnit: true } : {}),
    };
    // The repeated expressions in helper columns after the waterfall, which the waterfall's formulas name.
    const helperCell = (h: (typeof LINE_HELPERS)[number]): string => c(width + LINE_HELPERS.indexOf(h));
    const helpers = { channelKind: helperCell('Channel kind'), resellerRate: helperCell('Reseller rate'), distributorRate: helperCell('Distributor rate'), ladder: helperCell('Ladder') };
    const formulas = waterfallFormulas(model, mixRefs, { ...line, helpers }, at, input('Item'));
    const helperFormulas = lineHelpers(mixRefs, line, at);
    const row = mixRows[r];
    const f = figures[r];
    const results = f === undefined || f === null ? null : waterfallResults(f);
    const inputs =
      row === undefined
        ? MIX_INPUTS.map(() => blank)
        : [text(itemId(row)), textOrBlank(row.tier), text(row.term), text(row.channel), textOrBlank(row.level), bool(row.dealRegistration), num(row.quantity), num(row.discount)];
    const values = row === undefined ? null : helperValues(priced, row, f ?? null);
    const helperCells = (['channelKind', 'resellerRate', 'distributorRate', 'ladder'] as const).map((h) =>
      formula(`=IF(${input('Item')}="","",${helperFormulas[h]})`, values === null ? '' : values[h]),
    );
    return [...inputs, ...MIX_WATERFALL.map((w) => formula(formulas[w], row === undefined ? '' : results === null ? null : results[w])), ...helperCells];
  });
  const table: TableSpec = {
    name: 'MixRows',
    at: rowsAt,
    style: 'TableStyleMedium2',
    caption: `The mix's rows, each priced live (${model.currency})`,
    columns: [
      col('Item', 'text', 'input', 'mix.rows[].item'),
      col('Tier', 'text', 'input', 'mix.rows[].tier'),
      col('Term', 'text', 'input', 'mix.rows[].term'),
      col('Channel', 'text', 'input', 'mix.rows[].channel'),
      col('Level', 'text', 'input', 'mix.rows[].level'),
      col('Deal registration', 'general', 'input', 'mix.rows[].dealRegistration'),
      col('Quantity', 'number', 'input', 'mix.rows[].quantity'),
      col('Discount', 'percent', 'input', 'mix.rows[].discount'),
      ...waterfallColumns().filter((w) => (MIX_WATERFALL as readonly string[]).includes(w.header)),
      col('Channel kind', 'text', 'formula'),
      col('Reseller rate', 'percent', 'formula'),
      col('Distributor rate', 'percent', 'formula'),
      col('Ladder', 'text', 'formula'),
    ],
    rows,
  };
  const totalsAt = placeClear(ctx, 'MixTotals', TOTALS_AT, 4, [settings]);
  const totals = mixTotalsTable(ctx, totalsAt, (w) => columnRange(table, figureCol(w)), partyFigures(model, mix), PARTY_NAMES);
  const list = (k: number, source: string, what: string): ValidationSpec => ({
    range: { at: { row: rowsAt.row + 1, col: rowsAt.col + k }, rows: count, cols: 1 },
    source: { kind: 'range', formula: `=${source}` },
    allowBlank: true,
    error: `Pick a ${what} from the list`,
  });
  const note =
    mixRows.length === 0
      ? 'No mix yet: type rows in the table below (an item, tier, term, channel, level, quantity and discount each), or import a mix CSV (the task pane, or --mix on the CLI). Each party’s totals follow.'
      : 'One row per item and route: the expected quantity and the average negotiated discount. Each row is priced as a quote line in the model’s currency (at the mix’s Partner purchases), and each party’s revenue, pocket and margin follow.';
  return {
    rows: table,
    totals,
    figures,
    sheet: sheet({
      key: 'mix',
      name: ctx.names.mix,
      tables: [settings, totals, table, tiers],
      cells: [loose({ row: 0, col: 0 }, text(`${model.name}: ${mix?.name ?? 'mix'}`), 'title', 'text'), loose({ row: 1, col: 0 }, text(note), 'note', 'text')],
      frozenRows: rowsAt.row + 1,
      frozenCols: 1,
      validations: [
        list(inputCol('Item'), lists.itemIds, 'product or bundle'),
        list(inputCol('Tier'), lists.tierIds, 'tier'),
        list(inputCol('Term'), lists.termIds, 'term'),
        list(inputCol('Channel'), lists.channelIds, 'channel'),
        list(inputCol('Level'), lists.levelIds, 'partner level'),
        { range: { at: { row: rowsAt.row + 1, col: rowsAt.col + inputCol('Deal registration') }, rows: count, cols: 1 }, source: { kind: 'values', values: ['TRUE', 'FALSE'] }, allowBlank: true, error: 'TRUE or FALSE' },
      ],
      tabColor: '7030A0',
    }),
  };
}
