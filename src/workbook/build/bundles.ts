/**
 * Bundles sheet: each bundle (tier, pricing), its components, fixed prices, and per bundle and term the
 * components' standalone prices, the bundle price and its allocation to the components.
 *
 * The allocation reproduces the engine's largest-remainder split in whole minor units with integer
 * arithmetic (exact in doubles): A = bundle price in minor units, wᵢ = standalone price scaled to an
 * integer, floorᵢ = INT(A·wᵢ/W), remainderᵢ = A·wᵢ − floorᵢ·W, and the A − Σfloor units left over go one
 * each to the largest remainders, the earlier component first on a tie (rank by COUNTIFS).
 */
import { bundleAllocation, bundlePrice, indexModel, priceKey, toNumber } from '../../engine';
import type { Bundle, Model, Term } from '../../engine/model/schema';
import type { SheetSpec, TableSpec } from '../spec';
import { bool, col, columnRange, formula, heading, HEADER_ROW, num, numOrBlank, sheet, tableCell, text } from './cells';
import { type BuildContext, on, place } from './context';
import { roundMoneyFormula } from './rounding';
import { decimalsNeeded, listPriceLookup, unitCostLookup } from './lookups';
import type { PriceBookRefs } from './priceBook';

export interface BundlesRefs {
  readonly sheet: SheetSpec;
  readonly bundles: TableSpec;
  readonly components: TableSpec;
  readonly fixedPrices: TableSpec;
  readonly allocation: TableSpec;
  /** Qualified ranges of the allocation table (per bundle, term, component row). */
  readonly ref: {
    readonly bundleIds: string;
    readonly bundleTiers: string;
    readonly allocBundle: string;
    readonly allocTerm: string;
    readonly allocPrice: string;
    readonly allocStandalone: string;
    readonly compBundle: string;
    readonly compQuantity: string;
    readonly compCost: string;
    /** For a quote line's configuration: the bundle's pricing and discount, its components' SKUs and bounds, fixed prices. */
    readonly bundlePricing: string;
    readonly bundleDiscount: string;
    readonly compSku: string;
    readonly compRequired: string;
    readonly compMin: string;
    readonly compMax: string;
    readonly fixedBundle: string;
    readonly fixedTerm: string;
    readonly fixedPrice: string;
  };
}

/**
 * Terms a bundle is sold on: those on which every component has a list price in the bundle's tier, and,
 * for a fixed-price bundle, a fixed price.
 */
export function bundleTerms(b: Bundle, model: Model): Term[] {
  const prices = indexModel(model).listPrices;
  return model.terms.filter(
    (t) => (b.pricing.kind === 'discount' || b.pricing.prices[t.id] !== undefined) && b.components.every((c) => prices.has(priceKey(c.sku, b.tier, t.id))),
  );
}

