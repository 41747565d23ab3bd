/**
 * The price book of the quote's market, laid out as the Price book's Prices table is (a row per SKU and
 * tier, a column per term), and the products' unit costs at the market's exchange rate: the Quote sheet
 * looks its list prices and costs up here instead of in the Price book when the quote names a market,
 * with the same lookups (lookups.ts), so its waterfall is the engine's priceQuote in the market. Each
 * price reads the MarketPrices table's Price for the quote's market ("" where the market has none).
 * Empty when the quote names no market.
 */
import type { Model } from '../../engine';
import { marketModel } from '../../engine/markets/marketModel';
import type { TableSpec } from '../spec';
import { col, columnRange, formula, tableCell, text } from './cells';
import { type BuildContext, on, place, uniqueHeaders } from './context';
import { type MarketsRefs, priceCol } from './markets';
import type { PriceBookRefs } from './priceBook';

export interface QuoteMarketTables {
  readonly prices: TableSpec;
  readonly costs: TableSpec;
  /** The Price book's references with the list prices and unit costs of the quote's market. */
  readonly pb: PriceBookRefs | null;
}

export function quoteMarketTables(ctx: BuildContext, pb: PriceBookRefs, markets: Pick<MarketsRefs, 'markets' | 'prices'>, col0: number): QuoteMarketTables {
  const { model } = ctx;
  const id = model.quote.market;
  const market = id === undefined ? undefined : model.markets.find((m) => m.id === id);
  const inMarket: Model | undefined = market === undefined ? undefined : marketModel(model, market.id);
  const marketPrices = new Map((inMarket?.prices ?? []).map((p) => [`${p.sku}\u0000${p.tier}\u0000${p.term}`, p.listPrice]));
  const pricesAt = place(ctx, 'QuoteMarketPrices', { row: pb.prices.at.row, col: col0 });
  const mp = (c: Parameters<typeof priceCol>[0]): string => columnRange(markets.prices, priceCol(c));
  const quoteMarket = `"${(id ?? '').replace(/"/g, '""')}"`;
  const prices: TableSpec = {
    name: 'QuoteMarketPrices',
    at: pricesAt,
    style: 'TableStyleLight9',
    caption: `The quote's market${market ? ` (${market.id}, ${market.currency})` : ''}: list prices`,
    columns: [col('SKU', 'text', 'label'), col('Tier', 'text', 'label'), ...uniqueHeaders(model.terms, ['SKU', 'Tier']).map((h) => col(h, 'number', 'formula'))],
    rows:
      inMarket === undefined
        ? []
        : pb.prices.rows.map((row, r) => {
            const sku = row[0]?.kind === 'text' ? row[0].value : '';
            const tier = row[1]?.kind === 'text' ? row[1].value : '';
            return [
              text(sku),
              text(tier),
              ...model.terms.map((t, k) => {
                const criteria = `${mp('Market')},${quoteMarket},${mp('Kind')},"product",${mp('Item')},${tableCell({ at: pricesAt }, r, 0)},${mp('Tier')},${tableCell({ at: pricesAt }, r, 1)},${mp('Term')},${on(ctx, 'priceBook', tableCell(pb.terms, k, 0, true))}`;
                const price = marketPrices.get(`${sku}\u0000${tier}\u0000${t.id}`);
                return formula(`=IF(COUNTIFS(${criteria})=0,"",SUMIFS(${mp('Price')},${criteria}))`, price ?? '');
              }),
            ];
          }),
  };
  const costsAt = place(ctx, 'QuoteMarketCosts', { row: pb.prices.at.row, col: pricesAt.col + prices.columns.length + 1 });
  const rate = `INDEX(${columnRange(markets.markets, 3)},MATCH(${quoteMarket},${columnRange(markets.markets, 0)},0))`;
  const costs: TableSpec = {
    name: 'QuoteMarketCosts',
    at: costsAt,
    style: 'TableStyleLight9',
    caption: "The quote's market: unit costs at the exchange rate",
    columns: [col('SKU', 'text', 'label'), col('Unit cost', 'number', 'formula')],
    rows:
      inMarket === undefined
        ? []
        : model.products.map((p, r) => [text(p.sku), formula(`=${on(ctx, 'priceBook', tableCell(pb.products, r, 4, true))}*${rate}`, inMarket.products[r]?.unitCost ?? 0)]),
  };
  const termCols = `${columnRange(prices, 2).split(':')[0] ?? ''}:${columnRange(prices, 1 + Math.max(1, model.terms.length)).split(':')[1] ?? ''}`;
  return {
    prices,
    costs,
    pb: inMarket === undefined ? null : { ...pb, ref: { ...pb.ref, matrix: on(ctx, 'markets', termCols), productCosts: on(ctx, 'markets', columnRange(costs, 1)) } },
  };
}
