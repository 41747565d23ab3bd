/**
 * The price corridor (rule 'price-corridor', an error): in the reference currency, a market's price may
 * differ from the reference price by at most the corridor, so that no one buys cheap in one market to
 * resell in another. Checked for every market, every price-book entry and fixed bundle price with a
 * reference price above 0. Path: "markets[0].prices[3]" or "markets[0].bundles[1].pricing.prices.annual".
 */
import type { Breach } from '../guardrails/types';
import type { Model } from '../model/schema';
import { roundMoney } from '../rounding/roundMoney';
import { marketRounding } from './marketPrice';
import { type MarketPriceRow, marketPriceBook, outsideCorridor } from './marketPriceBook';
import { marketMessages as m } from './messages';

/** How a row is named in messages: `"BK-CLI" in tier "product" for term "annual"`. */
export const marketRowText = (r: Pick<MarketPriceRow, 'item' | 'tier' | 'term'>): string =>
  'sku' in r.item ? `"${r.item.sku}" in tier "${r.tier}" for term "${r.term}"` : `bundle "${r.item.bundle}" (tier "${r.tier}") for term "${r.term}"`;

/** The model path of a market row: the market's index, then the reference entry's path. */
export const marketRowPath = (marketIndex: number, r: Pick<MarketPriceRow, 'referencePath'>): string => `markets[${marketIndex}].${r.referencePath}`;

export function priceCorridorBreaches(model: Model): Breach[] {
  const corridor = model.guardrails.priceCorridor;
  if (corridor === undefined) return [];
  return model.markets.flatMap((market, i) =>
    marketPriceBook(model, market)
      .filter((r) => outsideCorridor(r, corridor))
      .map((r): Breach => ({
        rule: 'price-corridor',
        path: marketRowPath(i, r),
        severity: 'error',
        message: m.corridor(market.id, marketRowText(r), roundMoney(r.price, marketRounding(model, market).minorUnits), market.currency, roundMoney(r.inReference, model.rounding.minorUnits, model.rounding.mode), roundMoney(r.reference, model.rounding.minorUnits), model.currency, r.deviation ?? r.price, corridor),
      })),
  );
}
