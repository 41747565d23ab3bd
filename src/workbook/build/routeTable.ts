/**
 * The Routes sheet's route table: one row per route to market (each direct channel once, each partner
 * channel × level × deal registration not and yes, as the engine's `routeChoices`), priced live for the
 * sheet's inputs by the same waterfall formulas as the Quote sheet (waterfall.ts). The figures finance
 * reads come first (customer price, each party's buy, sell and margin, the vendor's invoice, funds,
 * pocket price, cost and margin, the guardrail status); the rest of the chain follows to the right.
 */
import { compareRoutes, fundingOf, routeChoices, type RouteChoice } from '../../engine';
import type { ConditionalFormatSpec, TableColumnSpec, TableSpec } from '../spec';
import { col, columnRange, formula, tableCell, text, bool } from './cells';
import { type BuildContext } from './context';
import { guardrailCell } from './guardrailCells';
import { type LineInput, tryLineFigures } from './lineFigures';
import { WATERFALL_COLUMNS, type WaterfallColumn, waterfallColumns, waterfallFormulas, type WaterfallRefs, waterfallResults } from './waterfall';

/** The sheet's inputs as absolute references (same sheet). */
export interface RouteInputCells {
  readonly item: string;
  readonly tier: string;
  readonly term: string;
  readonly quantity: string;
  readonly discount: string;
}

/** The inputs' values when the workbook is built. */
export interface RouteInputValues {
  readonly item: LineInput['item'];
  readonly label: string;
  readonly tier: string;
  readonly term: string;
  readonly quantity: number;
  readonly discount: number;
}

const LABELS = ['Route', 'Channel', 'Level', 'Deal registration'] as const;

/** A waterfall column shown among the readable figures when the chain has it (a column added to the chain later falls in place). */
const has = (c: string): c is WaterfallColumn => (WATERFALL_COLUMNS as readonly string[]).includes(c);

type Entry =
  | { readonly kind: 'chain'; readonly column: WaterfallColumn; readonly header: string }
  | { readonly kind: 'extra'; readonly header: 'Reseller sell' | 'Distributor sell' | 'Status' | 'Negotiated paid by' };

const chain = (column: WaterfallColumn, header: string = column): Entry => ({ kind: 'chain', column, header });

const chainIf = (name: string): Entry[] => (has(name) ? [chain(name)] : []);

/** The figure columns, in reading order; then the rest of the chain. */
function entries(): Entry[] {
  const shown: Entry[] = [
    chain('Customer price'),
    chain('Reseller buy'),
    { kind: 'extra', header: 'Reseller sell' },
    chain('Reseller margin'),
    chain('Distributor buy'),
    { kind: 'extra', header: 'Distributor sell' },
    chain('Distributor margin'),
    chain('Vendor invoice'),
    chain('Rebate'),
    chain('MDF'),
    ...chainIf('Co-op'),
    chain('Vendor net', 'Vendor pocket price'),
    chain('Cost'),
    chain('Vendor margin', 'Vendor pocket margin'),
    chain('Vendor margin %'),
    { kind: 'extra', header: 'Status' },
  ];
  const named = new Set(shown.flatMap((e) => (e.kind === 'chain' ? [e.column] : [])));
  return [...shown, { kind: 'extra', header: 'Negotiated paid by' }, ...WATERFALL_COLUMNS.filter((c) => !named.has(c)).map((c) => chain(c))];
}

export const ROUTE_ENTRIES: readonly Entry[] = entries();

/** The route table's column index of a waterfall column or an extra column. */
export function routeColumn(c: WaterfallColumn | Extract<Entry, { kind: 'extra' }>['header']): number {
  const i = ROUTE_ENTRIES.findIndex((e) => (e.kind === 'chain' ? e.column === c : e.header === c));
  return LABELS.length + i;
}

/** Columns of figures finance reads (the route and the shown figures up to Status); the chain's helper columns follow. */
export const ROUTE_SHOWN_COLUMNS = routeColumn('Status') + 1;

