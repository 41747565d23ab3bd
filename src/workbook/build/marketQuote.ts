/**
 * A quote priced in a market (quote.market) on the Quote sheet. Product lines are priced from the
 * market's prices: the Quote sheet is built on the market's model (its rounding and price ending) with
 * the market's list prices and costs (marketQuotePrices.ts) and shown in the market's currency; a bundle
 * picked on a line of such a quote shows #N/A (the workbook derives no market bundle allocations).
 * A quote in a market with bundle lines, or lines of products not priced per unit, is refused as a whole: the Quote sheet keeps its lines (inputs,
 * read back as ever) and shows #N/A in every figure, with a note naming the market and where its
 * figures are (the task pane and `tiercraft validate`), and the Checks sheet leaves its lines out.
 */
import { marketRounding } from '../../engine/markets/marketPrice';
import { currencyFormat } from '../formats';
import type { CellFormat, CellSpec, LooseCellSpec, TableSpec } from '../spec';
import { formula, loose, tableCell, text } from './cells';
import type { BuildContext } from './context';
import { isPerUnit } from './priceShapes';
import { QUOTE_INPUTS, type QuoteRefs } from './quote';
import { WATERFALL_COLUMNS } from './waterfall';

/** What a refused figure shows, as the spreadsheet caches it. */
const REFUSED = '#N/A';
const refuse = (c: CellSpec): CellSpec => (c.kind === 'formula' ? formula('=NA()', REFUSED) : c);
const refuseTable = (t: TableSpec): TableSpec => ({ ...t, rows: t.rows.map((r) => r.map(refuse)) });

/**
 * True when the quote names a market and holds a bundle line or a line of a product not priced per unit
 * (the Markets sheet derives list prices only, not a market's price ladders, fees and minimums): its
 * figures are then refused on the Quote sheet.
 */
export const quoteRefused = (ctx: BuildContext): boolean =>
  ctx.model.quote.market !== undefined && ctx.model.quote.lines.some((l) => 'bundle' in l.item || !isPerUnit(ctx.model, l.item.sku));

/** The money format and minor units of a quote priced in its market (undefined when it names none). */
export function quoteMarketMoney(ctx: BuildContext): { readonly format: CellFormat; readonly minorUnits: number } | undefined {
  const market = ctx.model.markets.find((m) => m.id === ctx.model.quote.market);
  if (market === undefined) return undefined;
  const { minorUnits } = marketRounding(ctx.model, market);
  return { format: currencyFormat(market.currency, minorUnits), minorUnits };
}

/** A table's money columns in `money`, cell by cell (its own cell formats kept, first). */
export const moneyColumnsIn = (t: TableSpec, money: CellFormat): TableSpec['cellFormats'] => [
  ...(t.cellFormats ?? []),
  ...t.columns.flatMap((c, k) => (c.format === 'money' ? t.rows.map((_, r) => ({ row: r, col: k, format: money })) : [])),
];

/**
 * The Quote sheet of a quote priced in its market: money in the market's currency, and a bundle picked
 * on a line shows #N/A rather than a reference-currency bundle price.
 */
export function marketPricedQuote(ctx: BuildContext, quote: QuoteRefs): QuoteRefs {
  const market = ctx.model.markets.find((m) => m.id === ctx.model.quote.market);
  const marketMoney = quoteMarketMoney(ctx);
  if (market === undefined || marketMoney === undefined) return quote;
  const money = marketMoney.format;
  const inMarket = (f: CellFormat): CellFormat => (f === 'money' ? money : f);
  const at = (w: (typeof WATERFALL_COLUMNS)[number]): number => QUOTE_INPUTS.length + WATERFALL_COLUMNS.indexOf(w);
  const listCols = new Set([at('List unit price'), at('List (exact)')]);
  // A bundle, or a product not priced per unit, picked on a spare line has no market price here.
  const unpriced = (r: number): string => {
    const shape = tableCell(quote.lines, r, at('Shape'));
    return `OR(${tableCell(quote.lines, r, at('Kind'))}="bundle",AND(${shape}<>"",${shape}<>"per-unit"))`;
  };
  const lines: TableSpec = {
    ...quote.lines,
    rows: quote.lines.rows.map((row, r) => row.map((c, k) => (listCols.has(k) && c.kind === 'formula' ? formula(`=IF(${unpriced(r)},NA(),${c.formula.slice(1)})`, c.result) : c))),
  };
  const withFormats = (t: TableSpec): TableSpec => ({ ...t, cellFormats: moneyColumnsIn(t, money) });
  const cells: LooseCellSpec[] = quote.sheet.cells.map((c) =>
    c.at.row === 1 && c.at.col === 0 ? loose(c.at, text(`Priced in market "${market.id}" (${market.currency}) from the Markets sheet's prices: pick a product, term, tier, channel and level on each line; bundles and products not priced per unit are priced in ${ctx.model.currency} only, so such a line shows #N/A.`), 'note', 'text') : { ...c, format: inMarket(c.format) },
  );
  const linesOut = withFormats(lines);
  const configurations = withFormats(quote.configurations);
  return {
    ...quote,
    lines: linesOut,
    configurations,
    sheet: { ...quote.sheet, cells, tables: quote.sheet.tables.map((t) => (t.name === linesOut.name ? linesOut : t.name === configurations.name ? configurations : t)) },
  };
}

export function refuseMarketQuote(ctx: BuildContext, quote: QuoteRefs): QuoteRefs {
  const id = ctx.model.quote.market;
  if (id === undefined) return quote;
  const market = ctx.model.markets.find((m) => m.id === id);
  const note = `This quote is in market "${id}"${market ? ` (${market.currency})` : ''}: the workbook prices quotes in ${ctx.model.currency} only, so its figures show #N/A here. The task pane and tiercraft validate price it in the market; the Markets sheet shows the market's prices.`;
  const lines = refuseTable(quote.lines);
  const configurations = refuseTable(quote.configurations);
  const commitment = refuseTable(quote.commitment);
  const refused = new Map([lines, configurations, commitment].map((t) => [t.name, t]));
  const cells: LooseCellSpec[] = quote.sheet.cells.map((c) =>
    c.at.row === 1 && c.at.col === 0 ? loose(c.at, text(note), 'note', 'text') : c.cell.kind === 'formula' ? { ...c, cell: refuse(c.cell) } : c,
  );
  return {
    ...quote,
    lines,
    configurations,
    commitment,
    figures: quote.figures.map(() => null),
    sheet: { ...quote.sheet, cells, tables: quote.sheet.tables.map((t) => refused.get(t.name) ?? t) },
  };
}
