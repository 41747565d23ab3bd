/**
 * The main chain of a quote line's waterfall on doubles holding whole numbers, for the common case
 * where every intermediate value stays below 2^53 (exact integer arithmetic; division rounds like
 * decimal.divideIntegers). Returns null when a value could exceed that, when the negotiated discount
 * has more decimals than the plan's rates, or when a price ending applies: the caller then takes the
 * bigint path. Both paths give identical results (see the quote and consistency specs).
 */
import type { Decimal, RoundingMode } from '../decimal';
import type { LineTerms } from './exactCore';
import type { LinePlan } from './linePlan';

const SAFE = 2 ** 53;
const P10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** n (a whole number) / 10^k rounded by mode; exact for |n| < 2^53 (the quotient's error is below 1/10^k). */
function roundN(n: number, k: number, mode: RoundingMode): number {
  if (k === 0) return n;
  const d = P10[k] as number;
  const q = Math.trunc(n / d);
  const r = n - q * d;
  if (r === 0) return q;
  const twice = (r < 0 ? -r : r) * 2;
  const away = twice > d || (twice === d && (mode === 'halfAwayFromZero' || q % 2 !== 0));
  return away ? (n < 0 ? q - 1 : q + 1) : q;
}

/** A whole number at `scale` rounded to `mu` decimals, or NaN when it would not be exact. */
function toMinor(n: number, scale: number, mu: number, mode: RoundingMode): number {
  if (scale >= mu) return roundN(n, scale - mu, mode);
  const widened = n * (P10[mu - scale] as number);
  return widened < SAFE && widened > -SAFE ? widened : NaN;
}

export interface CoreFigures {
  readonly listPrice: number;
  readonly afterVolume: number;
  readonly afterTerm: number;
  readonly customer: number;
  readonly specialBid: number;
  readonly resellerBuy: number | null;
  readonly distributorBuy: number | null;
  readonly rebate: number;
  readonly mdf: number;
  readonly coop: number;
  readonly cost: number;
}

/**
 * The common chains only: a stacked customer chain with vendor or partner funding, or a compound one
 * with compound funding and no special bid; any other line takes the bigint path.
 */
export function fastCore(plan: LinePlan, q: Decimal, W: Decimal, terms: LineTerms, mu: number, mode: RoundingMode): CoreFigures | null {
  const { d, s, list: listBasis, funding } = terms;
  if (listBasis ? funding === 'compound' : funding !== 'compound' || s.units !== 0n) return null;
  const L = plan.unitListPrice;
  const R = plan.rateScale;
  if (d.scale > R || s.scale > R || R > 6) return null;
  const f = plan.fast;
  // The ladder's money off, V = L × W, at scale sV, in units held exactly (a bigint product each line costs more).
  const V = W.units === 0n ? 0 : f.listUnits * Number(W.units);
  if (!(V < SAFE && V > -SAFE)) return null;
  const sV = W.units === 0n ? 0 : L.scale + W.scale;
  const sE = L.scale + q.scale;
  const B = sE >= sV ? sE : sV;
  if (B + 4 * R > 22 || mu > 6) return null; // every scale below stays within P10
  const one = P10[R] as number;
  const qUnits = Number(q.units);
  const E = f.listUnits * qUnits * (P10[B - sE] as number);
  // The largest magnitude of the chain: list × 10^R (list basis) or list × 10^(4R) (compound).
  const bound = E * (listBasis ? 4 * one : one * one * one * one) * (P10[mu] as number);
  if (!(bound < SAFE) || E < 0) return null;
  const AV = V === 0 ? E : E - V * (P10[B - sV] as number);
  const tR = f.term, rR = f.reseller, ddR = f.distributor;
  const dR = d.units === 0n ? 0 : Number(d.units) * (P10[R - d.scale] as number);
  const sR = s.units === 0n ? 0 : Number(s.units) * (P10[R - s.scale] as number);

  let AT: number, sAT: number, N: number, C: number, sC: number;
  if (listBasis) {
    AT = AV * one - E * tR;
    N = AT - E * dR;
    C = N - E * sR;
    sAT = sC = B + R;
  } else {
    AT = AV * (one - tR);
    N = C = AT * (one - dR);
    sAT = B + R;
    sC = B + 2 * R;
  }
  if (C < 0) return null; // the bigint path reports it
  let RB: number | null = null, sRB = 0, DB: number | null = null, sDB = 0;
  if (plan.kind !== 'direct') {
    if (listBasis) {
      sRB = sC;
      // Partner funding: buy prices start from the published price (after term, less the special bid).
      RB = (funding === 'partner' ? AT - E * sR : C) - E * rR;
    } else {
      sRB = sC + R;
      RB = C * (one - rR);
    }
    if (plan.kind === 'two-tier') {
      if (listBasis) {
        sDB = sRB;
        DB = RB - E * ddR;
      } else {
        sDB = sRB + R;
        DB = RB * (one - ddR);
      }
    }
  }
  const customer = toMinor(C, sC, mu, mode);
  const resellerBuy = RB === null ? null : toMinor(RB, sRB, mu, mode);
  const distributorBuy = DB === null ? null : toMinor(DB, sDB, mu, mode);
  // A negative buy price is an error the bigint path reports.
  if ((resellerBuy !== null && !(resellerBuy >= 0)) || (distributorBuy !== null && !(distributorBuy >= 0)) || !(customer >= 0)) return null;
  const invoice = distributorBuy ?? resellerBuy ?? customer;
  const rb = plan.rebate, md = plan.mdf, co = plan.coop;
  const rebateExact = invoice * f.rebate;
  const mdfExact = invoice * f.mdf;
  const coopExact = invoice * f.coop;
  const costExact = f.cost * qUnits;
  if (!(rebateExact < SAFE && mdfExact < SAFE && coopExact < SAFE && costExact < SAFE)) return null;
  const figures: CoreFigures = {
    listPrice: toMinor(E, B, mu, mode),
    afterVolume: toMinor(AV, B, mu, mode),
    afterTerm: toMinor(AT, sAT, mu, mode),
    customer,
    specialBid: sR === 0 ? 0 : toMinor(N, sC, mu, mode) - customer,
    resellerBuy,
    distributorBuy,
    rebate: rb.units === 0n ? 0 : roundN(rebateExact, rb.scale, mode),
    mdf: md.units === 0n ? 0 : roundN(mdfExact, md.scale, mode),
    coop: co.units === 0n ? 0 : roundN(coopExact, co.scale, mode),
    cost: toMinor(costExact, plan.unitCost.scale + q.scale, mu, mode),
  };
  const all = figures.listPrice + figures.afterVolume + figures.afterTerm + figures.customer + figures.specialBid + (figures.resellerBuy ?? 0) + (figures.distributorBuy ?? 0) + figures.rebate + figures.mdf + figures.coop + figures.cost;
  return Number.isFinite(all) ? figures : null;
}
