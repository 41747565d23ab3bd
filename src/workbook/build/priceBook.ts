/**
 * Price book sheet: list prices of every product by tier (rows) and term (one column per term), the
 * products (cost, ladder) and the terms with their discounts.
 *
 * Other sheets look a list price up as
 *   INDEX(<term columns>, MATCH(sku&"|"&tier, <Key column>, 0), MATCH(term, <Terms ids>, 0))
 * so the term columns follow the Terms table's order.
 */
import type { Price } from '../../engine/model/schema';
import type { SheetKey, SheetSpec, TableSpec } from '../spec';
import { col, columnRange, formula, heading, HEADER_ROW, num, numOrBlank, sheet, tableCell, text, textOrBlank } from './cells';
import { type BuildContext, on, place, uniqueHeaders } from './context';
import { guardrailCell } from './guardrailCells';
import { ladderIdsRange } from './ladders';
import { buildPriceShapes, isPerUnit, type PriceShapeRefs } from './priceShapes';
import type { PriceBandRefs } from './priceLadders';

export interface PriceBookRefs {
  readonly sheet: SheetSpec;
  readonly prices: TableSpec;
  readonly products: TableSpec;
  readonly terms: TableSpec;
  /** Entries of products not priced per unit (priceShapes.ts). */
  readonly shapes: TableSpec;
  /** Qualified ranges other sheets use. */
  readonly ref: {
    /** Key column (sku|tier) of the Prices table. */
    readonly keys: string;
    /** The term columns of the Prices table (rows × terms). */
    readonly matrix: string;
    readonly productSkus: string;
    readonly productNames: string;
    readonly productCosts: string;
    readonly productLadders: string;
    /** Each product's value metric (Products table). */
    readonly productUnits: string;
    /** Each product's price shape (Products table). */
    readonly productShapes: string;
    /** The PriceShapes table's columns. */
    readonly shapes: PriceShapeRefs;
    readonly termIds: string;
    readonly termDiscounts: string;
    readonly termMonths: string;
  };
  /** Where each shaped entry (sku|tier|term) sits in the PriceShapes table, 0-based data row. */
  readonly shapeRowOf: ReadonlyMap<string, number>;
  /** Where each (sku, tier) row sits, 0-based data row. */
  readonly rowOf: ReadonlyMap<string, number>;
  /**
   * Where live formulas read list prices and term discounts when the model has scenarios: copies of the
   * Prices and Terms tables on the Scenarios sheet, laid out like them, holding the values of the
   * scenario selected (scenarioInUse.ts). Absent: the Price book's own tables.
   */
  readonly inUse?: LivePriceTables;
}

/** The Prices and Terms tables live formulas read, and the sheet they stand on. */
export interface LivePriceTables {
  readonly key: SheetKey;
  readonly prices: TableSpec;
  readonly terms: TableSpec;
}

/** The tables live formulas read list prices and term discounts from (see `PriceBookRefs.inUse`). */
export const livePriceTables = (pb: PriceBookRefs): LivePriceTables => pb.inUse ?? { key: 'priceBook', prices: pb.prices, terms: pb.terms };

export const priceKey = (sku: string, tier: string): string => `${sku}|${tier}`;

/** The Products table's Shape column. */
export const PRODUCT_SHAPE_COL = 6;
export const PRODUCT_SHAPES = ['per-unit', 'tiered', 'package', 'usage', 'platform'] as const;

