/**
 * The steps of the price waterfall as formula text (no '='), shared by the line waterfall
 * (waterfall.ts) and the route margins (routeMargins.ts), so both compute a price the same way: the
 * engine's partyPrices. P: list unit price, Q: quantity, W: rate-weighted units, t: term discount.
 */
import type { Model } from '../../engine/model/schema';
import { roundMoneyFormula } from './rounding';

export interface CustomerChain {
  readonly afterVolume: string;
  readonly afterTerm: string;
  /** The customer price before any price ending, for a negotiated discount. */
  readonly beforeEndingFor: (discount: string) => string;
  /** The customer price (exact) for a negotiated discount; a price ending or step snaps the customer unit price. */
  readonly customerFor: (discount: string) => string;
  /** The customer price (exact) from a price before any ending (an expression, e.g. a cell). */
  readonly customerOf: (beforeEnding: string) => string;
}

/**
 * A shaped line (`shaped`: its extended list `ext`, exact, and a condition true for a shaped line) starts
 * from its charge instead of P × Q, and no price ending snaps it.
 */
export function customerChain(model: Model, P: string, Q: string, W: string, t: string, shaped?: { readonly ext: string; readonly when: string }): CustomerChain {
  const compound = model.discountBasis === 'compound';
  const ext = shaped === undefined ? `${P}*${Q}` : shaped.ext;
  const afterVolume = `(${ext}-${P}*${W})`;
  const afterTerm = compound ? `${afterVolume}*(1-${t})` : `(${afterVolume}-${ext}*${t})`;
  const beforeEndingFor = (discount: string): string => (compound ? `${afterTerm}*(1-${discount})` : `(${afterTerm}-${ext}*${discount})`);
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
  const customerFor = (discount: string): string => customerOf(beforeEndingFor(discount));
  return { afterVolume, afterTerm, beforeEndingFor, customerFor, customerOf };
}

/** The reseller's and the distributor's buy price (exact) from the exact customer price and the extended list. */
export function buyChain(model: Model, customer: string, ext: string, resellerRate: string, distributorRate: string): { reseller: string; distributor: string } {
  return model.discountBasis === 'compound'
    ? { reseller: `${customer}*(1-${resellerRate})`, distributor: `${customer}*(1-${resellerRate})*(1-${distributorRate})` }
    : { reseller: `${customer}-${ext}*${resellerRate}`, distributor: `${customer}-${ext}*${resellerRate}-${ext}*${distributorRate}` };
}

/**
 * A price the engine refuses (discounts past 100% of list, list basis) is #N/A, never negative, and the
 * error carries to every figure computed from it: `shown` unless `exact` is below 0.
 */
export const refusedBelowZero = (model: Model, exact: string, shown: string): string => (model.discountBasis === 'compound' ? shown : `IF(${exact}<0,NA(),${shown})`);
