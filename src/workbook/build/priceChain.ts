/**
 * The steps of the price waterfall as formula text (no '='), shared by the line waterfall
 * (waterfall.ts) and the route margins (routeMargins.ts), so both compute a price the same way: the
 * engine's exactCore. P: list unit price, Q: quantity, W: rate-weighted units, t: term discount.
 */
import type { Model } from '../../engine/model/schema';
import { roundMoneyFormula } from './rounding';

export interface CustomerChain {
  readonly afterVolume: string;
  readonly afterTerm: string;
  /**
   * The customer price before any price ending, for a negotiated discount and a special bid (vendor
   * funded): list basis AT − E × d − E × s; compound basis AT × (1 − d) × (1 − s).
   */
  readonly beforeEndingFor: (discount: string, specialBid?: string) => string;
  /** The customer price (exact) for a negotiated discount and special bid; a price ending or step snaps the customer unit price. */
  readonly customerFor: (discount: string, specialBid?: string) => string;
  /** The customer price (exact) from a price before any ending (an expression, e.g. a cell). */
  readonly customerOf: (beforeEnding: string) => string;
  /** The published price partner-funded buy prices start from: the chain without the negotiated discount. */
  readonly publishedFor: (specialBid?: string) => string;
}

const none = (rate: string | undefined): boolean => rate === undefined || rate === '0';

/**
 * A shaped line (`shaped`: its extended list `ext`, exact, and a condition true for a shaped line) starts
 * from its charge instead of P × Q, and no price ending snaps it.
 */
export function customerChain(model: Model, P: string, Q: string, W: string, t: string, shaped?: { readonly ext: string; readonly when: string }): CustomerChain {
  const compound = model.discountBasis === 'compound';
  const ext = shaped === undefined ? `${P}*${Q}` : shaped.ext;
  const afterVolume = `(${ext}-${P}*${W})`;
  const afterTerm = compound ? `${afterVolume}*(1-${t})` : `(${afterVolume}-${ext}*${t})`;
  const less = (before: string, rate: string | undefined): string => (none(rate) ? before : compound ? `${before}*(1-${rate})` : `(${before}-${ext}*${rate})`);
  const beforeEndingFor = (discount: string, specialBid?: string): string => less(compound ? `${afterTerm}*(1-${discount})` : `(${afterTerm}-${ext}*${discount})`, specialBid);
  const publishedFor = (specialBid?: string): string => less(afterTerm, specialBid);
  // A price ending or step snaps the customer unit price (to 6 more decimals) to the nearest k·step − (1 − ending).
  const customerOf = (beforeEnding: string): string => {
    const { ending, step } = model.rounding;
    if (ending === undefined && step === undefined) return beforeEnding;
    const s = step ?? 1;
    const offset = ending === undefined || ending === 0 ? 0 : 1 - ending;
    const unit = roundMoneyFormula(model, `${beforeEnding}/${Q}`, model.rounding.minorUnits + 6);
    const k = `MAX(ROUND((${unit}+${offset})/${s},0),${Math.floor(offset / s) + 1})`;
    const snapped = `((${k})*${s}-${offset})*${Q}`;
    return shaped === undefined ? snapped : `IF(${shaped.when},${beforeEnding},${snapped})`;
  };
  const customerFor = (discount: string, specialBid?: string): string => customerOf(beforeEndingFor(discount, specialBid));
  return { afterVolume, afterTerm, beforeEndingFor, customerFor, customerOf, publishedFor };
}

/** The funding the model gives a channel without one: list basis → vendor, compound → compound. */
export const defaultFunding = (model: Pick<Model, 'discountBasis'>): 'vendor' | 'compound' => (model.discountBasis === 'compound' ? 'compound' : 'vendor');

/**
 * The reseller's and the distributor's buy price (exact) by the line's funding (an expression giving
 * "vendor", "partner" or "compound"):
 *   vendor:   reseller = C − E × r;    distributor = reseller − E × dd
 *   partner:  reseller = Pub − E × r;  distributor = reseller − E × dd   (Pub: the published price)
 *   compound: reseller = C × (1 − r);  distributor = reseller × (1 − dd)
 * Written so that each price before names the price it starts from once (× 1 and − 0 are exact).
 */
export function buyChain(funding: string, customer: string, published: string, ext: string, resellerRate: string, distributorRate: string): { reseller: string; distributor: string } {
  const compound = `${funding}="compound"`;
  const step = (before: string, rate: string): string => `(${before})*IF(${compound},1-${rate},1)-IF(${compound},0,${ext}*${rate})`;
  const reseller = step(`IF(${funding}="partner",${published},${customer})`, resellerRate);
  return { reseller, distributor: step(reseller, distributorRate) };
}

/**
 * A price the engine refuses (discounts past 100% of list, list basis) is #N/A, never negative, and the
 * error carries to every figure computed from it: `shown` unless `exact` is below 0.
 */
export const refusedBelowZero = (model: Model, exact: string, shown: string): string => (model.discountBasis === 'compound' ? shown : `IF(${exact}<0,NA(),${shown})`);

/** A buy price the engine refuses (below 0 once rounded, under any funding) is #N/A. */
export const refusedBuy = (rounded: string): string => `IF(${rounded}<0,NA(),${rounded})`;
