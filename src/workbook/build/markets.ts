/**
 * Markets sheet: the markets (inputs: currency, exchange rate, factor, minor unit, price ending and
 * step) and, for every market and every price-book entry and fixed bundle price, its price in the
 * market as live formulas: the reference price (from the Price book or the Bundles sheet), converted
 * at rate × factor, derived (rounded and snapped, marketFormulas.ts), the override (an input, blank when
 * none), the price, the price back in the reference currency, its deviation and the price corridor's
 * verdict. Prices show in the market's currency. The engine's figures (src/engine/markets) are the
 * formulas' cached results.
 */
import { type MarketPriceRow, marketPriceBook, marketRounding, outsideCorridor, toNumber } from '../../engine';
import type { Market } from '../../engine/model/marketSchema';
import { currencyFormat } from '../formats';
import type { CellFormat, SheetSpec, TableSpec } from '../spec';
import type { BundlesRefs } from './bundles';
import { blank, col, columnRange, formula, heading, HEADER_ROW, num, numOrBlank, sheet, tableCell, text } from './cells';
import { type BuildContext, on, place } from './context';
import { guardrailCell } from './guardrailCells';
import { listPriceLookup } from './lookups';
import { convertedFormula, derivedFormula, type MarketSettingCells, roundToDigits } from './marketFormulas';
import type { PriceBookRefs } from './priceBook';
import { quoteMarketTables } from './marketQuotePrices';

export const MARKETS_COLUMNS = ['Market', 'Name', 'Currency', 'Rate', 'Factor', 'Minor units', 'Ending', 'Step'] as const;
export const MARKET_PRICE_COLUMNS = ['Market', 'Kind', 'Item', 'Tier', 'Term', 'Reference price', 'Converted', 'Derived', 'Override', 'Price', 'In reference currency', 'Deviation', 'Corridor'] as const;
type PriceColumn = (typeof MARKET_PRICE_COLUMNS)[number];
export const priceCol = (c: PriceColumn): number => MARKET_PRICE_COLUMNS.indexOf(c);

export interface MarketsRefs {
  readonly sheet: SheetSpec;
  readonly markets: TableSpec;
  readonly prices: TableSpec;
  /** Each MarketPrices row: its market's index in the model and the engine's row. */
  readonly rows: readonly { readonly market: number; readonly row: MarketPriceRow }[];
  /** The Price book's references with the quote market's prices and costs; null when the quote names no market. */
  readonly quotePb: PriceBookRefs | null;
  /**
   * A reference-currency amount (formula text) in the quote's market, as the engine converts fees and
   * programme thresholds (marketAmount: reference × rate × factor, rounded to the market's minor unit);
   * null when the quote names no market.
   */
  readonly quoteMoney: ((reference: string) => string) | null;
}

