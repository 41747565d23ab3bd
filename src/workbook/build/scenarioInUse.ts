/**
 * The values in use: for the scenario picked in the Scenarios sheet's selector, each value a scenario can
 * change, as plain formulas over the input tables and the Changes table (the engine's applyScenario,
 * src/engine/compare):
 *   a rate in use = IF(the scenario sets it, the value set, the base) + the points it adds
 *   a list price in use = ROUND(base × (1 + change)) for an entry a listPrice change of the scenario
 *                         matches (family, SKU, tier and term, each blank or equal), else the base
 * With "Base" selected every value is the input table's. A scenario changes a field at most once and an
 * entry's list price at most once (loadModel refuses more), so a sum over the matching rows is that one
 * change. Rates are rounded to 12 decimals: the engine adds exactly (0.3 + 0.02 is 0.32), a double may be
 * a unit in the last place off, and a rate has far fewer decimals.
 *
 * The tables copy the layout of the tables they stand in for (Prices, Terms), so the live formulas that
 * read a cell of those tables read the same cell of the copy (priceBook.ts `livePriceTables`).
 * COUNTIFS, SUMIFS and SUMPRODUCT over comparisons need no array entry
 * (https://support.microsoft.com/office/sumproduct-function-16753e75-9f68-4874-94ac-4d2145a2fd2e).
 */
import { add, dec, toNumber } from '../../engine';
import type { Model } from '../../engine/model/schema';
import type { CellAddress, CellSpec, TableSpec } from '../spec';
import { col, columnRange, formula, tableCell } from './cells';
import type { ChannelsRefs } from './channels';
import { type BuildContext, on } from './context';
import { levelColumn } from './partners';
import type { PriceBookRefs } from './priceBook';
import { type PriceShapeColumn, SHAPE_COL } from './priceShapes';
import { roundMoneyFormula } from './rounding';

/** Qualified column ranges of the Changes table and the selected scenario's id cell. */
export interface ChangeRefs {
  /** The selected scenario's id ("" for the base). */
  readonly selected: string;
  readonly scenario: string;
  readonly target: string;
  readonly appliesTo: string;
  readonly field: string;
  readonly set: string;
  readonly add: string;
  readonly family: string;
  readonly sku: string;
  readonly tier: string;
  readonly term: string;
  readonly listChange: string;
}

/** Where the in-use tables stand on the Scenarios sheet. */
export interface InUsePlaces {
  readonly levels: CellAddress;
  readonly channels: CellAddress;
  readonly terms: CellAddress;
  readonly prices: CellAddress;
  readonly shapePrices: CellAddress;
}

export interface InUse {
  readonly levels: TableSpec;
  readonly channels: TableSpec;
  readonly terms: TableSpec;
  readonly prices: TableSpec;
  /** The list prices of the PriceShapes table's entries (products not priced per unit), row for row. */
  readonly shapePrices: TableSpec;
}

/** A rate in use: the base (an expression) as the selected scenario sets it or adds to it. */
export function rateInUse(c: ChangeRefs, target: string, id: string, field: string, base: string): string {
  const which = `${c.scenario},${c.selected},${c.target},"${target}",${c.appliesTo},${id},${c.field},"${field}"`;
  return `IF(${c.selected}="",${base},ROUND(IF(COUNTIFS(${which},${c.set},"<>")>0,SUMIFS(${c.set},${which}),${base})+SUMIFS(${c.add},${which}),12))`;
}

/** The selected scenario's listPrice changes matching an entry, as a SUMPRODUCT factor (expressions). */
function listPriceMatch(c: ChangeRefs, family: string, sku: string, tier: string, term: string): string {
  const blankOr = (range: string, value: string): string => `((${range}="")+(${range}=${value})>0)`;
  return `(${c.scenario}=${c.selected})*(${c.target}="listPrice")*${blankOr(c.family, family)}*${blankOr(c.sku, sku)}*${blankOr(c.tier, tier)}*${blankOr(c.term, term)}`;
}

