/**
 * The vendor's pocket price as a share of list for every item × route × level: each product in the
 * chosen tier (a bundle in its own) on the chosen term and quantity, no negotiated discount, deal not
 * registered. What finance reads to see which routes and levels keep the most of each list price.
 */
import { type Decimal, divide, isZero, normalize } from '../decimal';
import { isPricingError } from '../errors';
import { routes } from '../guardrails/checkModel';
import type { Model, QuoteItem } from '../model/schema';
import { pricingModel } from '../quote/priceQuote';
import { priceQuoteLine } from '../quote/priceQuoteLine';
import { RATE_SCALE } from '../rounding/roundMoney';
import { routeLabel } from './compareRoutes';

export interface PocketMatrix {
  readonly routes: readonly { readonly channel: string; readonly level: string | null; readonly label: string }[];
  readonly rows: readonly { readonly item: QuoteItem; readonly label: string; readonly shares: readonly (Decimal | null)[] }[];
}

export interface PocketMatrixQuery {
  readonly tier: string;
  readonly term: string;
  readonly quantity: number;
  readonly partnerPurchases?: number;
  /** The first this many items (products, then bundles) only: the cost follows the rows asked for. */
  readonly limit?: number;
}

export function pocketMatrix(reference: Model, query: PocketMatrixQuery): PocketMatrix {
  const model = pricingModel(reference, { lines: [], partnerPurchases: query.partnerPurchases ?? reference.quote.partnerPurchases });
  const all = routes(model);
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  const share = (item: QuoteItem, tier: string | undefined): (Decimal | null)[] =>
    all.map(({ channel, level }) => {
      try {
        const line = priceQuoteLine(model, { item, tier, term: query.term, quantity: query.quantity, channel: channel.id, level: level?.id });
        return isZero(line.listPrice) ? null : normalize(divide(line.vendorNet, line.listPrice, RATE_SCALE, 'halfAwayFromZero'));
      } catch (e) {
        if (!isPricingError(e)) throw e;
        return null;
      }
    });
  return {
    routes: all.map(({ channel, level }) => ({ channel: channel.id, level: level?.id ?? null, label: routeLabel(channel, level, false) })),
    rows: [
      ...model.products.slice(0, limit).map((p) => ({ item: { sku: p.sku }, label: p.sku, shares: share({ sku: p.sku }, query.tier) })),
      ...model.bundles.slice(0, Math.max(0, limit - model.products.length)).map((b) => ({ item: { bundle: b.id }, label: b.id, shares: share({ bundle: b.id }, undefined) })),
    ],
  };
}
