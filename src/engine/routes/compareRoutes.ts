/**
 * Every route to market side by side for one item, tier, term and quantity: each direct channel once,
 * each partner channel at every level, deal registered and not. Each row is the engine's priced line
 * (customer price, every party's buy and sell price, margin and pocket price) and its guardrail status.
 */
import { isPricingError } from '../errors';
import { checkQuoteLine } from '../guardrails/checkQuote';
import type { Breach } from '../guardrails/types';
import type { Channel, DiscountFunding, Model, PartnerLevel, QuoteItem } from '../model/schema';
import { pricingModel } from '../quote/priceQuote';
import { priceQuoteLine } from '../quote/priceQuoteLine';
import type { QuoteLineResult } from '../quote/types';

export interface RouteQuery {
  readonly item: QuoteItem;
  /** The price-book tier of a product; a bundle is priced in its own tier. */
  readonly tier?: string;
  readonly term: string;
  readonly quantity: number;
  /** Negotiated discount off list (default 0). */
  readonly discount?: number;
  readonly specialBid?: number;
  /** Overrides every channel's funding (default: each channel's own). */
  readonly funding?: DiscountFunding;
  /** The partner's purchases in the programme year (default: the model quote's). */
  readonly partnerPurchases?: number;
}

export interface RouteRow {
  readonly channel: Channel;
  readonly level: PartnerLevel | null;
  readonly dealRegistration: boolean;
  /** "Distribution · Gold · registered". */
  readonly label: string;
  /** The priced line, or null when the route cannot price it (`error` says why). */
  readonly line: QuoteLineResult | null;
  readonly error: string | null;
  readonly breaches: readonly Breach[];
  /** error: a guardrail error or no price; warning: warnings only; ok: none. */
  readonly status: 'ok' | 'warning' | 'error';
}

export const routeLabel = (channel: Channel, level: PartnerLevel | null, registered: boolean): string =>
  level === null ? channel.name : `${channel.name} · ${level.name}${registered ? ' · registered' : ''}`;

/** The routes a line can take: direct channels once, partner channels × levels × (not registered, registered). */
export interface RouteChoice {
  readonly channel: Channel;
  readonly level: PartnerLevel | null;
  readonly dealRegistration: boolean;
}

export function routeChoices(model: Model): RouteChoice[] {
  return model.channels.flatMap((channel): RouteChoice[] =>
    channel.kind === 'direct'
      ? [{ channel, level: null, dealRegistration: false }]
      : model.levels.flatMap((level) => [false, true].map((dealRegistration) => ({ channel, level, dealRegistration }))),
  );
}

export function compareRoutes(reference: Model, query: RouteQuery): RouteRow[] {
  const model = pricingModel(reference, { lines: [], partnerPurchases: query.partnerPurchases ?? reference.quote.partnerPurchases });
  return routeChoices(model).map(({ channel, level, dealRegistration }) => {
    const line = {
      item: query.item,
      tier: query.tier,
      term: query.term,
      quantity: query.quantity,
      channel: channel.id,
      level: level?.id,
      dealRegistration,
      discount: query.discount ?? 0,
      specialBid: query.specialBid ?? 0,
      funding: query.funding,
    };
    const label = routeLabel(channel, level, dealRegistration);
    let priced: QuoteLineResult;
    try {
      priced = priceQuoteLine(model, line);
    } catch (e) {
      if (!isPricingError(e)) throw e;
      return { channel, level, dealRegistration, label, line: null, error: e.message, breaches: [], status: 'error' };
    }
    const breaches = checkQuoteLine(model, line, label, priced);
    const status = breaches.some((b) => b.severity === 'error') ? 'error' : breaches.length > 0 ? 'warning' : 'ok';
    return { channel, level, dealRegistration, label, line: priced, error: null, breaches, status };
  });
}
