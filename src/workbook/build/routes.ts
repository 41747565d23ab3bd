/**
 * Routes sheet: finance compares every route to market for one item. Inputs at the top (item, tier, term,
 * quantity, negotiated discount, and the route whose pocket waterfalls are charted, each with a drop-down
 * from the model's tables); the route table (routeTable.ts), priced live; each party's pocket-price
 * waterfall of the chosen route with its chart (routeWaterfalls.ts); and the matrix of the vendor's pocket
 * price as a share of list for every item through every route and level (routeMatrix.ts).
 *
 * The inputs are loose cells: a rebuild puts them back to the item the sheet opens with.
 */
import { compareRoutes, pocketWaterfalls, type RouteChoice } from '../../engine';
import { columnLetters } from '../a1';
import type { CellAddress, LooseCellSpec, SheetSpec, TableSpec, ValidationSpec } from '../spec';
import { columnRange, formula, heading, loose, num, sheet, text } from './cells';
import { ROUTE_ITEMS_LIMIT, showcase } from './showcase';
import { type BuildContext, on, place } from './context';
import { matrixTable } from './routeMatrix';
import { type RouteInputValues, routeLabels, routeTable } from './routeTable';
import { CHART_COLS, CHART_ROWS, POCKET_COLUMNS, partyElements, partyTable, routePick } from './routeWaterfalls';
import type { WaterfallRefs } from './waterfall';

/** The inputs: label in column A, value in column B, from row 4. */
export const ROUTE_INPUTS = ['Item', 'Tier', 'Term', 'Quantity', 'Negotiated discount', 'Route charted'] as const;
type RouteInput = (typeof ROUTE_INPUTS)[number];
const INPUTS_ROW = 3;
/** Where an input's value stands. */
export const routeInputAt = (k: RouteInput): CellAddress => ({ row: INPUTS_ROW + ROUTE_INPUTS.indexOf(k), col: 1 });
const abs = (a: CellAddress): string => `$${columnLetters(a.col)}$${a.row + 1}`;
/** The chosen route's row in the route table (1-based), beside the route input. */
const ROUTE_ROW_AT: CellAddress = { row: routeInputAt('Route charted').row, col: 2 };
/** The first party's table header row: below the inputs, a blank row and its caption. */
const FIRST_PARTY_ROW = INPUTS_ROW + ROUTE_INPUTS.length + 2;
/** Columns of a party's block: its table, a blank column, its chart and a blank column. */
const BLOCK_COLS = POCKET_COLUMNS.length + 1 + CHART_COLS + 1;
/** Columns between the route table and the matrix. */
const MATRIX_GAP = 4;
/** The last row a party's block takes (its caption and table, or its chart beside them), from its table's header row. */
const blockEnd = (headerRow: number, rows: number): number => Math.max(headerRow + rows, headerRow - 1 + CHART_ROWS - 1);
/** The default quantity: ten units, enough to reach a first volume band in most ladders. */
const DEFAULT_QUANTITY = 10;

export interface RoutesRefs {
  readonly sheet: SheetSpec;
  readonly routes: TableSpec;
  readonly parties: readonly TableSpec[];
  readonly matrix: TableSpec | null;
  readonly inputs: RouteInputValues & { readonly route: string };
}

/**
 * The route charted by default: through a distributor (every party present), else through a reseller, else
 * the first; at the first level that pays the partner funds (rebate, MDF or co-op), so every bar shows.
 */
function defaultRoute(choices: readonly (RouteChoice & { label: string })[]): string {
  const funded = (c: RouteChoice): boolean => c.level !== null && (c.level.rebate > 0 || (c.level.rebateTiers?.length ?? 0) > 0 || c.level.mdf > 0 || c.level.coop > 0);
  const pick = (kind: string) => {
    const open = choices.filter((c) => c.channel.kind === kind && !c.dealRegistration);
    return (open.find(funded) ?? open[0])?.label;
  };
  return pick('two-tier') ?? pick('one-tier') ?? choices[0]?.label ?? '';
}

