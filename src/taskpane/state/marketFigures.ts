/**
 * What the Markets panel shows of one market, from the markets engine (never recomputed here): each
 * price-book entry's reference price, its price in the market (derived or overridden), its deviation
 * from the reference at the exchange rate, and whether that is outside the price corridor.
 */
import { marketOf, marketPriceBook, marketRounding, outsideCorridor, toNumber } from '../../engine';
import type { Model } from '../../engine/model/schema';
import { failed, type Figures } from './pricing';

export interface MarketPriceFigure {
  /** "Backup CLI · Product · Annual", or a fixed-price bundle's name. */
  readonly entry: string;
  readonly reference: number;
  readonly price: number;
  readonly overridden: boolean;
  /** price / rate / reference − 1; null when the reference price is 0. */
  readonly deviation: number | null;
  readonly outsideCorridor: boolean;
}

export interface MarketFigures {
  readonly currency: string;
  readonly minorUnits: number;
  readonly rows: readonly MarketPriceFigure[];
}

export function marketFigures(model: Model, marketId: string): Figures<MarketFigures> {
  try {
    const market = marketOf(model, marketId);
    const corridor = model.guardrails.priceCorridor;
    const name = (item: { readonly sku: string } | { readonly bundle: string }): string =>
      'sku' in item ? (model.products.find((p) => p.sku === item.sku)?.name ?? item.sku) : (model.bundles.find((b) => b.id === item.bundle)?.name ?? item.bundle);
    const label = (id: string, list: readonly { readonly id: string; readonly name: string }[]): string => list.find((x) => x.id === id)?.name ?? id;
    return {
      ok: true,
      value: {
        currency: market.currency,
        minorUnits: marketRounding(model, market).minorUnits,
        rows: marketPriceBook(model, market).map((r) => ({
          entry: `${name(r.item)} · ${label(r.tier, model.tiers)} · ${label(r.term, model.terms)}`,
          reference: toNumber(r.reference),
          price: toNumber(r.price),
          overridden: r.override !== null,
          deviation: r.deviation === null ? null : toNumber(r.deviation),
          outsideCorridor: corridor !== undefined && outsideCorridor(r, corridor),
        })),
      },
    };
  } catch (error) {
    return failed(error);
  }
}
