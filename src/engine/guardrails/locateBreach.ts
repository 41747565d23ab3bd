/**
 * Every breach of a model and its quote (the errors first), and the cell each one is about in a
 * workbook that lays the model out in tables: the row of its table ("quote.lines[1]" → the second row
 * of the quote's lines). The task pane's Checks list and the command line report the same breaches
 * at the same cells. The layout is described structurally, so the engine stays free of the workbook.
 */
import type { Model } from '../model/schema';
import { marketGuardrailBreaches } from '../markets/marketGuardrails';
import { priceCorridorBreaches } from '../markets/priceCorridor';
import { checkModel } from './checkModel';
import { checkQuote } from './checkQuote';
import type { Breach } from './types';

/** A table's data cell: only text cells are matched (the sku and tier of a price row). */
export interface LaidOutCell {
  readonly kind: string;
  readonly value?: unknown;
}

export interface LaidOutTable {
  readonly name: string;
  /** Top-left cell of the header row, 0-based. */
  readonly at: { readonly row: number; readonly col: number };
  readonly rows: readonly (readonly LaidOutCell[])[];
}

export interface WorkbookLayout {
  readonly sheets: readonly { readonly name: string; readonly tables: readonly LaidOutTable[] }[];
}

export interface BreachCell {
  readonly sheet: string;
  /** A1 address, e.g. "D7". */
  readonly address: string;
}

/**
 * The breaches of each model already checked. The task pane checks each model it shows, and the History
 * record of a build compares the model built with the one built before (compareModels): both were
 * checked when the pane showed them, and for a 1,000-product model each check prices every route of
 * 9,000 prices (some hundreds of milliseconds). Models are never changed once loaded, and the list is
 * frozen, so that no caller can change what the next one is given.
 */
const checked = new WeakMap<Model, readonly Breach[]>();

/**
 * Every breach the guardrails find in the model, in each of its markets (and the price corridor between
 * them) and in its quote (priced in its market), the errors before the warnings.
 */
export function modelBreaches(model: Model): readonly Breach[] {
  const known = checked.get(model);
  if (known !== undefined) return known;
  const breaches = [...checkModel(model), ...marketGuardrailBreaches(model), ...priceCorridorBreaches(model), ...checkQuote(model)];
  const ordered = Object.freeze([...breaches.filter((b) => b.severity === 'error'), ...breaches.filter((b) => b.severity !== 'error')]);
  checked.set(model, ordered);
  return ordered;
}