/** A list price in use (expression `base`, a cell of the Prices table), in the model's money rounding. */
export function listPriceInUse(model: Pick<Model, 'rounding'>, c: ChangeRefs, base: string, entry: { family: string; sku: string; tier: string; term: string }): string {
  const match = listPriceMatch(c, entry.family, entry.sku, entry.tier, entry.term);
  const changed = roundMoneyFormula(model, `${base}*(1+SUMPRODUCT(${match}*${c.listChange}))`);
  return `IF(ISBLANK(${base}),"",IF(${c.selected}="",${base},IF(SUMPRODUCT(${match})>0,${changed},${base})))`;
}

const LEVEL_FIELDS = [
  ['Discount', 'discount'],
  ['Deal registration', 'dealRegistration'],
  ['Rebate', 'rebate'],
  ['MDF', 'mdf'],
] as const;

/** The partner levels and channels in use, their results the applied model's (the model with the selected scenario applied). */
export function channelTablesInUse(ctx: BuildContext, applied: Model, c: ChangeRefs, at: InUsePlaces, ch: ChannelsRefs): Pick<InUse, 'levels' | 'channels'> {
  const { model } = ctx;
  const level = (r: number, h: Parameters<typeof levelColumn>[0]): string => on(ctx, 'channels', tableCell(ch.levels, r, levelColumn(h), true));
  const programme = (k: number): string => on(ctx, 'channels', columnRange(ch.programme, k));
  const levels: TableSpec = {
    name: 'LevelsInUse',
    at: at.levels,
    style: 'TableStyleLight9',
    caption: 'Partner levels in use (the scenario selected)',
    columns: [
      col('Level', 'text', 'formula'),
      ...LEVEL_FIELDS.map(([h]) => col(h, 'percent', 'formula')),
      col('Co-op', 'percent', 'formula'),
      col('MDF cap', 'money', 'formula'),
      col('Registered discount', 'percent', 'formula'),
    ],
    rows: model.levels.map((l, r): CellSpec[] => {
      const id = tableCell({ at: at.levels }, r, 0);
      const used = applied.levels.find((x) => x.id === l.id) ?? l;
      const coop = `IFERROR(SUMIFS(${programme(1)},${programme(0)},${id}),0)`;
      const hasCap = `SUMPRODUCT((${programme(0)}=${id})*ISNUMBER(${programme(2)}))>0`;
      return [
        formula(`=${level(r, 'Level')}&""`, l.id),
        ...LEVEL_FIELDS.map(([h, field]) => formula(`=${rateInUse(c, 'level', id, field, level(r, h))}`, used[field])),
        formula(`=${rateInUse(c, 'level', id, 'coop', coop)}`, used.coop),
        formula(`=IF(${hasCap},SUMIFS(${programme(2)},${programme(0)},${id}),"")`, used.mdfCap ?? ''),
        formula(`=${tableCell({ at: at.levels }, r, 1)}+${tableCell({ at: at.levels }, r, 2)}`, toNumber(add(dec(used.discount), dec(used.dealRegistration)))),
      ];
    }),
  };
  const channel = (r: number, k: number): string => on(ctx, 'channels', tableCell(ch.channels, r, k, true));
  const channels: TableSpec = {
    name: 'ChannelsInUse',
    at: at.channels,
    style: 'TableStyleLight9',
    caption: 'Distributor discounts in use',
    columns: [col('Channel', 'text', 'formula'), col('Distributor discount', 'percent', 'formula')],
    rows: model.channels.map((k, r) => [
      formula(`=${channel(r, 0)}&""`, k.id),
      formula(`=${rateInUse(c, 'channel', tableCell({ at: at.channels }, r, 0), 'distributorDiscount', channel(r, 3))}`, applied.channels.find((x) => x.id === k.id)?.distributorDiscount ?? k.distributorDiscount),
    ]),
  };
  return { levels, channels };
}

/**
 * The price-book rows the list prices in use copy: all of them when the model has scenarios, none
 * otherwise. Without scenarios no formula reads them (describeWorkbook redirects nothing), and a copy of
 * a 10,000-product price book would be 240,000 formulas written for nothing.
 */
