/**
 * The RouteMargins table (Checks sheet): what the model-wide margin-floor guardrail checks, live. One row
 * per price-book entry and bundle term (entries.ts): one unit at list (a shaped entry: its reference
 * quantity, routeShapes.ts), no negotiated discount, its
 * customer price (exact), its cost, and per route of the MarginRoutes table beside it (direct; each
 * partner channel at each level, deal registered: the deepest discount the programme allows) the
 * vendor's invoice and net; then the lowest net and its vendor margin. The margin rises with the net, so the lowest net is the route the floor
 * is checked on. Formulas share the waterfall's steps (priceChain.ts).
 */
import { applyPriceEnding, dec, multiply, ONE, round, type Route, routes, subtract, toNumber } from '../../engine';
import type { CellSpec, TableSpec } from '../spec';
import { blank, col, formula, num, tableCell, text } from './cells';
import { type BuildContext, place, uniqueHeaders } from './context';
import { type CheckedEntry, checkedEntries } from './entries';
import { weightedUnits } from './ladderFormulas';
import type { LineFigures } from './lineFigures';
import { keptEntryFigures, type RouteFigures } from './routeMarginFigures';
import { bundleCostLookup, bundlePriceLookup, ladderIdLookup, listPriceLookup, termDiscountLookup, termMonthsLookup, tierLadderLookup, unitCostLookup } from './lookups';
import { buyChain, customerChain, defaultFunding } from './priceChain';
import { programmeRateFormulas, programmeRateValues } from './programme';
import type { Model } from '../../engine/model/schema';
import { roundMoneyFormula } from './rounding';
import { chargeFormula, exactShapedCustomer, referenceQuantity, referenceQuantityFormula, shapedOf } from './routeShapes';
import type { WaterfallRefs } from './waterfall';

/** Entries checked on the Checks sheet at most; `tiercraft validate` checks them all. */
export const ROUTE_MARGIN_ENTRIES_LIMIT = 2000;
const FIXED = ['Item', 'Tier', 'Term', 'Quantity', 'List unit price', 'Extended list (exact)', 'Rate-weighted units', 'Customer price (exact)', 'Cost'] as const;

export interface RouteMarginsRefs {
  /** Each route's discounts off list, rebate and MDF (deal registered). */
  readonly routes: TableSpec;
  readonly table: TableSpec;
  /** Each row's entry and its lowest vendor margin by the engine (null: a net of 0, or no route priced). */
  readonly entries: readonly { readonly entry: CheckedEntry; readonly lowestMargin: number | null; readonly priced: boolean }[];
  /** Column of the lowest route's vendor margin %. */
  readonly marginCol: number;
  readonly total: number;
}

const routeLabel = (r: Route): string => (r.level === null ? r.channel.name : `${r.channel.name} · ${r.level.name}`);

/**
 * The MarginRoutes table: each route (direct; each partner channel at each level, deal registered) with
 * what it takes off list, looked up live in the Channels sheet's tables: the reseller's discount (level +
 * deal registration), the distributor's, the rebate, MDF and co-op rates on the vendor's invoice (by the
 * partner's purchases, programme.ts) and the funding the buy prices follow (the channel's, else the model's).
 */
function routesTable(model: Model, refs: WaterfallRefs, ways: readonly Route[], at: { row: number; col: number }): TableSpec {
  const rows = ways.map((w, r): CellSpec[] => {
    const c = (k: number): string => tableCell({ at }, r, k);
    const lvl = (range: string): string => `IF(${c(3)}="direct",0,INDEX(${range},MATCH(${c(2)},${refs.levelIds},0)))`;
    const partner = (rate: string): string => `IF(${c(3)}="direct",0,${rate})`;
    const rates = programmeRateFormulas(refs, c(2));
    // routes() gives a partner channel a level on every route and a direct channel none.
    const level = w.level;
    const values = level === null ? { rebate: 0, mdf: 0, coop: 0 } : programmeRateValues(model, level.id);
    const channelFunding = `INDEX(${refs.channelFunding},MATCH(${c(1)},${refs.channelIds},0))&""`;
    return [
      text(routeLabel(w)),
      text(w.channel.id),
      level === null ? blank : text(level.id),
      formula(`=INDEX(${refs.channelKinds},MATCH(${c(1)},${refs.channelIds},0))`, w.channel.kind),
      formula(`=${lvl(refs.levelRegistered)}`, level === null ? 0 : level.discount + level.dealRegistration),
      formula(`=IF(${c(3)}="two-tier",INDEX(${refs.channelDistributor},MATCH(${c(1)},${refs.channelIds},0)),0)`, w.channel.kind === 'two-tier' ? (w.channel.distributorDiscount ?? 0) : 0),
      formula(`=${partner(rates.rebate)}`, values.rebate),
      formula(`=${partner(rates.mdf)}`, values.mdf),
      formula(`=${partner(rates.coop)}`, values.coop),
      formula(`=IF(${channelFunding}<>"",${channelFunding},"${defaultFunding(model)}")`, w.channel.funding ?? defaultFunding(model)),
    ];
  });
  return {
    name: 'MarginRoutes',
    at,
    style: 'TableStyleLight9',
    caption: 'Routes, deal registered',
    columns: [
      col('Route', 'text', 'label'),
      col('Channel', 'text', 'label'),
      col('Level', 'text', 'label'),
      col('Kind', 'text', 'formula'),
      col('Reseller discount', 'percent', 'formula'),
      col('Distributor discount', 'percent', 'formula'),
      col('Rebate', 'percent', 'formula'),
      col('MDF', 'percent', 'formula'),
      col('Co-op', 'percent', 'formula'),
      col('Funding', 'text', 'formula'),
    ],
    rows,
  };
}