export function buildRoutes(ctx: BuildContext, refs: WaterfallRefs, lists: { itemIds: string; tierIds: string; termIds: string }, limit = ROUTE_ITEMS_LIMIT): RoutesRefs {
  const { model } = ctx;
  const first = showcase(model, 1)[0];
  const values: RouteInputValues = {
    item: first?.item ?? { sku: '' },
    label: first?.label ?? '',
    tier: first?.tier ?? model.tiers[0]?.id ?? '',
    term: first?.term ?? model.terms[0]?.id ?? '',
    quantity: DEFAULT_QUANTITY,
    discount: 0,
  };
  const cells = {
    item: abs(routeInputAt('Item')),
    tier: abs(routeInputAt('Tier')),
    term: abs(routeInputAt('Term')),
    quantity: abs(routeInputAt('Quantity')),
    discount: `N(${abs(routeInputAt('Negotiated discount'))})`,
  };
  // Layout: nothing stands below a table that grows (the route table grows with channels and levels, the
  // matrix with items and routes), so that a rebuild never runs one into another: the parties' waterfalls
  // (fixed rows) first, each with its chart beside it, then the route table, then the matrix to its right.
  // Two blocks a row: Customer and Reseller, then Distributor and Vendor.
  const partyRows = partyElements(() => '0').map((p) => p.rows.length);
  const partyAt: CellAddress[] = [];
  let row = FIRST_PARTY_ROW;
  for (let k = 0; k < partyRows.length; k += 2) {
    const pair = partyRows.slice(k, k + 2);
    pair.forEach((_, j) => partyAt.push({ row, col: j * BLOCK_COLS }));
    row = Math.max(...pair.map((n) => blockEnd(row, n))) + 3;
  }
  const routesAt = place(ctx, 'RouteComparison', { row, col: 0 });
  const built = routeTable(ctx, refs, routesAt, cells, values);
  const routes = built.table;
  const compared = first === undefined ? [] : compareRoutes(model, { item: values.item, tier: values.tier, term: values.term, quantity: values.quantity, discount: values.discount });
  const route = defaultRoute(built.choices.map((c, r) => ({ ...c, label: compared[r]?.label ?? '' })));
  const chosen = compared.find((c) => c.label === route)?.line ?? null;
  const waterfalls = chosen === null ? [] : pocketWaterfalls(chosen);
  const routeRow = abs(ROUTE_ROW_AT);
  const parties = partyElements(routePick(routes, routeRow)).map((party, k) =>
    partyTable(party, place(ctx, `${party.party}Pocket`, partyAt[k] ?? { row, col: 0 }), waterfalls.find((w) => w.party === party.party), model.currency),
  );
  // Beside the route table, a few columns apart: room for the price chain to gain columns.
  const matrixAt = place(ctx, 'PocketMatrix', { row: routesAt.row, col: routesAt.col + routes.columns.length + MATRIX_GAP });
  const matrix = first === undefined ? null : matrixTable(ctx, matrixAt, { tier: values.tier, term: values.term, quantity: values.quantity }, limit);
  const tables = [routes, ...parties.map((p) => p.table), ...(matrix === null ? [] : [matrix.table])];
  const input = (k: RouteInput, value: LooseCellSpec['cell'], format: LooseCellSpec['format']): LooseCellSpec[] => [
    loose({ row: routeInputAt(k).row, col: 0 }, text(k), 'label', 'text'),
    loose(routeInputAt(k), value, 'value', format),
  ];
  const routeIndex = compared.findIndex((c) => c.label === route);
  const cellsOut: LooseCellSpec[] = [
    ...heading(
      `${model.name}: routes to market`,
      'Pick an item, tier, term, quantity and discount: every route is priced below, with each party’s pocket-price waterfall of the route charted and, at the bottom, the vendor’s pocket price as a share of list for every item.',
    ),
    ...input('Item', text(values.label), 'text'),
    ...input('Tier', text(values.tier), 'text'),
    ...input('Term', text(values.term), 'text'),
    ...input('Quantity', num(values.quantity), 'number'),
    ...input('Negotiated discount', num(values.discount), 'percent'),
    ...input('Route charted', text(route), 'text'),
    loose(ROUTE_ROW_AT, formula(`=IFERROR(MATCH(${abs(routeInputAt('Route charted'))},${routeLabels(routes)},0),"")`, routeIndex < 0 ? '' : routeIndex + 1), 'note', 'integer'),
    ...(matrix !== null && matrix.shown < matrix.total
      ? [loose({ row: matrixAt.row - 2, col: matrixAt.col }, text(`Showing the first ${matrix.shown} of ${matrix.total} products and bundles; the route table prices any of them, and tiercraft routes --matrix lists them all.`), 'note', 'text')]
      : []),
  ];
  const list = (k: RouteInput, source: string, what: string): ValidationSpec => ({
    range: { at: routeInputAt(k), rows: 1, cols: 1 },
    source: { kind: 'range', formula: `=${source}` },
    allowBlank: false,
    error: `Pick ${what} from the list`,
  });
  return {
    routes,
    parties: parties.map((p) => p.table),
    matrix: matrix?.table ?? null,
    inputs: { ...values, route },
    sheet: sheet({
      key: 'routes',
      name: ctx.names.routes,
      tables,
      cells: cellsOut,
      // The inputs stay in view while the route table, the waterfalls and the matrix scroll under them.
      frozenRows: INPUTS_ROW + ROUTE_INPUTS.length,
      frozenCols: 1,
      validations: [
        list('Item', lists.itemIds, 'a product or bundle'),
        list('Tier', lists.tierIds, 'a tier'),
        list('Term', lists.termIds, 'a term'),
        list('Route charted', on(ctx, 'routes', columnRange(routes, 0)), 'a route'),
      ],
      conditionalFormats: built.conditionalFormats,
      charts: parties.map((p) => p.chart),
      tabColor: '7030A0',
    }),
  };
}
