/**
 * A model re-expressed in one of its markets: the market's currency and rounding, every list price and
 * fixed bundle price derived from the reference (or set by an override), price ladders' unit prices
 * likewise, fees and minimums converted and rounded, partner-programme thresholds (MDF cap, rebate tiers)
 * at the rate alone, rounded, unit costs converted at the rate. Discounts,
 * channels, levels and guardrails are shares, so they stay as they are. Memoised per model and market,
 * as indexModel is, so pricing a quote in a market twice derives the market once.
 */
import { type Decimal, dec, toNumber } from '../decimal';
import { PricingError } from '../errors';
import type { Market, MarketOverride } from '../model/marketSchema';
import type { Model, PartnerLevel, Price, Quote, RoundingPolicy } from '../model/schema';
import { roundMoney } from '../rounding/roundMoney';
import { marketAmount, marketRounding, marketUnitCost, marketUnitPrice } from './marketPrice';
import { marketMessages as m } from './messages';

const cache = new WeakMap<Model, Map<string, Model>>();

export const overrideKey = (o: Pick<MarketOverride, 'sku' | 'tier' | 'term'>): string => `${o.sku}\u0000${o.tier}\u0000${o.term}`;

/**
 * The market's overrides by entry, at its minor unit (a price typed with more decimals is rounded like
 * any other); the first of duplicates counts (validation reports the others).
 */
export function overridesOf(market: Market, rounding: Pick<RoundingPolicy, 'minorUnits' | 'mode'>): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const o of market.overrides) if (!out.has(overrideKey(o))) out.set(overrideKey(o), roundMoney(dec(o.listPrice), rounding.minorUnits, rounding.mode));
  return out;
}

/** The market with this id, or a 'not-found' PricingError naming it. */
export function marketOf(model: Model, marketId: string): Market {
  const market = model.markets.find((x) => x.id === marketId);
  if (market === undefined) throw new PricingError('not-found', m.unknownMarket(marketId), 'market');
  return market;
}

function derivedPrice(p: Price, market: Market, rounding: RoundingPolicy, overrides: ReadonlyMap<string, Decimal>): Price {
  const amount = (v: number | undefined): number | undefined => (v === undefined ? undefined : toNumber(marketAmount(dec(v), market, rounding)));
  const out: Price = { ...p, listPrice: toNumber(overrides.get(overrideKey(p)) ?? marketUnitPrice(dec(p.listPrice), market, rounding)) };
  const platformFee = amount(p.platformFee);
  const minimumCharge = amount(p.minimumCharge);
  if (platformFee !== undefined) out.platformFee = platformFee;
  if (minimumCharge !== undefined) out.minimumCharge = minimumCharge;
  return out;
}

function derive(model: Model, market: Market): Model {
  const rounding = marketRounding(model, market);
  const overrides = overridesOf(market, rounding);
  const unit = (v: number): number => toNumber(marketUnitPrice(dec(v), market, rounding));
  return {
    ...model,
    currency: market.currency,
    rounding,
    products: model.products.map((p) => ({ ...p, unitCost: toNumber(marketUnitCost(dec(p.unitCost), market)) })),
    prices: model.prices.map((p) => derivedPrice(p, market, rounding, overrides)),
    priceLadders: model.priceLadders.map((l) => ({
      ...l,
      bands: l.bands.map((b) => ({ ...b, unitPrice: unit(b.unitPrice), flatFee: toNumber(marketAmount(dec(b.flatFee), market, rounding)) })),
    })),
    bundles: model.bundles.map((b) =>
      b.pricing.kind === 'fixed' ? { ...b, pricing: { kind: 'fixed', prices: Object.fromEntries(Object.entries(b.pricing.prices).map(([term, price]) => [term, unit(price)])) } } : b,
    ),
    // A partner's programme thresholds are money but not prices: at the rate alone, to the minor unit (the rates are shares).
    levels: model.levels.map((l) => {
      const threshold = (v: number): number => toNumber(roundMoney(marketUnitCost(dec(v), market), rounding.minorUnits, rounding.mode));
      const out: PartnerLevel = { ...l };
      if (l.mdfCap !== undefined) out.mdfCap = threshold(l.mdfCap);
      if (l.rebateTiers !== undefined) out.rebateTiers = l.rebateTiers.map((t) => ({ ...t, from: threshold(t.from) }));
      return out;
    }),
    // A market's model has no markets of its own; its quote is the model's, already in this market.
    markets: [],
    quote: quoteWithoutMarket(model.quote),
  };
}

/** The model in market `marketId` (a 'not-found' PricingError for an unknown market). */
export function marketModel(model: Model, marketId: string): Model {
  let byMarket = cache.get(model);
  if (byMarket === undefined) {
    byMarket = new Map();
    cache.set(model, byMarket);
  }
  let derived = byMarket.get(marketId);
  if (derived === undefined) {
    derived = derive(model, marketOf(model, marketId));
    byMarket.set(marketId, derived);
  }
  return derived;
}

function quoteWithoutMarket(quote: Quote): Quote {
  const out: Quote = { ...quote };
  delete out.market;
  return out;
}

/** The model the quote is priced on: its market's, or the model itself when the quote names none. */
export const quoteModel = (model: Model, quote: { readonly market?: string } = model.quote): Model =>
  quote.market === undefined ? model : marketModel(model, quote.market);
