/**
 * The PriceShapes table (Price book sheet): one row per price-book entry of a product that is not priced
 * per unit (tiered, package, usage, platform), with the fields its shape uses as inputs (blank when
 * unused) and a live "Reads as" formula saying the entry as a pricing manager reads it:
 *   tiered   "Graduated (Stripe-style): 1–10 at 9.00, 11–50 at 8.10, 51+ at 7.50" (the ladder's words)
 *   package  "Per 5 units, rounded up, at 10.00" (", after 2 included")
 *   usage    "1,000 GB included, then 0.02 per GB"
 *   platform "500.00 platform fee + 3.00 per user"
 * then " + 500.00 platform fee" on another shape with a fee, and "; minimum 1,000.00" with a minimum charge.
 * Per-unit entries stay in the Prices table (one column per term). Other sheets find an entry by its
 * Key, sku|tier|term.
 */
import { indexModel } from '../../engine/model/modelIndex';
import type { Model, Price } from '../../engine/model/schema';
import type { CellAddress, TableSpec } from '../spec';
import { col, columnRange, formula, numOrBlank, tableCell, text, textOrBlank } from './cells';
import { type BuildContext, on, place } from './context';
import { ladderWords, ladderWordsLookup, type PriceBandRefs } from './priceLadders';
import { moneyText, moneyWords, priceText, priceWords, quantityText, quantityWords } from './shapeText';

export const PRICE_SHAPE_COLUMNS = [
  'SKU', 'Tier', 'Term', 'Product', 'Shape', 'List price', 'Price ladder', 'Package size', 'Included units', 'Platform fee', 'Minimum charge', 'Reads as', 'Key',
] as const;
export type PriceShapeColumn = (typeof PRICE_SHAPE_COLUMNS)[number];
export const SHAPE_COL = Object.fromEntries(PRICE_SHAPE_COLUMNS.map((h, i) => [h, i])) as Record<PriceShapeColumn, number>;

/** Qualified ranges of the PriceShapes table's columns, by header. */
export type PriceShapeRefs = Readonly<Record<PriceShapeColumn, string>>;

/** The product ranges the table looks up (Products table, Price book sheet). */
export interface ProductRanges {
  readonly skus: string;
  readonly names: string;
  readonly units: string;
  readonly shapes: string;
}

export const entryKey = (p: Pick<Price, 'sku' | 'tier' | 'term'>): string => `${p.sku}|${p.tier}|${p.term}`;

/** Whether a product is priced per unit (its entries stand in the Prices table). */
export function isPerUnit(model: Model, sku: string): boolean {
  return (indexModel(model).products.get(sku)?.shape ?? 'per-unit') === 'per-unit';
}

/** What the Reads as formula shows for an entry. */
export function entryWords(model: Model, p: Price): string {
  const product = indexModel(model).products.get(p.sku);
  const unit = product?.unit ?? '';
  const shape = product?.shape ?? 'per-unit';
  const fee = p.platformFee ?? 0;
  const ladder = model.priceLadders.find((l) => l.id === p.ladder);
  const body =
    shape === 'tiered'
      ? ladder === undefined ? '' : ladderWords(model, ladder)
      : shape === 'package'
        ? `Per ${quantityWords(p.packageSize ?? 0)} units, rounded up, at ${priceWords(model, p.listPrice)}${(p.includedUnits ?? 0) > 0 ? `, after ${quantityWords(p.includedUnits ?? 0)} included` : ''}`
        : shape === 'usage'
          ? `${(p.includedUnits ?? 0) > 0 ? `${quantityWords(p.includedUnits ?? 0)} ${unit} included, then ` : ''}${priceWords(model, p.listPrice)} per ${unit}`
          : `${moneyWords(model, fee)} platform fee + ${priceWords(model, p.listPrice)} per ${unit}`;
  const withFee = shape !== 'platform' && fee > 0 ? `${body} + ${moneyWords(model, fee)} platform fee` : body;
  return p.minimumCharge !== undefined && p.minimumCharge > 0 ? `${withFee}; minimum ${moneyWords(model, p.minimumCharge)}` : withFee;
}