export interface RouteTable {
  readonly table: TableSpec;
  readonly choices: readonly RouteChoice[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
}

export function routeTable(ctx: BuildContext, refs: WaterfallRefs, at: { row: number; col: number }, cells: RouteInputCells, values: RouteInputValues): RouteTable {
  const { model } = ctx;
  const choices = routeChoices(model);
  const compared = compareRoutes(model, { item: values.item, tier: values.tier, term: values.term, quantity: values.quantity, discount: values.discount });
  const byColumn = new Map(waterfallColumns().map((c) => [c.header, c]));
  const columns: TableColumnSpec[] = [
    col('Route', 'text', 'label'),
    col('Channel', 'text', 'label'),
    col('Level', 'text', 'label'),
    col('Deal registration', 'general', 'label'),
    ...ROUTE_ENTRIES.map((e) =>
      e.kind === 'chain'
        ? { ...(byColumn.get(e.column) ?? col(e.column, 'money', 'formula')), header: e.header }
        : col(e.header, e.header === 'Status' || e.header === 'Negotiated paid by' ? 'text' : 'money', 'formula'),
    ),
  ];
  const floor = guardrailCell(ctx, 'Vendor margin floor');
  const maxDiscount = guardrailCell(ctx, 'Max customer discount');
  const conflict = guardrailCell(ctx, 'Channel conflict');
  const rows = choices.map((choice, r) => {
    const cell = (k: number): string => tableCell({ at }, r, k);
    const wf = (c: WaterfallColumn): string => cell(routeColumn(c));
    const line: LineInput = {
      item: values.item,
      tier: values.tier,
      term: values.term,
      quantity: values.quantity,
      channel: choice.channel.id,
      level: choice.level?.id,
      dealRegistration: choice.dealRegistration,
      discount: values.discount,
    };
    const figures = tryLineFigures(model, line);
    const results = figures === null ? null : waterfallResults(figures);
    const formulas = waterfallFormulas(model, refs, { ...cells, channel: cell(1), level: cell(2), dealRegistration: cell(3) }, wf);
    const [cp, rb, db, margin, discount, pf] = [wf('Customer price'), wf('Reseller buy'), wf('Distributor buy'), wf('Vendor margin %'), wf('Customer discount'), wf('Partner floor')];
    // As the engine's checkQuoteLine: an error below the margin floor (or no margin) or above the largest
    // customer discount; a warning where the customer pays less than the reseller buys, or a direct line
    // undercuts every partner (channel conflict); an unpriced route is an error.
    const status =
      `=IFERROR(IF(OR(NOT(ISNUMBER(${margin})),${margin}<${floor},${discount}>${maxDiscount}+1E-12),"error",` +
      `IF(OR(AND(ISNUMBER(${rb}),${cp}<${rb}),AND(${conflict}=TRUE,ISNUMBER(${pf}),${cp}<${pf})),"warning","ok")),"error")`;
    const extra = (header: Extract<Entry, { kind: 'extra' }>['header']) => {
      switch (header) {
        case 'Reseller sell':
          return formula(`=IFERROR(IF(${rb}="","",${cp}),"")`, figures === null || figures.resellerBuy === null ? '' : figures.customerPrice);
        case 'Distributor sell':
          return formula(`=IFERROR(IF(${db}="","",${rb}),"")`, figures === null || figures.distributorBuy === null ? '' : (figures.resellerBuy ?? ''));
        case 'Status':
          return formula(status, compared[r]?.status ?? 'error');
        case 'Negotiated paid by':
          // Who funds the negotiated discount: the reseller under partner funding (engine's pocketWaterfalls), live from the funding the chain used.
          return formula(`=IF(AND(${rb}<>"",${wf('Funding used')}="partner"),"Reseller","Vendor")`, choice.level !== null && fundingOf(model, choice.channel) === 'partner' ? 'Reseller' : 'Vendor');
      }
    };
    return [
      text(compared[r]?.label ?? choice.channel.name),
      text(choice.channel.id),
      text(choice.level?.id ?? ''),
      bool(choice.dealRegistration),
      ...ROUTE_ENTRIES.map((e) => (e.kind === 'chain' ? formula(formulas[e.column], results === null ? null : results[e.column]) : extra(e.header))),
    ];
  });
  const table: TableSpec = {
    name: 'RouteComparison',
    at,
    style: 'TableStyleMedium2',
    caption: `Every route to market for the item above, priced live (${model.currency}); the price chain’s steps follow to the right of Status`,
    columns,
    rows,
  };
  const statusRange = { at: { row: at.row + 1, col: at.col + routeColumn('Status') }, rows: Math.max(1, rows.length), cols: 1 };
  const first = tableCell({ at }, 0, routeColumn('Status'));
  const marginCol = routeColumn('Vendor margin %');
  return {
    table,
    choices,
    conditionalFormats: [
      { range: statusRange, formula: `=${first}="error"`, style: 'breach' },
      { range: statusRange, formula: `=${first}="warning"`, style: 'warning' },
      { range: statusRange, formula: `=${first}="ok"`, style: 'pass' },
      {
        range: { at: { row: at.row + 1, col: at.col + marginCol }, rows: Math.max(1, rows.length), cols: 1 },
        formula: `=AND(ISNUMBER(${tableCell({ at }, 0, marginCol)}),${tableCell({ at }, 0, marginCol)}<${floor})`,
        style: 'breach',
      },
    ],
  };
}

/** The route labels' range (same sheet, absolute). */
export const routeLabels = (table: TableSpec): string => columnRange(table, 0);