const withScenarios = <T>(ctx: BuildContext, rows: readonly T[]): readonly T[] => (ctx.model.scenarios.length > 0 ? rows : []);
/** Each price-book entry's list price in use, by SKU|tier|term. */
const usedPrices = (applied: Model): Map<string, number> => new Map(applied.prices.map((p) => [`${p.sku}|${p.tier}|${p.term}`, p.listPrice]));
/** Each product's family ('' for none), by SKU. */
const familiesOf = (model: Model): Map<string, string> => new Map(model.products.map((p) => [p.sku, p.family ?? '']));

/** The terms and list prices in use, their results the applied model's. */
export function priceTablesInUse(ctx: BuildContext, applied: Model, c: ChangeRefs, at: InUsePlaces, pb: PriceBookRefs): Pick<InUse, 'terms' | 'prices' | 'shapePrices'> {
  const { model } = ctx;
  const term = (r: number, k: number): string => on(ctx, 'priceBook', tableCell(pb.terms, r, k, true));
  const terms: TableSpec = {
    name: 'TermsInUse',
    at: at.terms,
    style: 'TableStyleLight9',
    caption: 'Terms in use',
    columns: pb.terms.columns.map((x) => col(x.header, x.format, 'formula')),
    rows: model.terms.map((t, r) => [
      formula(`=${term(r, 0)}&""`, t.id),
      formula(`=${term(r, 1)}&""`, t.name),
      formula(`=${term(r, 2)}`, t.months),
      formula(`=${rateInUse(c, 'term', tableCell({ at: at.terms }, r, 0), 'discount', term(r, 3))}`, applied.terms.find((x) => x.id === t.id)?.discount ?? t.discount),
    ]),
  };
  return { terms, prices: pricesInUse(ctx, applied, c, at.prices, pb), shapePrices: shapePricesInUse(ctx, applied, c, at.shapePrices, pb) };
}

/** The PriceShapes table's list prices in use, row for row (Key, Family, List price). */
function shapePricesInUse(ctx: BuildContext, applied: Model, c: ChangeRefs, at: CellAddress, pb: PriceBookRefs): TableSpec {
  const { model } = ctx;
  const base = (r: number, h: PriceShapeColumn): string => on(ctx, 'priceBook', tableCell(pb.shapes, r, SHAPE_COL[h], true));
  const rows = withScenarios(ctx, pb.shapes.rows);
  // Without rows (no scenarios) no lookups: a big price book's would be built for nothing.
  const usedPrice = rows.length === 0 ? new Map<string, number>() : usedPrices(applied);
  const families = rows.length === 0 ? new Map<string, string>() : familiesOf(model);
  const productFamilies = on(ctx, 'priceBook', columnRange(pb.products, 2));
  return {
    name: 'ShapePricesInUse',
    at,
    style: 'TableStyleLight9',
    caption: 'List prices in use of products not priced per unit',
    columns: [col('Key', 'text', 'formula'), col('Family', 'text', 'formula'), col('List price', 'money', 'formula')],
    rows: rows.map((row, r): CellSpec[] => {
      const keyCell = row[SHAPE_COL.Key];
      const key = keyCell?.kind === 'formula' ? String(keyCell.result ?? '') : '';
      const [sku = ''] = key.split('|');
      const listed = row[SHAPE_COL['List price']];
      const used = listed?.kind === 'number' ? (usedPrice.get(key) ?? listed.value) : '';
      const own = (k: number): string => tableCell({ at }, r, k);
      return [
        formula(`=${base(r, 'Key')}&""`, key),
        formula(`=IFERROR(INDEX(${productFamilies},MATCH(${base(r, 'SKU')},${pb.ref.productSkus},0))&"","")`, families.get(sku) ?? ''),
        formula(`=${listPriceInUse(model, c, base(r, 'List price'), { family: own(1), sku: base(r, 'SKU'), tier: base(r, 'Tier'), term: base(r, 'Term') })}`, used),
      ];
    }),
  };
}

