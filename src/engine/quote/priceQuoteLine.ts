/**
 * The price waterfall of one quote line (see docs/model.md):
 *   extended list = unit list price × quantity
 *   after volume  = list − the ladder's money off (the product's ladder, else its tier's ladder)
 *   after term    = after volume − list × term discount     ('compound': × (1 − term discount))
 *   customer      = after term − list × line discount        ('compound': × (1 − line discount))
 *   reseller buy  = customer − list × (level discount [+ deal registration])  ('compound': × (1 − …))
 *   distributor   = reseller buy − list × distributor discount                ('compound': × (1 − …))
 *   vendor invoice, rebate and MDF (× invoice), vendor net = invoice − rebate − MDF
 * Every price is exact until it is rounded once to the minor unit; discounts and margins are differences
 * of rounded prices. The arithmetic runs on bigint units with tracked scales (a quote of 1,000 lines is
 * priced in about a millisecond); it matches channel/partyPrices.ts, which PRICING.WATERFALL uses.
 */
import * as decimal from '../decimal';
import type { Decimal, RoundingMode } from '../decimal';
import { PricingError } from '../errors';
import { allocateMinorUnits, type BundlePriceResult } from '../bundle/bundlePrice';
import { channelMessages } from '../channel/messages';
import { indexModel, weightedQuantity } from '../model/modelIndex';
import type { Model } from '../model/schema';
import { applyPriceEnding } from '../rounding/applyPriceEnding';
import { type LinePlan, type QuoteLineInput, linePlan } from './linePlan';
import { type CoreFigures, fastCore } from './fastCore';
import { rateOf } from './share';
import { quoteMessages as m } from './messages';
import type { AllocatedComponent, Margin, QuoteLineResult } from './types';

export type { QuoteLineInput } from './linePlan';

// Bound once: this module is the hot path of a quote, and some runtimes (CommonJS transforms) turn
// every `decimal.f` access into a property getter.
const { divideIntegers, pow10, divide, toFixedString, ZERO } = decimal;

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

const margin = (amount: bigint, price: bigint, mu: number, mode: RoundingMode, exact: boolean): Margin => ({ amount: { units: amount, scale: mu }, rate: rateOf(amount, price, mode, exact) });

export interface PriceLineOptions {
  /** Always take the bigint reference path (the specs check the fast path against it). */
  readonly exact?: boolean;
}

export function priceQuoteLine(model: Model, line: QuoteLineInput, options?: PriceLineOptions): QuoteLineResult {
  if (!(line.quantity > 0)) throw new PricingError('range', m.quantityNotPositive(line.quantity), 'quantity');
  const discount = line.discount ?? 0;
  if (!(discount >= 0 && discount <= 1)) throw new PricingError('range', m.discountOutOfRange(discount), 'discount');
  const plan = linePlan(model, line);
  const index = indexModel(model);
  const { minorUnits: mu, mode } = model.rounding;
  const q = index.decimal(line.quantity);
  const d = index.decimal(discount);

  const L = plan.unitListPrice;
  const W = plan.ladder ? weightedQuantity(plan.ladder, line.quantity, q) : ZERO;
  const V = W.units === 0n ? ZERO : { units: L.units * W.units, scale: L.scale + W.scale };
  const list = model.discountBasis === 'list';
  const { ending, step } = model.rounding;
  const fast = ending === undefined && step === undefined && options?.exact !== true ? fastCore(plan, q, d, V, list, mu, mode) : null;
  const f = fast ? fromFast(fast) : exactCore(plan, index.decimal, q, d, V, list, mu, mode, ending, step);
  const { listPrice, afterVolume, afterTerm, customer, resellerBuy, distributorBuy, rebate, mdf, cost } = f;
  const invoice = distributorBuy ?? resellerBuy ?? customer;
  const net = invoice - rebate - mdf;
  const exact = options?.exact === true;

  return {
    item: plan.item,
    quantity: q,
    tier: plan.tier,
    term: plan.term,
    channel: plan.channel,
    channelKind: plan.kind,
    level: plan.level,
    dealRegistration: plan.dealRegistration,
    unitListPrice: L,
    listPrice: { units: listPrice, scale: mu },
    volumeDiscount: { units: listPrice - afterVolume, scale: mu },
    afterVolume: { units: afterVolume, scale: mu },
    termDiscount: { units: afterVolume - afterTerm, scale: mu },
    afterTerm: { units: afterTerm, scale: mu },
    lineDiscount: { units: afterTerm - customer, scale: mu },
    customerPrice: { units: customer, scale: mu },
    customerUnitPrice: { units: divideIntegers(customer * pow10(q.scale), q.units, mode), scale: mu },
    customerDiscountRate: listPrice === 0n ? ZERO : (rateOf(listPrice - customer, listPrice, mode, exact) ?? ZERO),
    resellerBuy: resellerBuy === null ? null : { units: resellerBuy, scale: mu },
    distributorBuy: distributorBuy === null ? null : { units: distributorBuy, scale: mu },
    vendorInvoice: { units: invoice, scale: mu },
    rebate: { units: rebate, scale: mu },
    mdf: { units: mdf, scale: mu },
    vendorNet: { units: net, scale: mu },
    cost: { units: cost, scale: mu },
    resellerMargin: resellerBuy === null ? null : margin(customer - resellerBuy + rebate + mdf, customer, mu, mode, exact),
    distributorMargin: resellerBuy === null || distributorBuy === null ? null : margin(resellerBuy - distributorBuy, resellerBuy, mu, mode, exact),
    vendorMargin: margin(net - cost, net, mu, mode, exact),
    allocation: plan.bundle ? allocateLine(plan.bundle, q, customer, net, mu) : [],
  };
}

interface Figures {
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

function fromFast(f: CoreFigures): Figures {
  return {
    listPrice: BigInt(f.listPrice),
    afterVolume: BigInt(f.afterVolume),
    afterTerm: BigInt(f.afterTerm),
    customer: BigInt(f.customer),
    resellerBuy: f.resellerBuy === null ? null : BigInt(f.resellerBuy),
    distributorBuy: f.distributorBuy === null ? null : BigInt(f.distributorBuy),
    rebate: BigInt(f.rebate),
    mdf: BigInt(f.mdf),
    cost: BigInt(f.cost),
  };
}

/** The waterfall's main chain on bigint units with tracked scales: any size, price endings. */
function exactCore(
  plan: LinePlan, decimalOf: (value: number) => Decimal, q: Decimal, d: Decimal, V: Decimal, list: boolean, mu: number,
  mode: RoundingMode, ending: number | undefined, step: number | undefined,
): Figures {
  // Extended list and volume discount, at a common scale B.
  const L = plan.unitListPrice;
  const sE = L.scale + q.scale;
  const B = sE >= V.scale ? sE : V.scale;
  const E = up(L.units * q.units, sE, B);
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

function negative(party: string, units: bigint, mu: number): PricingError {
  return new PricingError('range', channelMessages.negativeBuyPrice(party, { units, scale: mu }), party);
}

function allocateLine(priced: BundlePriceResult, bundles: Decimal, customer: bigint, net: bigint, mu: number): AllocatedComponent[] {
  const customerParts = allocateMinorUnits(priced, customer);
  const netParts = allocateMinorUnits(priced, net);
  return priced.components.map((c, i) => ({
    sku: c.sku,
    quantity: { units: c.quantity.units * bundles.units, scale: c.quantity.scale + bundles.scale },
    customerPrice: { units: customerParts[i] ?? 0n, scale: mu },
    vendorNet: { units: netParts[i] ?? 0n, scale: mu },
  }));
}
