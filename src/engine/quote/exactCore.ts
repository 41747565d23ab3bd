/**
 * The main chain of a quote line's waterfall on bigint units with tracked scales: exact at any size,
 * and the path that applies price endings. The reference the fast path (fastCore.ts) is checked against.
 */
import * as decimal from '../decimal';
import type { Decimal, RoundingMode } from '../decimal';
import { PricingError } from '../errors';
import { channelMessages } from '../channel/messages';
import { applyPriceEnding } from '../rounding/applyPriceEnding';
import type { DiscountFunding } from '../model/schema';
import type { LinePlan } from './linePlan';
import { quoteMessages as m } from './messages';

// Bound once (see priceQuoteLine.ts).
const { divideIntegers, pow10, divide, toFixedString } = decimal;

/** units × 10^(to − from), to ≥ from. */
const up = (units: bigint, from: number, to: number): bigint => (to === from ? units : units * pow10(to - from));

/** An exact value (units at `scale`) rounded once to `mu` decimals. */
function rnd(units: bigint, scale: number, mu: number, mode: RoundingMode): bigint {
  if (scale <= mu) return up(units, scale, mu);
  const divisor = pow10(scale - mu);
  if (mode !== 'halfAwayFromZero' || units < 0n) return divideIntegers(units, divisor, mode);
  const quotient = units / divisor; // the common case, with fewer bigint operations
  return (units - quotient * divisor) * 2n >= divisor ? quotient + 1n : quotient;
}

function negative(party: string, units: bigint, mu: number): PricingError {
  return new PricingError('range', channelMessages.negativeBuyPrice(party, { units, scale: mu }), party);
}

export interface Figures {
  readonly listPrice: bigint;
  readonly afterVolume: bigint;
  readonly afterTerm: bigint;
  readonly customer: bigint;
  /** What the special bid took off the customer price: the price before ending without it less with it. */
  readonly specialBid: bigint;
  readonly resellerBuy: bigint | null;
  readonly distributorBuy: bigint | null;
  readonly rebate: bigint;
  readonly mdf: bigint;
  readonly coop: bigint;
  readonly cost: bigint;
}

/** A line's discounts off list: term (the plan's), negotiated `d` and special bid `s`; how they combine. */
export interface LineTerms {
  readonly d: Decimal;
  readonly s: Decimal;
  /** The customer chain: true, every discount a share of list (stacked); false, each off the price before. */
  readonly list: boolean;
  readonly funding: DiscountFunding;
}

/** A buy price from the price before it: less a share of list (vendor, partner) or × (1 − rate) (compound). */
function buyStep(funding: DiscountFunding, before: bigint, sBefore: number, E: bigint, sE: number, rate: bigint, R: number, one: bigint): [bigint, number] {
  if (funding === 'compound') return [before * (one - rate), sBefore + R];
  const s = sBefore > sE + R ? sBefore : sE + R;
  return [up(before, sBefore, s) - up(E * rate, sE + R, s), s];
}

/** The waterfall's main chain on bigint units with tracked scales: any size, price endings. */
export function exactCore(
  plan: LinePlan, decimalOf: (value: number) => Decimal, q: Decimal, V: Decimal, terms: LineTerms, mu: number,
  mode: RoundingMode, ending: number | undefined, step: number | undefined, charge: Decimal | null = null,
): Figures {
  const { d, s, list, funding } = terms;
  // Extended list (a shaped line's: its exact charge) and volume discount, at a common scale B.
  const L = plan.unitListPrice;
  const sE = charge === null ? L.scale + q.scale : charge.scale;
  const B = sE >= V.scale ? sE : V.scale;
  const E = up(charge === null ? L.units * q.units : charge.units, sE, B);
  const AV = V.units === 0n ? E : E - up(V.units, V.scale, B);
  // Rates at a common scale R (the plan's, unless a line discount has more decimals).
  let R = plan.rateScale, tR = plan.termUnits, rR = plan.resellerUnits, ddR = plan.distributorUnits;
  const widest = d.scale > s.scale ? d.scale : s.scale;
  if (widest > R) {
    tR = up(tR, R, widest);
    rR = up(rR, R, widest);
    ddR = up(ddR, R, widest);
    R = widest;
  }
  const dR = up(d.units, d.scale, R);
  const sR = up(s.units, s.scale, R);
  const one = pow10(R);
  // AT after term; N the customer price without the special bid; C with it; P the published price
  // (after term, less the special bid) that partner-funded buy prices start from.
  let AT: bigint, sAT: number, N: bigint, sN: number, C: bigint, sC: number, P: bigint, sP: number;
  if (list) {
    AT = AV * one - E * tR;
    N = dR === 0n ? AT : AT - E * dR;
    C = sR === 0n ? N : N - E * sR;
    P = sR === 0n ? AT : AT - E * sR;
    sAT = sN = sC = sP = B + R;
  } else {
    AT = AV * (one - tR);
    N = AT * (one - dR);
    sAT = B + R;
    sN = B + 2 * R;
    [C, sC] = sR === 0n ? [N, sN] : [N * (one - sR), sN + R];
    [P, sP] = sR === 0n ? [AT, sAT] : [AT * (one - sR), sAT + R];
  }
  if (C < 0n) throw new PricingError('range', m.discountsOverList(toFixedString({ units: rnd(E * one - C, sC, mu, mode), scale: mu })), 'discount');
  const specialBid = sR === 0n ? 0n : rnd(N, sN, mu, mode) - rnd(C, sC, mu, mode);
  if (ending !== undefined || step !== undefined) {
    const unit = divide({ units: C, scale: sC }, q, mu + 6, mode);
    const snapped = applyPriceEnding(unit, decimalOf(ending ?? 0), decimalOf(step ?? 1));
    C = snapped.units * q.units;
    sC = snapped.scale + q.scale;
  }

  // The channel: each buy price exact, then rounded once.
  let RB: bigint | null = null, sRB = 0, DB: bigint | null = null, sDB = 0;
  if (plan.kind !== 'direct') {
    [RB, sRB] = funding === 'partner' ? buyStep(funding, P, sP, E, B, rR, R, one) : buyStep(funding, C, sC, E, B, rR, R, one);
    if (plan.kind === 'two-tier') [DB, sDB] = buyStep(funding, RB, sRB, E, B, ddR, R, one);
  }
  const listPrice = rnd(E, B, mu, mode);
  const afterVolume = rnd(AV, B, mu, mode);
  const afterTerm = rnd(AT, sAT, mu, mode);
  const customer = rnd(C, sC, mu, mode);
  const resellerBuy = RB === null ? null : rnd(RB, sRB, mu, mode);
  const distributorBuy = DB === null ? null : rnd(DB, sDB, mu, mode);
  if (resellerBuy !== null && resellerBuy < 0n) throw negative('reseller', resellerBuy, mu);
  if (distributorBuy !== null && distributorBuy < 0n) throw negative('distributor', distributorBuy, mu);
  const invoice = distributorBuy ?? resellerBuy ?? customer;
  const share = (rate: Decimal): bigint => (rate.units === 0n ? 0n : rnd(invoice * rate.units, mu + rate.scale, mu, mode));
  const cost = rnd(plan.unitCost.units * q.units, plan.unitCost.scale + q.scale, mu, mode);
  return { listPrice, afterVolume, afterTerm, customer, specialBid, resellerBuy, distributorBuy, rebate: share(plan.rebate), mdf: share(plan.mdf), coop: share(plan.coop), cost };
}
