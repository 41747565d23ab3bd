/**
 * Cross-reference checks of markets: unique ids, the quote's market, and each override naming a known
 * SKU, tier and term of an entry in the price book, once.
 *
 * A market in the model's own currency is allowed (a regional price book with its own factor or price
 * endings); a rate other than 1 between a currency and itself is warned about.
 */
import { marketMessages as mm } from '../markets/messages';
import { overrideKey } from '../markets/marketModel';
import { type IssueLog } from './issues';
import type { Model } from './schema';
import { type Ids, indexIds, priceKey, ref } from './validateCatalog';

export function validateMarkets(log: IssueLog, model: Model, ids: Ids): void {
  const markets = indexIds(log, model.markets, 'markets', (x) => x.id, 'market');
  ref(log, markets, 'quote.market', model.quote.market, 'market');
  if (model.markets.length === 0) return;
  const priced = new Set(model.prices.map((p) => priceKey(p.sku, p.tier, p.term)));
  const shapes = new Map(model.products.map((p) => [p.sku, p.shape]));
  model.markets.forEach((market, i) => {
    const path = `markets[${i}]`;
    if (market.currency === model.currency && market.rate !== 1) log.warn(`${path}.currency`, mm.referenceCurrency(market.currency), market.currency);
    const seen = new Map<string, string>();
    market.overrides.forEach((o, j) => {
      const opath = `${path}.overrides[${j}]`;
      const known = [
        ref(log, ids.products, `${opath}.sku`, o.sku, 'product'),
        ref(log, ids.tiers, `${opath}.tier`, o.tier, 'tier'),
        ref(log, ids.terms, `${opath}.term`, o.term, 'term'),
      ].every(Boolean);
      const first = seen.get(overrideKey(o));
      if (first !== undefined) log.error(opath, mm.duplicateOverride(o.sku, o.tier, o.term, first), o);
      else seen.set(overrideKey(o), opath);
      if (known && !priced.has(priceKey(o.sku, o.tier, o.term))) log.error(opath, mm.overrideNotInPriceBook(o.sku, o.tier, o.term), o);
      else if (known && shapes.get(o.sku) === 'tiered') log.warn(`${opath}.listPrice`, mm.overrideOnTiered(o.sku), o.listPrice);
    });
  });
}