export function buildMarkets(ctx: BuildContext, pb: PriceBookRefs, bundles: BundlesRefs): MarketsRefs {
  const { model } = ctx;
  const marketsAt = place(ctx, 'Markets', { row: HEADER_ROW, col: 0 });
  const markets: TableSpec = {
    name: 'Markets',
    at: marketsAt,
    style: 'TableStyleMedium4',
    caption: 'Markets',
    columns: [
      col('Market', 'text', 'input', 'markets[].id'),
      col('Name', 'text', 'input', 'markets[].name'),
      col('Currency', 'text', 'input', 'markets[].currency'),
      col('Rate', 'number', 'input', 'markets[].rate'),
      col('Factor', 'number', 'input', 'markets[].factor'),
      col('Minor units', 'integer', 'input', 'markets[].minorUnits'),
      col('Ending', 'number', 'input', 'markets[].ending'),
      col('Step', 'number', 'input', 'markets[].step'),
    ],
    rows: model.markets.map((m: Market) => [
      text(m.id),
      text(m.name),
      text(m.currency),
      num(m.rate),
      num(m.factor),
      num(marketRounding(model, m).minorUnits),
      numOrBlank(m.ending),
      numOrBlank(m.step),
    ]),
  };
  const ids = columnRange(markets, 0);
  const setting = (market: string, k: number): string => `INDEX(${columnRange(markets, k)},MATCH(${market},${ids},0))`;
  const pricesAt = place(ctx, 'MarketPrices', { row: HEADER_ROW, col: marketsAt.col + MARKETS_COLUMNS.length + 1 });
  const corridor = guardrailCell(ctx, 'Price corridor');
  const limit = model.guardrails.priceCorridor;
  const rows = model.markets.flatMap((m, market) => marketPriceBook(model, m).map((row) => ({ market, row })));
  const formats: { row: number; col: number; format: CellFormat }[] = [];
  const moneyOf = model.markets.map((m) => currencyFormat(m.currency, marketRounding(model, m).minorUnits));
  const priceRows = rows.map(({ market, row }, r) => {
    const m = model.markets[market] as Market;
    const money = moneyOf[market] ?? 'money';
    for (const c of ['Converted', 'Derived', 'Override', 'Price'] as const) formats.push({ row: r, col: priceCol(c), format: money });
    const cell = (c: PriceColumn): string => tableCell({ at: pricesAt }, r, priceCol(c));
    const s: MarketSettingCells = { rate: setting(cell('Market'), 3), factor: setting(cell('Market'), 4), minorUnits: setting(cell('Market'), 5), ending: setting(cell('Market'), 6), step: setting(cell('Market'), 7) };
    const isProduct = 'sku' in row.item;
    const reference = isProduct
      ? listPriceLookup(pb, cell('Item'), cell('Tier'), cell('Term'))
      : `SUMIFS(${bundles.ref.fixedPrice},${bundles.ref.fixedBundle},${cell('Item')},${bundles.ref.fixedTerm},${cell('Term')})`;
    const ref = cell('Reference price');
    const price = cell('Price');
    return [
      text(m.id),
      text(isProduct ? 'product' : 'bundle'),
      text('sku' in row.item ? row.item.sku : row.item.bundle),
      text(row.tier),
      text(row.term),
      formula(`=${reference}`, toNumber(row.reference)),
      formula(`=${convertedFormula(ref, s)}`, toNumber(row.converted)),
      formula(`=${derivedFormula(model, cell('Converted'), s)}`, toNumber(row.derived)),
      row.override === null ? blank : num(toNumber(row.override)),
      formula(`=IF(${cell('Override')}="",${cell('Derived')},${roundToDigits(model, cell('Override'), s.minorUnits)})`, toNumber(row.price)),
      formula(`=${price}/${s.rate}`, toNumber(row.inReference)),
      formula(`=IF(${ref}=0,"",${price}/(${ref}*${s.rate})-1)`, row.deviation === null ? '' : toNumber(row.deviation)),
      formula(`=IF(${corridor}="","Off",IF(${cell('Deviation')}="","Pass",IF(ABS(${cell('Deviation')})>${corridor}+1E-9,"Breach","Pass")))`, limit === undefined ? 'Off' : outsideCorridor(row, limit) ? 'Breach' : 'Pass'),
    ];
  });
  const prices: TableSpec = {
    name: 'MarketPrices',
    at: pricesAt,
    style: 'TableStyleMedium2',
    caption: `Prices in each market (reference prices and the price back in ${model.currency})`,
    columns: MARKET_PRICE_COLUMNS.map((h) =>
      h === 'Override'
        ? col(h, 'money', 'input', 'markets[].overrides[].listPrice')
        : col(h, h === 'Deviation' ? 'percent' : h === 'Reference price' || h === 'In reference currency' || h === 'Converted' || h === 'Derived' || h === 'Price' ? 'money' : 'text', h === 'Market' || h === 'Kind' || h === 'Item' || h === 'Tier' || h === 'Term' ? 'label' : 'formula'),
    ),
    rows: priceRows,
    cellFormats: formats,
  };
  const quoteTables = quoteMarketTables(ctx, pb, { markets, prices }, pricesAt.col + MARKET_PRICE_COLUMNS.length + 1);
  const statusAt = { row: pricesAt.row + 1, col: pricesAt.col + priceCol('Corridor') };
  const first = tableCell({ at: pricesAt }, 0, priceCol('Corridor'));
  const priceRange = { row: pricesAt.row + 1, col: pricesAt.col + priceCol('Price') };
  return {
    markets,
    prices,
    rows,
    quotePb: quoteTables.pb,
    quoteMoney: quoteTables.pb === null ? null : quoteMoney(ctx, markets),
    sheet: sheet({
      key: 'markets',
      name: ctx.names.markets,
      tables: [markets, prices, quoteTables.prices, quoteTables.costs],
      cells: heading(
        `${model.name}: markets`,
        `Each market's prices derived from the ${model.currency} price book: reference × rate × factor, rounded to the market's minor unit and snapped to its ending and step, unless overridden. Rebuild after adding a market or a price to see its rows.`,
      ),
      tabColor: '2F75B5',
      conditionalFormats:
        rows.length === 0
          ? []
          : [
              { range: { at: statusAt, rows: rows.length, cols: 1 }, formula: `=${first}="Breach"`, style: 'breach' },
              // The price of a row outside the corridor, too: its Corridor cell, column fixed.
              { range: { at: priceRange, rows: rows.length, cols: 1 }, formula: `=$${first}="Breach"`, style: 'breach' },
            ],
    }),
  };
}

/** Qualified reference to a market row's cell, for the Checks sheet. */
export const marketPriceCell = (ctx: BuildContext, refs: Pick<MarketsRefs, 'prices'>, r: number, c: PriceColumn): string => on(ctx, 'markets', tableCell(refs.prices, r, priceCol(c), true));

/** The quote market's conversion of a reference-currency amount, over the Markets table's settings (qualified). */
function quoteMoney(ctx: BuildContext, markets: TableSpec): (reference: string) => string {
  const id = `"${(ctx.model.quote.market ?? '').replace(/"/g, '""')}"`;
  const setting = (k: number): string => `INDEX(${on(ctx, 'markets', columnRange(markets, k))},MATCH(${id},${on(ctx, 'markets', columnRange(markets, 0))},0))`;
  const s: MarketSettingCells = { rate: setting(3), factor: setting(4), minorUnits: setting(5), ending: setting(6), step: setting(7) };
  return (reference) => roundToDigits(ctx.model, convertedFormula(reference, s), s.minorUnits);
}