export function buildBundles(ctx: BuildContext, pb: PriceBookRefs): BundlesRefs {
  const { model } = ctx;
  const mu = model.rounding.minorUnits;
  const bundlesAt = place(ctx, 'Bundles', { row: HEADER_ROW, col: 0 });
  const bundles: TableSpec = {
    name: 'Bundles',
    at: bundlesAt,
    style: 'TableStyleMedium2',
    caption: 'Bundles',
    columns: [
      col('Bundle', 'text', 'input', 'bundles[].id'),
      col('Name', 'text', 'input', 'bundles[].name'),
      col('Tier', 'text', 'input', 'bundles[].tier'),
      col('Pricing', 'text', 'input', 'bundles[].pricing.kind'),
      col('Bundle discount', 'percent', 'input', 'bundles[].pricing.discount'),
    ],
    rows: model.bundles.map((b) => [text(b.id), text(b.name), text(b.tier), text(b.pricing.kind), b.pricing.kind === 'discount' ? num(b.pricing.discount) : numOrBlank(null)]),
  };
  const componentsAt = place(ctx, 'BundleComponents', { row: HEADER_ROW, col: 6 });
  const components: TableSpec = {
    name: 'BundleComponents',
    at: componentsAt,
    style: 'TableStyleMedium4',
    caption: 'Components',
    columns: [
      col('Bundle', 'text', 'input', 'bundles[].components[] (bundle id)'),
      col('SKU', 'text', 'input', 'bundles[].components[].sku'),
      col('Quantity', 'integer', 'input', 'bundles[].components[].quantity'),
      col('Required', 'general', 'input', 'bundles[].components[].required'),
      col('Min', 'integer', 'input', 'bundles[].components[].min'),
      col('Max', 'integer', 'input', 'bundles[].components[].max'),
      col('Unit cost', 'money', 'formula'),
    ],
    rows: model.bundles.flatMap((b) => b.components.map((c) => [text(b.id), text(c.sku), num(c.quantity), bool(c.required), numOrBlank(c.min), numOrBlank(c.max)])).map((row, i) => [
      ...row,
      formula(`=IFERROR(${unitCostLookup(pb, tableCell({ at: componentsAt }, i, 1))},0)`, model.products.find((p) => p.sku === (row[1]?.kind === 'text' ? row[1].value : ''))?.unitCost ?? 0),
    ]),
  };
  const fixedAt = place(ctx, 'BundleFixedPrices', { row: HEADER_ROW, col: 14 });
  const fixedRows = model.bundles.flatMap((b) => (b.pricing.kind === 'fixed' ? Object.entries(b.pricing.prices).map(([term, price]) => [text(b.id), text(term), num(price)]) : []));
  const fixedPrices: TableSpec = {
    name: 'BundleFixedPrices',
    at: fixedAt,
    style: 'TableStyleMedium4',
    caption: 'Fixed bundle prices',
    columns: [col('Bundle', 'text', 'input', 'bundles[].pricing.prices (bundle id)'), col('Term', 'text', 'input', 'bundles[].pricing.prices (term id)'), col('Price', 'money', 'input', 'bundles[].pricing.prices[term]')],
    rows: fixedRows,
  };
  const allocAt = place(ctx, 'BundleAllocation', { row: HEADER_ROW, col: 18 });
  const bundleIds = columnRange(bundles, 0);
  // Enough decimals for the list prices of every scenario too (a scenario's +5% gives cents).
  const listDecimals = decimalsNeeded([model, ...(ctx.scenarioModels ?? [])].flatMap((m) => m.prices.map((p) => p.listPrice)));
  const scale = 10 ** listDecimals;
  type Row = { b: Bundle; term: Term; ci: number; first: number; count: number };
  const groups: Row[][] = [];
  let r = 0;
  for (const b of model.bundles) {
    for (const term of bundleTerms(b, model)) {
      const group = b.components.map((_, ci) => ({ b, term, ci, first: r, count: b.components.length }));
      r += group.length;
      groups.push(group);
    }
  }
  const componentRow = new Map<string, number>();
  let k = 0;
  for (const b of model.bundles) b.components.forEach((_, ci) => componentRow.set(`${b.id}#${ci}`, k++));
  const rows = groups.flatMap((group) => {
    const head = group[0];
    if (head === undefined) return [];
    const { b, term } = head;
    const priced = bundlePrice(model, b.id, term.id);
    const lists = priced.components.map((c) => toNumber(c.unitListPrice));
    const price = priced.price;
    const parts = priced.components.some((c) => c.standalone.units !== 0n) ? bundleAllocation(model, b.id, term.id).map((x) => toNumber(x.amount)) : lists.map(() => 0);
    const firstRow = head.first;
    const lastRow = head.first + head.count - 1;
    // The integer helpers' figures (minor units and scaled weights), for the cached values.
    const units = Math.round(toNumber(price) * 10 ** mu);
    const ws = b.components.map((c, ci) => Math.round((lists[ci] ?? 0) * c.quantity * scale));
    const total = ws.reduce((a, x) => a + x, 0);
    const floors = ws.map((w) => (total === 0 ? 0 : Math.floor((units * w) / total)));
    const rems = ws.map((w, j) => units * w - (floors[j] ?? 0) * total);
    const ranks = rems.map((x, j) => 1 + rems.filter((y) => y > x).length + rems.slice(0, j).filter((y) => y === x).length);
    const bundleRow = model.bundles.indexOf(b);
    const pricing = tableCell(bundles, bundleRow, 3, true);
    const discount = tableCell(bundles, bundleRow, 4, true);
    const tier = tableCell(bundles, bundleRow, 2, true);
    return group.map((row, i) => {
      const at = row.first + i;
      const c = (j: number): string => tableCell({ at: allocAt }, at, j);
      const abs = (j: number, rr: number): string => tableCell({ at: allocAt }, rr, j, true);
      const span = (j: number): string => `${abs(j, firstRow)}:${abs(j, lastRow)}`;
      const comp = componentRow.get(`${b.id}#${row.ci}`) ?? 0;
      const comp0 = b.components[row.ci];
      const fixed = `SUMIFS(${columnRange(fixedPrices, 2)},${columnRange(fixedPrices, 0)},${c(0)},${columnRange(fixedPrices, 1)},${c(1)})`;
      const minor = `ROUND(${c(6)}*${10 ** mu},0)`; // the bundle price is already whole minor units
      const tie = at === firstRow ? '' : `+COUNTIF(${abs(9, firstRow)}:${tableCell({ at: allocAt }, at - 1, 9)},${c(9)})`;
      return [
        text(b.id),
        text(term.id),
        formula(`=${tableCell(components, comp, 1, true)}`, comp0?.sku ?? ''),
        formula(`=${tableCell(components, comp, 2, true)}`, comp0?.quantity ?? 0),
        formula(`=${listPriceLookup(pb, c(2), tier, c(1))}`, lists[row.ci] ?? 0),
        formula(`=${c(4)}*${c(3)}`, (lists[row.ci] ?? 0) * (comp0?.quantity ?? 0)),
        formula(`=IF(${pricing}="fixed",${roundMoneyFormula(model, fixed)},${roundMoneyFormula(model, `SUM(${span(5)})*(1-${discount})`)})`, toNumber(price)),
        formula(`=ROUND(${c(4)}*${c(3)}*${scale},0)`, ws[row.ci] ?? 0),
        formula(`=IF(SUM(${span(7)})=0,0,INT(${minor}*${c(7)}/SUM(${span(7)})))`, floors[row.ci] ?? 0),
        formula(`=${minor}*${c(7)}-${c(8)}*SUM(${span(7)})`, rems[row.ci] ?? 0),
        formula(`=1+COUNTIF(${span(9)},">"&${c(9)})${tie}`, ranks[row.ci] ?? 1),
        formula(`=(${c(8)}+IF(${c(10)}<=${minor}-SUM(${span(8)}),1,0))/${10 ** mu}`, parts[row.ci] ?? 0),
      ];
    });
  });
  const allocation: TableSpec = {
    name: 'BundleAllocation',
    at: allocAt,
    style: 'TableStyleMedium2',
    caption: `Bundle price and allocation to components (${model.currency})`,
    columns: [
      col('Bundle', 'text', 'label'),
      col('Term', 'text', 'label'),
      col('SKU', 'text', 'formula'),
      col('Quantity', 'integer', 'formula'),
      col('List unit price', 'money', 'formula'),
      col('Standalone', 'money', 'formula'),
      col('Bundle price', 'money', 'formula'),
      col('Weight', 'integer', 'formula'),
      col('Floor units', 'integer', 'formula'),
      col('Remainder', 'integer', 'formula'),
      col('Rank', 'integer', 'formula'),
      col('Allocation', 'money', 'formula'),
    ],
    rows,
  };
  return {
    bundles,
    components,
    fixedPrices,
    allocation,
    ref: {
      bundleIds: on(ctx, 'bundles', bundleIds),
      bundleTiers: on(ctx, 'bundles', columnRange(bundles, 2)),
      compBundle: on(ctx, 'bundles', columnRange(components, 0)),
      compQuantity: on(ctx, 'bundles', columnRange(components, 2)),
      compCost: on(ctx, 'bundles', columnRange(components, 6)),
      bundlePricing: on(ctx, 'bundles', columnRange(bundles, 3)),
      bundleDiscount: on(ctx, 'bundles', columnRange(bundles, 4)),
      compSku: on(ctx, 'bundles', columnRange(components, 1)),
      compRequired: on(ctx, 'bundles', columnRange(components, 3)),
      compMin: on(ctx, 'bundles', columnRange(components, 4)),
      compMax: on(ctx, 'bundles', columnRange(components, 5)),
      fixedBundle: on(ctx, 'bundles', columnRange(fixedPrices, 0)),
      fixedTerm: on(ctx, 'bundles', columnRange(fixedPrices, 1)),
      fixedPrice: on(ctx, 'bundles', columnRange(fixedPrices, 2)),
      allocBundle: on(ctx, 'bundles', columnRange(allocation, 0)),
      allocTerm: on(ctx, 'bundles', columnRange(allocation, 1)),
      allocPrice: on(ctx, 'bundles', columnRange(allocation, 6)),
      allocStandalone: on(ctx, 'bundles', columnRange(allocation, 5)),
    },
    sheet: sheet({
      key: 'bundles',
      name: ctx.names.bundles,
      tables: [bundles, components, fixedPrices, allocation],
      cells: heading(`${model.name}: bundles`, 'Components at their standalone list prices, the bundle price and its exact allocation (parts add up to the bundle price).'),
      validations: [
        { range: { at: { row: bundlesAt.row + 1, col: bundlesAt.col + 3 }, rows: Math.max(1, bundles.rows.length), cols: 1 }, source: { kind: 'values', values: ['discount', 'fixed'] }, allowBlank: false, error: 'Pick discount or fixed' },
        {
          range: { at: { row: componentsAt.row + 1, col: componentsAt.col + 1 }, rows: Math.max(1, components.rows.length), cols: 1 },
          source: { kind: 'range', formula: `=${pb.ref.productSkus}` },
          allowBlank: false,
          error: 'Pick a product from the Price book',
        },
        {
          range: { at: { row: componentsAt.row + 1, col: componentsAt.col + 3 }, rows: Math.max(1, components.rows.length), cols: 1 },
          source: { kind: 'values', values: ['TRUE', 'FALSE'] },
          allowBlank: true,
          error: 'TRUE or FALSE',
        },
      ],
      tabColor: '7030A0',
    }),
  };
}
