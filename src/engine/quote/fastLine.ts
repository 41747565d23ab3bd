/**
 * A quote line's result straight from the fast path's figures (fastCore.ts: whole minor units held
 * exactly in doubles below 2^53): every difference, margin and the customer unit price is worked out in
 * doubles, and each money column becomes a bigint once. A column of 0 is one shared decimal per minor
 * unit (a result's decimals are read-only), so a quote of many lines keeps fewer objects alive. Gives
 * exactly what priceQuoteLine.ts's bigint path gives (see the quote specs, which compare both).
 */
import * as decimal from '../decimal';
import type { Decimal, RoundingMode } from '../decimal';
import * as bundles from '../bundle/bundlePrice';
import type { BundlePriceResult } from '../bundle/bundlePrice';
import * as shapes from '../shapes';
import type { CoreFigures } from './fastCore';
import type { LineTerms } from './exactCore';
import type { LinePlan } from './linePlan';
import * as share from './share';
import type { AllocatedComponent, QuoteLineResult } from './types';

// Bound once (see priceQuoteLine.ts): under a CommonJS transform each `module.f` access is a getter.
const { ZERO } = decimal;
const { allocateMinorUnits } = bundles;
const { explainUnitPrice } = shapes;
const { rateOfDoubles } = share;

const SAFE = 2 ** 53;
const P10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** 0 at each minor unit, shared by every line's columns of 0. */
const zeros: Decimal[] = [];
function zeroAt(mu: number): Decimal {
  let z = zeros[mu];
  if (z === undefined) {
    z = { units: 0n, scale: mu };
    zeros[mu] = z;
  }
  return z;
}

/** A product line's allocation: one frozen empty list shared by every such line. */
const NO_COMPONENTS: readonly AllocatedComponent[] = Object.freeze([]);

/** Whole minor units as a decimal; 0 as the shared `zero` (a top-level function: no closure per line). */
function money(units: number, mu: number, zero: Decimal): Decimal {
  return units === 0 ? zero : { units: BigInt(units), scale: mu };
}

/** The programme rates a line of a plan earned: one object per plan, shared by its lines. */
const planRates = new WeakMap<LinePlan, QuoteLineResult['rates']>();
function ratesOf(plan: LinePlan): QuoteLineResult['rates'] {
  let rates = planRates.get(plan);
  if (rates === undefined) {
    rates = { rebate: plan.rebate, mdf: plan.mdf, coop: plan.coop };
    planRates.set(plan, rates);
  }
  return rates;
}


/**
 * customer × 10^k / quantity units rounded by mode, as decimal.divideIntegers would (customer ≥ 0,
 * quantity > 0), or NaN when the numbers are too large to divide exactly in doubles.
 */
function unitPriceUnits(customer: number, k: number, quantity: number, mode: RoundingMode): number {
  const n = customer * (P10[k] as number);
  if (!(n < SAFE / 2 && quantity < SAFE / 2)) return NaN;
  let q = Math.floor(n / quantity);
  let r = n - q * quantity;
  if (r < 0) {
    q -= 1;
    r += quantity;
  } else if (r >= quantity) {
    q += 1;
    r -= quantity;
  }
  if (r === 0) return q;
  const twice = r * 2;
  return twice > quantity || (twice === quantity && (mode === 'halfAwayFromZero' || q % 2 !== 0)) ? q + 1 : q;
}

