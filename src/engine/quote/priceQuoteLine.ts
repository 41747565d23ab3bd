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
import { type Decimal, ZERO, divide, divideIntegers, pow10, toFixedString } from '../decimal';
import { PricingError } from '../errors';
import { ladderDiscountAmount } from '../ladder';
import { allocateToComponents, type BundlePriceResult } from '../bundle/bundlePrice';
import { channelMessages } from '../channel/messages';
import { indexModel } from '../model/modelIndex';
import type { Model } from '../model/schema';
import { applyPriceEnding } from '../rounding/applyPriceEnding';
import { RATE_SCALE } from '../rounding/roundMoney';
import { type QuoteLineInput, linePlan } from './linePlan';
import { quoteMessages as m } from './messages';
import type { AllocatedComponent, Margin, QuoteLineResult } from './types';

export type { QuoteLineInput } from './linePlan';

/** units × 10^(to − from), to ≥ from. */
const up = (units: bigint, from: number, to: number): bigint => (to === from ? units : units * pow10(to - from));

const RATE_ONE = pow10(RATE_SCALE);

/** Trailing zeros dropped (0.2500000000 → 0.25). */
function trimmed(units: bigint, scale: number): Decimal {
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

export function priceQuoteLine(model: Model, line: QuoteLineInput): QuoteLineResult {
  if (!(line.quantity > 0)) throw new PricingError('range', m.quantityNotPositive(line.quantity), 'quantity');
  const discount = line.discount ?? 0;
  if (!(discount >= 0 && discount <= 1)) throw new PricingError('range', m.discountOutOfRange(discount), 'discount');
  const plan = linePlan(model, line);
  const index = indexModel(model);
  const { minorUnits: mu, mode } = model.rounding;
  const q = index.decimal(line.quantity);
  const d = index.decimal(discount);
  const rnd = (units: bigint, scale: number): bigint => (scale <= mu ? up(units, scale, mu) : divideIntegers(units, pow10(scale - mu), mode));

  // Extended list and volume discount, at a common scale B.
  const L = plan.unitListPrice;
  const sE = L.scale + q.scale;
  const V = plan.ladder ? ladderDiscountAmount(plan.ladder, L, q) : ZERO;
  const B = Math.max(sE, V.scale);
  const E = up(L.units * q.units, sE, B);
  const AV = E - up(V.units, V.scale, B);
  // Rates at a common scale R.
  const t = plan.termDiscount, r = plan.resellerDiscount, dd = plan.distributorDiscount;
  const R = Math.max(t.scale, r.scale, dd.scale, d.scale);
  const one = pow10(R);
  const tR = up(t.units, t.scale, R), dR = up(d.units, d.scale, R), rR = up(r.units, r.scale, R), ddR = up(dd.units, dd.scale, R);
  const list = model.discountBasis === 'list';

  let AT: bigint, sAT: number, C: bigint, sC: number;
  if (list) {
    AT = AV * one - E * tR;
    C = AT - E * dR;
    sAT = sC = B + R;
  } else {
    AT = AV * (one - tR);
    C = AT * (one - dR);
    sAT = B + R;
    sC = B + 2 * R;
  }
  if (C < 0n) throw new PricingError('range', m.discountsOverList(toFixedString({ units: rnd(E * one - C, sC), scale: mu })), 'discount');
  const { ending, step } = model.rounding;
  if (ending !== undefined || step !== undefined) {
    const unit = divide({ units: C, scale: sC }, q, mu + 6, mode);
    const snapped = applyPriceEnding(unit, index.decimal(ending ?? 0), index.decimal(step ?? 1));
    C = snapped.units * q.units;
    sC = snapped.scale + q.scale;
  }

  // The channel: each buy price exact, then rounded once.
  let RB: bigint | null = null, sRB = 0, DB: bigint | null = null, sDB = 0;
  if (plan.kind !== 'direct') {
    if (list) {
      sRB = Math.max(sC, B + R);
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
  const listPrice = rnd(E, B);
  const afterVolume = rnd(AV, B);
  const afterTerm = rnd(AT, sAT);
  const customer = rnd(C, sC);
  const resellerBuy = RB === null ? null : rnd(RB, sRB);
  const distributorBuy = DB === null ? null : rnd(DB, sDB);
  if (resellerBuy !== null && resellerBuy < 0n) throw negative('reseller', resellerBuy, mu);
  if (distributorBuy !== null && distributorBuy < 0n) throw negative('distributor', distributorBuy, mu);
  const invoice = distributorBuy ?? resellerBuy ?? customer;
  const rebate = plan.rebate.units === 0n ? 0n : rnd(invoice * plan.rebate.units, mu + plan.rebate.scale);
  const mdf = plan.mdf.units === 0n ? 0n : rnd(invoice * plan.mdf.units, mu + plan.mdf.scale);
  const net = invoice - rebate - mdf;
  const cost = rnd(plan.unitCost.units * q.units, plan.unitCost.scale + q.scale);

  const money = (units: bigint): Decimal => ({ units, scale: mu });
  const share = (part: bigint, whole: bigint): Decimal | null => (whole === 0n ? null : trimmed(divideIntegers(part * RATE_ONE, whole < 0n ? -whole : whole, mode) * (whole < 0n ? -1n : 1n), RATE_SCALE));
  const margin = (amount: bigint, price: bigint): Margin => ({ amount: money(amount), rate: share(amount, price) });
  const customerPrice = money(customer);
  const vendorNet = money(net);
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
    listPrice: money(listPrice),
    volumeDiscount: money(listPrice - afterVolume),
    afterVolume: money(afterVolume),
    termDiscount: money(afterVolume - afterTerm),
    afterTerm: money(afterTerm),
    lineDiscount: money(afterTerm - customer),
    customerPrice,
    customerUnitPrice: divide(customerPrice, q, mu, mode),
    customerDiscountRate: listPrice === 0n ? ZERO : (share(listPrice - customer, listPrice) ?? ZERO),
    resellerBuy: resellerBuy === null ? null : money(resellerBuy),
    distributorBuy: distributorBuy === null ? null : money(distributorBuy),
    vendorInvoice: money(invoice),
    rebate: money(rebate),
    mdf: money(mdf),
    vendorNet,
    cost: money(cost),
    resellerMargin: resellerBuy === null ? null : margin(customer - resellerBuy + rebate + mdf, customer),
    distributorMargin: resellerBuy === null || distributorBuy === null ? null : margin(resellerBuy - distributorBuy, resellerBuy),
    vendorMargin: margin(net - cost, net),
    allocation: plan.bundle ? allocateLine(plan.bundle, q, customerPrice, vendorNet, mu) : [],
  };
}

function negative(party: string, units: bigint, mu: number): PricingError {
  return new PricingError('range', channelMessages.negativeBuyPrice(party, { units, scale: mu }), party);
}

function allocateLine(priced: BundlePriceResult, bundles: Decimal, customerPrice: Decimal, vendorNet: Decimal, minorUnits: number): AllocatedComponent[] {
  const customer = allocateToComponents(priced, customerPrice, minorUnits);
  const net = allocateToComponents(priced, vendorNet, minorUnits);
  return priced.components.map((c, i) => ({
    sku: c.sku,
    quantity: { units: c.quantity.units * bundles.units, scale: c.quantity.scale + bundles.scale },
    customerPrice: customer[i]?.amount ?? ZERO,
    vendorNet: net[i]?.amount ?? ZERO,
  }));
}