export function buildPriceBook(ctx: BuildContext, priceBands: PriceBandRefs): PriceBookRefs {
  const { model } = ctx;
  const termHeaders = uniqueHeaders(model.terms, ['SKU', 'Tier', 'Product', 'Key']);
  // Rows: each (product, tier) pair with a price, in product then tier order.
  const bySkuTier = new Map<string, Map<string, Price>>();
  // Per-unit entries only: the others stand in the PriceShapes table.
  for (const p of model.prices) {
    if (!isPerUnit(model, p.sku)) continue;
    const k = priceKey(p.sku, p.tier);
    const m = bySkuTier.get(k) ?? new Map<string, Price>();
    m.set(p.term, p);
    bySkuTier.set(k, m);
  }
  const tierOrder = new Map(model.tiers.map((t, i) => [t.id, i]));
  const productOrder = new Map(model.products.map((p, i) => [p.sku, i]));
  // Each key's place worked out once, not at each of the sort's comparisons (some 450,000 for 30,000 rows).
  const keys = [...bySkuTier.keys()]
    .map((key) => {
      const [sku = '', tier = ''] = key.split('|');
      return { key, product: productOrder.get(sku) ?? 1e9, tier: tierOrder.get(tier) ?? 1e9 };
    })
    .sort((a, b) => a.product - b.product || a.tier - b.tier)
    .map((k) => k.key);
  const productsAt = place(ctx, 'Products', { row: HEADER_ROW, col: 3 + model.terms.length + 2 });
  const products: TableSpec = {
    name: 'Products',
    at: productsAt,
    style: 'TableStyleMedium4',
    caption: `Products (unit cost: ${model.currency} per unit per month; a term costs unit cost × its months)`,
    columns: [
      col('SKU', 'text', 'input', 'products[].sku'),
      col('Name', 'text', 'input', 'products[].name'),
      col('Family', 'text', 'input', 'products[].family'),
      col('Value metric (unit)', 'text', 'input', 'products[].unit'),
      col('Unit cost', 'money', 'input', 'products[].unitCost'),
      col('Ladder', 'text', 'input', 'products[].ladder'),
      col('Shape', 'text', 'input', 'products[].shape'),
    ],
    rows: model.products.map((p) => [text(p.sku), text(p.name), textOrBlank(p.family), textOrBlank(p.unit), num(p.unitCost), textOrBlank(p.ladder), text(p.shape)]),
  };
  const termsAt = place(ctx, 'Terms', { row: HEADER_ROW, col: productsAt.col + products.columns.length + 1 });
  const terms: TableSpec = {
    name: 'Terms',
    at: termsAt,
    style: 'TableStyleMedium4',
    caption: 'Terms',
    columns: [
      col('Term', 'text', 'input', 'terms[].id'),
      col('Name', 'text', 'input', 'terms[].name'),
      col('Months', 'integer', 'input', 'terms[].months'),
      col('Term discount', 'percent', 'input', 'terms[].discount'),
    ],
    rows: model.terms.map((t) => [text(t.id), text(t.name), num(t.months), num(t.discount)]),
  };
  const names = new Map(model.products.map((p) => [p.sku, p.name]));
  const pricesAt = place(ctx, 'Prices', { row: HEADER_ROW, col: 0 });
  const skuRange = on(ctx, 'priceBook', columnRange(products, 0));
  const nameRange = on(ctx, 'priceBook', columnRange(products, 1));
  const keyCol = 3 + model.terms.length;
  const prices: TableSpec = {
    name: 'Prices',
    at: pricesAt,
    style: 'TableStyleMedium2',
    caption: `List prices (${model.currency} per unit for the whole term)`,
    columns: [
      col('SKU', 'text', 'input', 'prices[].sku'),
      col('Tier', 'text', 'input', 'prices[].tier'),
      col('Product', 'text', 'formula'),
      ...termHeaders.map((h) => col(h, 'money', 'input', 'prices[].listPrice')),
      col('Key', 'text', 'formula'),
    ],
    rows: keys.map((k, r) => {
      const [sku = '', tier = ''] = k.split('|');
      const byTerm = bySkuTier.get(k);
      const skuCell = tableCell({ at: pricesAt }, r, 0);
      const tierCell = tableCell({ at: pricesAt }, r, 1);
      return [
        text(sku),
        text(tier),
        formula(`=IFERROR(INDEX(${nameRange},MATCH(${skuCell},${skuRange},0)),"")`, names.get(sku) ?? ''),
        ...model.terms.map((t) => numOrBlank(byTerm?.get(t.id)?.listPrice)),
        formula(`=${skuCell}&"|"&${tierCell}`, k),
      ];
    }),
  };
  const shapes = buildPriceShapes(
    ctx,
    // Right of the Terms table, six columns on: room for what users keep beside the terms (tables cannot
    // move, and the Prices, Products and Terms tables grow down).
    { row: HEADER_ROW, col: termsAt.col + terms.columns.length + 7 },
    {
      skus: skuRange,
      names: nameRange,
      units: on(ctx, 'priceBook', columnRange(products, 3)),
      shapes: on(ctx, 'priceBook', columnRange(products, PRODUCT_SHAPE_COL)),
    },
    priceBands,
  );
  const firstTermCol = columnRange(prices, 3).split(':')[0] ?? '';
  const lastTermCol = columnRange(prices, 2 + Math.max(1, model.terms.length)).split(':')[1] ?? '';
  const cells = heading(`${model.name}: price book`, `List prices by product, tier and term in ${model.currency}; products, terms and the entries of products not priced per unit (price shapes) to the right.`);
  return {
    prices,
    products,
    terms,
    shapes: shapes.table,
    rowOf: new Map(keys.map((k, i) => [k, i])),
    shapeRowOf: shapes.rowOf,
    ref: {
      keys: on(ctx, 'priceBook', columnRange(prices, keyCol)),
      matrix: on(ctx, 'priceBook', `${firstTermCol}:${lastTermCol}`),
      productSkus: skuRange,
      productNames: nameRange,
      productCosts: on(ctx, 'priceBook', columnRange(products, 4)),
      productLadders: on(ctx, 'priceBook', columnRange(products, 5)),
      productShapes: on(ctx, 'priceBook', columnRange(products, PRODUCT_SHAPE_COL)),
      productUnits: on(ctx, 'priceBook', columnRange(products, 3)),
      shapes: shapes.refs,
      termIds: on(ctx, 'priceBook', columnRange(terms, 0)),
      termDiscounts: on(ctx, 'priceBook', columnRange(terms, 3)),
      termMonths: on(ctx, 'priceBook', columnRange(terms, 2)),
    },
    sheet: sheet({
      key: 'priceBook',
      name: ctx.names.priceBook,
      tables: [prices, products, terms, shapes.table],
      cells,
      frozenCols: 3,
      tabColor: '548235',
      conditionalFormats: terms.rows.length === 0 ? [] : [
        {
          range: { at: { row: termsAt.row + 1, col: termsAt.col + 3 }, rows: terms.rows.length, cols: 1 },
          formula: `=AND(ISNUMBER(${tableCell({ at: termsAt }, 0, 3)}),${tableCell({ at: termsAt }, 0, 3)}>${guardrailCell(ctx, 'Max customer discount')})`,
          style: 'breach',
        },
      ],
      validations: [
        {
          range: { at: { row: productsAt.row + 1, col: productsAt.col + 5 }, rows: Math.max(1, products.rows.length), cols: 1 },
          source: { kind: 'range', formula: `=${ladderIdsRange(ctx)}` },
          allowBlank: true,
          error: 'Pick a ladder from the Ladders sheet, or leave it blank (the tier’s ladder applies)',
        },
        {
          range: { at: { row: productsAt.row + 1, col: productsAt.col + PRODUCT_SHAPE_COL }, rows: Math.max(1, products.rows.length), cols: 1 },
          source: { kind: 'values', values: [...PRODUCT_SHAPES] },
          allowBlank: true,
          error: 'Pick per-unit, tiered, package, usage or platform (blank: per-unit)',
        },
      ],
    }),
  };
}