/** The Reads as formula (no '=') of data row `r`. */
function readsAsFormula(model: Model, at: CellAddress, r: number, products: ProductRanges, bands: PriceBandRefs): string {
  const c = (h: PriceShapeColumn): string => tableCell({ at }, r, SHAPE_COL[h]);
  const unit = `IFERROR(INDEX(${products.units},MATCH(${c('SKU')},${products.skus},0))&"","")`;
  const included = `N(${c('Included units')})`;
  const fee = `N(${c('Platform fee')})`;
  const list = priceText(model, `N(${c('List price')})`);
  const shape = c('Shape');
  const body =
    `IF(${shape}="tiered",${ladderWordsLookup(bands, c('Price ladder'))},` +
    `IF(${shape}="package","Per "&${quantityText(`N(${c('Package size')})`)}&" units, rounded up, at "&${list}&IF(${included}>0,", after "&${quantityText(included)}&" included",""),` +
    `IF(${shape}="usage",IF(${included}>0,${quantityText(included)}&" "&${unit}&" included, then ","")&${list}&" per "&${unit},` +
    `${moneyText(model, fee)}&" platform fee + "&${list}&" per "&${unit})))`;
  const withFee = `${body}&IF(AND(${shape}<>"platform",${fee}>0)," + "&${moneyText(model, fee)}&" platform fee","")`;
  return `${withFee}&IF(N(${c('Minimum charge')})>0,"; minimum "&${moneyText(model, `N(${c('Minimum charge')})`)},"")`;
}

export function buildPriceShapes(ctx: BuildContext, otherwise: CellAddress, products: ProductRanges, bands: PriceBandRefs): { table: TableSpec; refs: PriceShapeRefs; rowOf: ReadonlyMap<string, number> } {
  const { model } = ctx;
  const at = place(ctx, 'PriceShapes', otherwise);
  const productOrder = new Map(model.products.map((p, i) => [p.sku, i]));
  const tierOrder = new Map(model.tiers.map((t, i) => [t.id, i]));
  const termOrder = new Map(model.terms.map((t, i) => [t.id, i]));
  const entries = model.prices
    .filter((p) => !isPerUnit(model, p.sku))
    .sort(
      (a, b) =>
        (productOrder.get(a.sku) ?? 1e9) - (productOrder.get(b.sku) ?? 1e9) ||
        (tierOrder.get(a.tier) ?? 1e9) - (tierOrder.get(b.tier) ?? 1e9) ||
        (termOrder.get(a.term) ?? 1e9) - (termOrder.get(b.term) ?? 1e9),
    );
  const shapeOf = new Map(model.products.map((p) => [p.sku, p.shape]));
  const table: TableSpec = {
    name: 'PriceShapes',
    at,
    style: 'TableStyleMedium2',
    caption: `Price shapes: entries of products not priced per unit (${model.currency} for the whole term; blank = unused)`,
    columns: [
      col('SKU', 'text', 'input', 'prices[].sku'),
      col('Tier', 'text', 'input', 'prices[].tier'),
      col('Term', 'text', 'input', 'prices[].term'),
      col('Product', 'text', 'formula'),
      col('Shape', 'text', 'formula'),
      col('List price', 'money', 'input', 'prices[].listPrice'),
      col('Price ladder', 'text', 'input', 'prices[].ladder'),
      col('Package size', 'number', 'input', 'prices[].packageSize'),
      col('Included units', 'number', 'input', 'prices[].includedUnits'),
      col('Platform fee', 'money', 'input', 'prices[].platformFee'),
      col('Minimum charge', 'money', 'input', 'prices[].minimumCharge'),
      col('Reads as', 'text', 'formula'),
      col('Key', 'text', 'formula'),
    ],
    rows: entries.map((p, r) => {
      const c = (h: PriceShapeColumn): string => tableCell({ at }, r, SHAPE_COL[h]);
      const shape = shapeOf.get(p.sku) ?? 'per-unit';
      return [
        text(p.sku),
        text(p.tier),
        text(p.term),
        formula(`=IFERROR(INDEX(${products.names},MATCH(${c('SKU')},${products.skus},0)),"")`, indexModel(model).products.get(p.sku)?.name ?? ''),
        formula(`=IFERROR(INDEX(${products.shapes},MATCH(${c('SKU')},${products.skus},0))&"","")`, shape),
        // A tiered entry's list price is unused (0 by default): blank.
        shape === 'tiered' && p.listPrice === 0 ? numOrBlank(undefined) : numOrBlank(p.listPrice),
        textOrBlank(p.ladder),
        numOrBlank(p.packageSize),
        numOrBlank(p.includedUnits),
        numOrBlank(p.platformFee),
        numOrBlank(p.minimumCharge),
        formula(`=${readsAsFormula(model, at, r, products, bands)}`, entryWords(model, p)),
        formula(`=${c('SKU')}&"|"&${c('Tier')}&"|"&${c('Term')}`, entryKey(p)),
      ];
    }),
  };
  const refs = Object.fromEntries(PRICE_SHAPE_COLUMNS.map((h) => [h, on(ctx, 'priceBook', columnRange(table, SHAPE_COL[h]))])) as Record<PriceShapeColumn, string>;
  return { table, refs, rowOf: new Map(entries.map((p, i) => [entryKey(p), i])) };
}