/** The Prices table's copy: SKU, Tier, Product, one column per term (the list prices in use), Key; then each row's product family. */
function pricesInUse(ctx: BuildContext, applied: Model, c: ChangeRefs, at: CellAddress, pb: PriceBookRefs): TableSpec {
  const { model } = ctx;
  const rows = withScenarios(ctx, pb.prices.rows);
  const families = rows.length === 0 ? new Map<string, string>() : familiesOf(model);
  const usedPrice = rows.length === 0 ? new Map<string, number>() : usedPrices(applied);
  const base = (r: number, k: number): string => on(ctx, 'priceBook', tableCell(pb.prices, r, k, true));
  const keyCol = 3 + model.terms.length;
  const productFamilies = on(ctx, 'priceBook', columnRange(pb.products, 2));
  return {
    name: 'PricesInUse',
    at,
    style: 'TableStyleLight9',
    caption: 'List prices in use',
    columns: [...pb.prices.columns.map((x) => col(x.header, x.format, 'formula')), col('Family', 'text', 'formula')],
    rows: rows.map((row, r): CellSpec[] => {
      const sku = row[0]?.kind === 'text' ? row[0].value : '';
      const tier = row[1]?.kind === 'text' ? row[1].value : '';
      const own = (k: number): string => tableCell({ at }, r, k);
      const product = row[2]?.kind === 'formula' ? row[2].result : '';
      return [
        formula(`=${base(r, 0)}&""`, sku),
        formula(`=${base(r, 1)}&""`, tier),
        formula(`=${base(r, 2)}&""`, product),
        ...model.terms.map((t, k) => {
          const cell = base(r, 3 + k);
          const used = usedPrice.get(`${sku}|${tier}|${t.id}`);
          return formula(`=${listPriceInUse(model, c, cell, { family: own(keyCol + 1), sku: own(0), tier: own(1), term: `"${t.id.replace(/"/g, '""')}"` })}`, used ?? '');
        }),
        formula(`=${own(0)}&"|"&${own(1)}`, `${sku}|${tier}`),
        formula(`=IFERROR(INDEX(${productFamilies},MATCH(${own(0)},${pb.ref.productSkus},0))&"","")`, families.get(sku) ?? ''),
      ];
    }),
  };
}

/** The price book as live formulas read it: its list prices and term discounts from the in-use tables. */
export function priceBookInUse(ctx: BuildContext, pb: PriceBookRefs, inUse: Pick<InUse, 'terms' | 'prices' | 'shapePrices'>): PriceBookRefs {
  const keyCol = 3 + ctx.model.terms.length;
  const first = columnRange(inUse.prices, 3).split(':')[0] ?? '';
  const last = columnRange(inUse.prices, 2 + Math.max(1, ctx.model.terms.length)).split(':')[1] ?? '';
  return {
    ...pb,
    inUse: { key: 'scenarios', prices: inUse.prices, terms: inUse.terms },
    ref: {
      ...pb.ref,
      keys: on(ctx, 'scenarios', columnRange(inUse.prices, keyCol)),
      matrix: on(ctx, 'scenarios', `${first}:${last}`),
      termDiscounts: on(ctx, 'scenarios', columnRange(inUse.terms, 3)),
      // Row for row with the PriceShapes table: its Key still finds the row, the list price is the one in use.
      shapes: { ...pb.ref.shapes, 'List price': on(ctx, 'scenarios', columnRange(inUse.shapePrices, 2)) },
    },
  };
}

/** The channels' refs as live formulas read them: each level's rates and each distributor discount in use. */
export function channelRefsInUse(ctx: BuildContext, ref: ChannelsRefs['ref'], inUse: Pick<InUse, 'levels' | 'channels'>): ChannelsRefs['ref'] {
  const lv = (k: number): string => on(ctx, 'scenarios', columnRange(inUse.levels, k));
  return {
    ...ref,
    levelDiscount: lv(1),
    levelDealRegistration: lv(2),
    levelRebate: lv(3),
    levelMdf: lv(4),
    programmeLevels: lv(0),
    levelCoop: lv(5),
    levelMdfCap: lv(6),
    levelRegistered: lv(7),
    channelDistributor: on(ctx, 'scenarios', columnRange(inUse.channels, 1)),
  };
}