/** The line's result from the fast figures; null when a figure falls outside what doubles hold exactly. */
export function fastLine(plan: LinePlan, q: Decimal, mu: number, mode: RoundingMode, terms: LineTerms, f: CoreFigures): QuoteLineResult | null {
  const quantityUnits = Number(q.units);
  const unitPrice = unitPriceUnits(f.customer, q.scale, quantityUnits, mode);
  if (Number.isNaN(unitPrice)) return null;
  const zero = zeroAt(mu);
  const invoice = f.distributorBuy ?? f.resellerBuy ?? f.customer;
  const net = invoice - f.rebate - f.mdf - f.coop;
  const vendorMargin = net - f.cost;
  const resellerMargin = f.resellerBuy === null ? null : f.customer - f.resellerBuy + f.rebate + f.mdf + f.coop;
  const distributorMargin = f.resellerBuy === null || f.distributorBuy === null ? null : f.resellerBuy - f.distributorBuy;
  // A column equal to the one before it in the chain is the same (read-only) decimal: a direct line's
  // invoice is its customer price, a line without programme rates has its invoice as its net, and so on.
  const listPrice = money(f.listPrice, mu, zero);
  const afterVolume = f.afterVolume === f.listPrice ? listPrice : money(f.afterVolume, mu, zero);
  const afterTerm = f.afterTerm === f.afterVolume ? afterVolume : money(f.afterTerm, mu, zero);
  const customerPrice = f.customer === f.afterTerm ? afterTerm : money(f.customer, mu, zero);
  const resellerBuy = f.resellerBuy === null ? null : money(f.resellerBuy, mu, zero);
  const distributorBuy = f.distributorBuy === null ? null : money(f.distributorBuy, mu, zero);
  const vendorInvoice = distributorBuy ?? resellerBuy ?? customerPrice;
  const vendorNet = net === invoice ? vendorInvoice : money(net, mu, zero);
  return {
    item: plan.item,
    quantity: q,
    tier: plan.tier,
    term: plan.term,
    channel: plan.channel,
    channelKind: plan.kind,
    level: plan.level,
    dealRegistration: plan.dealRegistration,
    funding: terms.funding,
    discountRate: terms.d,
    specialBidRate: terms.s,
    unitListPrice: plan.unitListPrice,
    listPrice,
    trueUp: zero,
    explanation: explainUnitPrice(q, plan.unitListPrice, listPrice, mu, mode),
    volumeDiscount: money(f.listPrice - f.afterVolume, mu, zero),
    afterVolume,
    termDiscount: money(f.afterVolume - f.afterTerm, mu, zero),
    afterTerm,
    lineDiscount: money(f.afterTerm - f.customer, mu, zero),
    specialBidDiscount: money(f.specialBid, mu, zero),
    customerPrice,
    customerUnitPrice: unitPrice === f.customer ? customerPrice : money(unitPrice, mu, zero),
    customerDiscountRate: f.listPrice === 0 ? ZERO : (rateOfDoubles(f.listPrice - f.customer, f.listPrice, mode) ?? ZERO),
    resellerBuy,
    distributorBuy,
    vendorInvoice,
    rebate: money(f.rebate, mu, zero),
    mdf: money(f.mdf, mu, zero),
    coop: money(f.coop, mu, zero),
    rates: ratesOf(plan),
    vendorNet,
    cost: money(f.cost, mu, zero),
    resellerMargin: resellerMargin === null ? null : { amount: money(resellerMargin, mu, zero), rate: rateOfDoubles(resellerMargin, f.customer, mode) },
    distributorMargin: distributorMargin === null || f.resellerBuy === null ? null : { amount: money(distributorMargin, mu, zero), rate: rateOfDoubles(distributorMargin, f.resellerBuy, mode) },
    vendorMargin: { amount: vendorMargin === net ? vendorNet : money(vendorMargin, mu, zero), rate: rateOfDoubles(vendorMargin, net, mode) },
    allocation: plan.bundle ? allocateLine(plan.bundle, q, customerPrice.units, vendorNet.units, mu) : NO_COMPONENTS,
  };
}

/** A bundle line's customer price and vendor net split over its components (see priceQuoteLine.ts). */
export function allocateLine(priced: BundlePriceResult, bundles: Decimal, customer: bigint, net: bigint, mu: number): AllocatedComponent[] {
  const customerParts = allocateMinorUnits(priced, customer);
  const netParts = allocateMinorUnits(priced, net);
  return priced.components.map((c, i) => ({
    sku: c.sku,
    quantity: { units: c.quantity.units * bundles.units, scale: c.quantity.scale + bundles.scale },
    customerPrice: { units: customerParts[i] ?? 0n, scale: mu },
    vendorNet: { units: netParts[i] ?? 0n, scale: mu },
  }));
}
