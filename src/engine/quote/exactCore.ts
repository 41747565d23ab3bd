/**
 * The main chain of a quote line's waterfall on bigint units with tracked scales: exact at any size,
 * and the path that applies price endings. The reference the fast path (fastCore.ts) is checked against.
 */
import * as decimal from '../decimal';
import type { Decimal, RoundingMode } from '../decimal';
import { PricingError } from '../errors';
import { channelMessages } from '../channel/messages';
import { applyPriceEnding } from '../rounding/applyPriceEnding';
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
  readonly resellerBuy: bigint | null;
  readonly distributorBuy: bigint | null;
  readonly rebate: bigint;
  readonly mdf: bigint;
  readonly cost: bigint;
}

/** The waterfall's main chain on bigint units with tracked scales: any size, price endings. */
export function exactCore(
  plan: LinePlan, decimalOf: (value: number) => Decimal, q: Decimal, d: Decimal, V: Decimal, list: boolean, mu: number,
  mode: RoundingMode, ending: number | undefined, step: number | undefined, charge: Decimal | null = null,
): Figures {
  // Extended list (a shaped line's: its exact charge) and volume discount, at a common scale B.
  const L = plan.unitListPrice;
  const sE = charge === null ? L.scale + q.scale : charge.scale;
  const B = sE >= V.scale ? sE : V.scale;
  const E = up(charge === null ? L.units * q.units : charge.units, sE, B);
  const AV = V.units === 0n ? E : E - up(V.units, V.scale, B);
  // Rates at a common scale R (the plan's, unless the negotiated discount has more decimals).
  let R = plan.rateScale, tR = plan.termUnits, rR = plan.resellerUnits, ddR = plan.distributorUnits;
  if (d.scale > R) {
    tR = up(tR, R, d.scale);
    rR = up(rR, R, d.scale);
    ddR = up(ddR, R, d.scale);
    R = d.scale;
  }
  const dR = up(d.units, d.scale, R);
  const one = pow10(R);
  let AT: bigint, sAT: number, C: bigint, sC: number;
  if (list) {
    AT = AV * one - E * tR;
    C = dR === 0n ? AT : AT - E * dR;
    sAT = sC = B + R;
  } else {
    AT = AV * (one - tR);
    C = AT * (one - dR);
    sAT = B + R;
    sC = B + 2 * R;
  }
  if (C < 0n) throw new PricingError('range', m.discountsOverList(toFixedString({ units: rnd(E * one - C, sC, mu, mode), scale: mu })), 'discount');
  if (ending !== undefined || step !== undefined) {
    const unit = divide({ units: C, scale: sC }, q, mu + 6, mode);
    const snapped = applyPriceEnding(unit, decimalOf(ending ?? 0), decimalOf(step ?? 1));
    C = snapped.units * q.units;
    sC = snapped.scale + q.scale;
  }

  // The channel: each buy price exact, then rounded once.
  let RB: bigint | null = null, sRB = 0, DB: bigint | null = null, sDB = 0;
  if (plan.kind !== 'direct') {
    if (list) {
      sRB = sC > B + R ? sC : B + R;
      RB = up(C, sC, sRB) - up(E * rR, B + R, sRB);
    } else {
      sRB = sC + R;
      RB = C * (one - rR);
    }
    if (plan.kind === 'two-tier') {
      if (list) {
        sDB = sRB;
        DB = RB - up(E * ddR, B + R, sRB);
      } else {
        sDB = sRB + R;
        DB = RB * (one - ddR);
      }
    }
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
  const rebate = plan.rebate.units === 0n ? 0n : rnd(invoice * plan.rebate.units, mu + plan.rebate.scale, mu, mode);
  const mdf = plan.mdf.units === 0n ? 0n : rnd(invoice * plan.mdf.units, mu + plan.mdf.scale, mu, mode);
  const cost = rnd(plan.unitCost.units * q.units, plan.unitCost.scale + q.scale, mu, mode);
  return { listPrice, afterVolume, afterTerm, customer, resellerBuy, distributorBuy, rebate, mdf, cost };

}