/** The route figures of the entries the RouteMargins table shows, in steps of `perStep` entries, each to run in a turn of its own. */
export function routeMarginSteps(model: Model, perStep = 200, limit = ROUTE_MARGIN_ENTRIES_LIMIT): (() => void)[] {
  const shown = checkedEntries(model).slice(0, limit);
  const steps: (() => void)[] = [];
  for (let from = 0; from < shown.length; from += perStep) {
    const entries = shown.slice(from, from + perStep);
    steps.push(() => {
      const figuresOf = keptEntryFigures(model);
      for (const entry of entries) {
        const shaped = shapedOf(model, entry);
        figuresOf(entry, shaped === null ? 1 : referenceQuantity(shaped));
      }
    });
  }
  return steps;
}

export function buildRouteMargins(ctx: BuildContext, refs: WaterfallRefs, at: { row: number; col: number }, limit = ROUTE_MARGIN_ENTRIES_LIMIT): RouteMarginsRefs {
  const { model } = ctx;
  const round = (e: string): string => roundMoneyFormula(model, e);
  const all = checkedEntries(model);
  const shown = all.slice(0, limit);
  const ways = routes(model);
  const labels = uniqueHeaders(
    ways.map((r) => ({ name: routeLabel(r), id: r.level === null ? r.channel.id : `${r.channel.id}.${r.level.id}` })),
    [...FIXED, 'Lowest vendor net', 'Vendor margin %'],
  );
  const routeTable = routesTable(model, refs, ways, place(ctx, 'MarginRoutes', at));
  const tableAt = place(ctx, 'RouteMargins', { row: at.row, col: routeTable.at.col + routeTable.columns.length + 1 });
  const first = FIXED.length;
  const lowestCol = first + 2 * ways.length;
  const figuresOf = keptEntryFigures(model);
  // Each route's parameter cells in the MarginRoutes table, the same on every row.
  const params = ways.map((_, k) => routeTable.columns.map((_c, p) => tableCell(routeTable, k, p, true)));
  const rows = shown.map((entry, r) => {
    const c = (k: number): string => tableCell({ at: tableAt }, r, k);
    const [item, tier, term, Q, P, E, W, C, cost] = [c(0), c(1), c(2), c(3), c(4), c(5), c(6), c(7), c(8)];
    const shaped = shapedOf(model, entry);
    const quantity = shaped === null ? 1 : referenceQuantity(shaped);
    const bundle = 'bundle' in entry.item;
    const ladder = bundle ? tierLadderLookup(refs.tierIds, refs.tierLadders, tier) : ladderIdLookup(refs.pb, refs.tierIds, refs.tierLadders, item, tier);
    const months = termMonthsLookup(refs.pb, term);
    const unitCost = bundle ? bundleCostLookup(refs, item) : unitCostLookup(refs.pb, item);
    const list = bundle ? bundlePriceLookup(refs, item, term) : listPriceLookup(refs.pb, item, tier, term);
    const chain = customerChain(model, P, Q, W, termDiscountLookup(refs.pb, term), { ext: E, when: shaped === null ? 'FALSE' : 'TRUE' });
    const customer = chain.customerFor('0');
    const { routes: figures, line } = figuresOf(entry, quantity);
    const any = line ?? undefined;
    const published = chain.publishedFor();
    const routeCells = ways.flatMap((_, k): CellSpec[] => {
      const f = figures[k] ?? null;
      const invoice = c(first + 2 * k);
      const param = (p: number): string => params[k]?.[p] ?? '';
      const buy = buyChain(param(9), C, published, E, param(4), param(5));
      // Direct: the customer price; one-tier: the reseller's buy (its distributor discount is 0); two-tier: the distributor's.
      const exact = `IF(${param(3)}="direct",${C},${buy.distributor})`;
      const share = (p: number): string => round(`${invoice}*${param(p)}`);
      return [
        formula(`=IF(${exact}<0,NA(),${round(exact)})`, f === null ? null : f.vendorInvoice),
        formula(`=${invoice}-${share(6)}-${share(7)}-${share(8)}`, f === null ? null : f.vendorNet),
      ];
    });
    const priced = figures.filter((f): f is RouteFigures => f !== null);
    const lowest = priced.reduce<RouteFigures | null>((a, f) => (a === null || f.vendorNet < a.vendorNet ? f : a), null);
    const exactCustomer = any === undefined ? null : shaped === null ? exactCustomerPrice(model, any, entry.term) : exactShapedCustomer(model, shaped, entry.term);
    const nets = ways.map((_, k) => c(first + 2 * k + 1));
    return {
      entry,
      lowestMargin: lowest?.vendorMarginRate ?? null,
      priced: lowest !== null,
      cells: [
        text(entry.label),
        text(entry.tier),
        text(entry.term),
        shaped === null ? num(1) : formula(`=${referenceQuantityFormula(refs.pb, shaped, item, tier, term)}`, quantity),
        formula(shaped === null ? `=${list}` : `=${round(`${E}/${Q}`)}`, any?.listUnitPrice ?? null),
        formula(shaped === null ? `=${P}` : `=${chargeFormula(refs.pb, refs.priceBands, shaped, item, tier, term, Q)}`, any === undefined ? null : any.exactList),
        formula(shaped === null ? `=${weightedUnits(refs.bands, '1', ladder)}` : '=0', any?.weightedUnits ?? null),
        formula(`=${customer}`, exactCustomer),
        formula(`=${round(`${unitCost}*${months}*${Q}`)}`, any?.cost ?? null),
        ...routeCells,
        formula(nets.length === 0 ? '=""' : `=MIN(${nets.join(',')})`, lowest?.vendorNet ?? ''),
        formula(`=IF(${c(lowestCol)}="","",IF(${c(lowestCol)}=0,"",(${c(lowestCol)}-${cost})/${c(lowestCol)}))`, lowest?.vendorMarginRate ?? ''),
      ],
    };
  });
  const table: TableSpec = {
    name: 'RouteMargins',
    at: tableAt,
    style: 'TableStyleLight9',
    caption: `Vendor margin of one unit at list by route, deal registered (${model.currency})`,
    columns: [
      col('Item', 'text', 'label'),
      col('Tier', 'text', 'label'),
      col('Term', 'text', 'label'),
      col('Quantity', 'number', 'formula'),
      col('List unit price', 'money', 'formula'),
      col('Extended list (exact)', 'money', 'formula'),
      col('Rate-weighted units', 'number', 'formula'),
      col('Customer price (exact)', 'money', 'formula'),
      col('Cost', 'money', 'formula'),
      ...labels.flatMap((l) => [col(`${l}: invoice`, 'money', 'formula'), col(`${l}: net`, 'money', 'formula')]),
      col('Lowest vendor net', 'money', 'formula'),
      col('Vendor margin %', 'percent', 'formula'),
    ],
    rows: rows.map((r) => r.cells),
  };
  return { routes: routeTable, table, entries: rows.map(({ entry, lowestMargin, priced }) => ({ entry, lowestMargin, priced })), marginCol: lowestCol + 1, total: all.length };
}

/**
 * The customer price of one unit at list before rounding, as the engine's exact core computes it: the
 * chain exact, or its unit price to 6 more decimals snapped to the price ending or step (applyPriceEnding).
 */
function exactCustomerPrice(model: BuildContext['model'], f: LineFigures, term: string): number {
  const t = dec(model.terms.find((x) => x.id === term)?.discount ?? 0);
  const P = dec(f.listUnitPrice);
  const afterVolume = subtract(P, multiply(P, dec(f.weightedUnits)));
  const exact = model.discountBasis === 'compound' ? multiply(afterVolume, subtract(ONE, t)) : subtract(afterVolume, multiply(P, t));
  const { ending, step, minorUnits, mode } = model.rounding;
  if (ending === undefined && step === undefined) return toNumber(exact);
  return toNumber(applyPriceEnding(round(exact, minorUnits + 6, mode), dec(ending ?? 0), dec(step ?? 1)));
}