const letters = (col: number): string => {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** Column of the Price in the MarketPrices table (src/workbook/build/markets.ts MARKET_PRICE_COLUMNS). */
const MARKET_PRICE_COL = 9;

const TABLES: Readonly<Record<string, string>> = {
  markets: 'Markets', ladders: 'Ladders', terms: 'Terms', products: 'Products', bundles: 'Bundles', levels: 'PartnerLevels', channels: 'Channels', personas: 'Personas', tiers: 'Tiers',
};

/** "ladders[0].bands[2]" → ["ladders", 0, "bands", 2]; text after the path (a route) is ignored. */
function segmentsOf(path: string): (string | number)[] {
  const head = path.split(' ')[0] ?? '';
  return [...head.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

const textOf = (cell: LaidOutCell | undefined): string | undefined => (cell?.kind === 'text' && typeof cell.value === 'string' ? cell.value : undefined);
const priceKey = (sku: string | undefined, tier: string | undefined): string => JSON.stringify([sku, tier]);

/**
 * A locator for many breaches of one model and layout: the tables, the price rows by sku and tier and
 * each ladder's first band are looked up once, so that locating every breach takes linear time.
 */
export function breachLocator(model: Model, layout: WorkbookLayout): (path: string) => BreachCell | undefined {
  const tables = new Map<string, { sheet: string; table: LaidOutTable }>();
  for (const sheet of layout.sheets) for (const table of sheet.tables) if (!tables.has(table.name)) tables.set(table.name, { sheet: sheet.name, table });
  const priceRows = new Map<string, number>();
  tables.get('Prices')?.table.rows.forEach((r, i) => {
    const key = priceKey(textOf(r[0]), textOf(r[1]));
    if (!priceRows.has(key)) priceRows.set(key, i);
  });
  // Entries of products not priced per unit stand in the PriceShapes table, a row per sku, tier and term.
  const shapeRows = new Map<string, number>();
  tables.get('PriceShapes')?.table.rows.forEach((r, i) => {
    const key = JSON.stringify([textOf(r[0]), textOf(r[1]), textOf(r[2])]);
    if (!shapeRows.has(key)) shapeRows.set(key, i);
  });
  const marketRows = new Map<string, number>();
  tables.get('MarketPrices')?.table.rows.forEach((r, i) => {
    const key = JSON.stringify([textOf(r[0]), textOf(r[2]), textOf(r[3]), textOf(r[4])]);
    if (!marketRows.has(key)) marketRows.set(key, i);
  });
  const firstBand: number[] = [];
  model.ladders.reduce((before, l) => (firstBand.push(before), before + l.bands.length), 0);
  const rowOf = (tableName: string, row: number | undefined, col = 0): BreachCell | undefined => {
    const found = tables.get(tableName);
    if (!found || row === undefined || row < 0 || row >= found.table.rows.length) return undefined;
    return { sheet: found.sheet, address: `${letters(found.table.at.col + col)}${found.table.at.row + 2 + row}` };
  };
  // A market's row: its Price cell (MarketPrices: Market, Kind, Item, Tier, Term, …, Price in the tenth column).
  const marketPriceOf = (market: number, sub: string | number | undefined, index: number | string | undefined, term: string | undefined): BreachCell | undefined => {
    const id = model.markets[market]?.id;
    const price = sub === 'prices' && typeof index === 'number' ? model.prices[index] : undefined;
    const bundle = sub === 'bundles' && typeof index === 'number' ? model.bundles[index] : undefined;
    const key = price ? [id, price.sku, price.tier, price.term] : bundle ? [id, bundle.id, bundle.tier, term] : undefined;
    return key ? rowOf('MarketPrices', marketRows.get(JSON.stringify(key)), MARKET_PRICE_COL) : undefined;
  };
  const locate = (path: string): BreachCell | undefined => {
    const [section, index, sub, subIndex] = segmentsOf(path);
    if (section === 'markets' && typeof index === 'number') {
      if (sub === 'prices' || sub === 'bundles') return marketPriceOf(index, sub, subIndex, /\.pricing\.prices\.(.+)$/.exec(path)?.[1]);
      // A market's ladder band or term is the reference's: located where the reference shows it.
      return locate(path.replace(/^markets\[\d+\]\./, ''));
    }
    if (section === 'quote' && index === 'lines' && typeof sub === 'number') return rowOf('QuoteLines', sub);
    if (typeof index !== 'number') return undefined;
    if (section === 'ladders' && sub === 'bands' && typeof subIndex === 'number') {
      const first = firstBand[index];
      return first === undefined ? undefined : rowOf('Bands', first + subIndex);
    }
    if (section === 'prices') {
      const price = model.prices[index];
      if (price === undefined) return undefined;
      const shaped = shapeRows.get(JSON.stringify([price.sku, price.tier, price.term]));
      return shaped !== undefined ? rowOf('PriceShapes', shaped) : rowOf('Prices', priceRows.get(priceKey(price.sku, price.tier)));
    }
    const table = typeof section === 'string' ? TABLES[section] : undefined;
    return table ? rowOf(table, index) : undefined;
  };
  return locate;
}

/** The cell a breach is about, when the layout shows it (for many breaches, use breachLocator). */
export function locateBreach(model: Model, layout: WorkbookLayout, path: string): BreachCell | undefined {
  return breachLocator(model, layout)(path);
}
