/**
 * The price waterfall of one quote line (see the README, "The model file"):
 *   extended list = unit list price × quantity
 *   after volume  = list − the ladder's money off (the product's ladder, else its tier's ladder)
 *   after term    = after volume − list × term discount     ('compound': × (1 − term discount))
 *   customer      = after term − list × line discount        ('compound': × (1 − line discount))
 *   reseller buy  = customer − list × (level discount [+ deal registration])  ('compound': × (1 − …))
 *   distributor   = reseller buy − list × distributor discount                ('compound': × (1 − …))
 *   vendor invoice, rebate and MDF (× invoice), vendor net = invoice − rebate − MDF
 * Every price is exact until it is rounded once to the minor unit; discounts and margins are differences
 * of rounded prices. The chain runs on exact whole-number doubles when it fits (fastCore.ts), else on
 * bigints (exactCore.ts); it matches channel/partyPrices.ts, which PRICING.WATERFALL uses.
 */
import * as decimal from '../decimal';
import type { Decimal, RoundingMode } from '../decimal';
import { PricingError } from '../errors';
import { exactCore, type Figures, type LineTerms } from './exactCore';
import { indexModel, weightedQuantity } from '../model/modelIndex';
import type { Model } from '../model/schema';
import { type LinePlan, type QuoteLineInput, linePlan } from './linePlan';
import { type CoreFigures, fastCore } from './fastCore';
import { allocateLine, fastLine } from './fastLine';
import { rateOf, rateOfDoubles } from './share';
import { type ShapeCharge, explainCharge, explainUnitPrice, shapeCharge } from '../shapes';
import { roundMoney } from '../rounding/roundMoney';
import { quoteMessages as m } from './messages';
import type { QuoteLineResult } from './types';

export type { QuoteLineInput } from './linePlan';

// Bound once: this module is the hot path of a quote, and some runtimes (CommonJS transforms) turn
// every `decimal.f` access into a property getter.
const { divide, divideIntegers, pow10, subtract, ZERO } = decimal;

export interface PriceLineOptions {
  /** Always take the bigint reference path (the specs check the fast path against it). */
  readonly exact?: boolean;
}

export function priceQuoteLine(model: Model, line: QuoteLineInput, options?: PriceLineOptions): QuoteLineResult {
  if (!(line.quantity > 0)) throw new PricingError('range', m.quantityNotPositive(line.quantity), 'quantity');
  const discount = line.discount ?? 0;
  if (!(discount >= 0 && discount <= 1)) throw new PricingError('range', m.discountOutOfRange(discount), 'discount');
  const specialBid = line.specialBid ?? 0;
  if (!(specialBid >= 0 && specialBid <= 1)) throw new PricingError('range', m.specialBidOutOfRange(specialBid), 'specialBid');
  return pricePlannedLine(model, linePlan(model, line), line, options);
}

/**
 * A line priced on a plan made for it (`linePlan`, or `withRates` for a plan not worth caching), whose
 * quantity and discount are checked (see priceQuoteLine).
 */
export function pricePlannedLine(model: Model, plan: LinePlan, line: LineAmounts, options?: PriceLineOptions): QuoteLineResult {
  const index = indexModel(model);
  const { minorUnits: mu, mode, ending, step } = model.rounding;
  const { q, W, terms } = amountsOf(model, plan, line);
  const fast = fastFigures(model, plan, q, W, terms, options);
  const quick = fast === null ? null : fastLine(plan, q, mu, mode, terms, fast);
  if (quick !== null) return quick;
  // A shaped line's extended list is its charge; price endings do not apply to it.
  const shaped = plan.shape === null ? null : shapeCharge(plan.shape, q);
  const L = plan.unitListPrice;
  const V: Decimal = W.units === 0n ? ZERO : { units: L.units * W.units, scale: L.scale + W.scale };
  const f = shaped === null
    ? exactCore(plan, index.decimal, q, V, terms, mu, mode, ending, step)
    : exactCore(plan, index.decimal, q, V, terms, mu, mode, undefined, undefined, shaped.charge);
  const invoice = f.distributorBuy ?? f.resellerBuy ?? f.customer;
  const net = invoice - f.rebate - f.mdf - f.coop;
  const exact = options?.exact === true;
  const resellerMargin = f.resellerBuy === null ? null : f.customer - f.resellerBuy + f.rebate + f.mdf + f.coop;
  const distributorMargin = f.resellerBuy === null || f.distributorBuy === null ? null : f.resellerBuy - f.distributorBuy;
  const vendorMargin = net - f.cost;
  return assemble(plan, q, mu, mode, terms, {
    ...f,
    invoice,
    net,
    resellerMargin,
    distributorMargin,
    vendorMargin,
    customerDiscountRate: f.listPrice === 0n ? ZERO : (rateOf(f.listPrice - f.customer, f.listPrice, mode, exact) ?? ZERO),
    resellerRate: resellerMargin === null ? null : rateOf(resellerMargin, f.customer, mode, exact),
    distributorRate: distributorMargin === null || f.resellerBuy === null ? null : rateOf(distributorMargin, f.resellerBuy, mode, exact),
    vendorRate: rateOf(vendorMargin, net, mode, exact),
  }, shaped);
}

/** What a line adds to its plan: quantity, negotiated discount, special bid and its own funding. */
export type LineAmounts = Pick<QuoteLineInput, 'quantity' | 'discount' | 'specialBid' | 'funding'>;

/**
 * The line's quantity and discounts as decimals, its funding, and the ladder's rate-weighted quantity W
 * (the money off is the unit list price × W).
 */
function amountsOf(model: Model, plan: LinePlan, line: LineAmounts): { q: Decimal; W: Decimal; terms: LineTerms } {
  const index = indexModel(model);
  const q = index.decimal(line.quantity);
  const W = plan.ladder ? weightedQuantity(plan.ladder, line.quantity, q) : ZERO;
  const terms: LineTerms = {
    d: index.decimal(line.discount ?? 0),
    s: index.decimal(line.specialBid ?? 0),
    list: model.discountBasis === 'list',
    funding: line.funding ?? plan.funding,
  };
  return { q, W, terms };
}

/** The fast path's figures, or null when the line needs the bigint path (see fastCore.ts); shaped lines always do. */
function fastFigures(model: Model, plan: LinePlan, q: Decimal, W: Decimal, terms: LineTerms, options?: PriceLineOptions): CoreFigures | null {
  const { minorUnits, mode, ending, step } = model.rounding;
  return plan.shape === null && ending === undefined && step === undefined && options?.exact !== true ? fastCore(plan, q, W, terms, minorUnits, mode) : null;
}

/** What the vendor invoices and keeps of a line: its invoice, net, cost to serve, and margin rate (null for a net of 0). */
export interface VendorFigures {
  readonly vendorInvoice: Decimal;
  readonly vendorNet: Decimal;
  readonly cost: Decimal;
  readonly rate: Decimal | null;
}

/**
 * The vendor's figures of a line priced on a plan, exactly as pricePlannedLine gives them, without
 * building the rest of the line: what a check over every price-book entry and route reads.
 */
export function plannedVendorFigures(model: Model, plan: LinePlan, line: LineAmounts): VendorFigures {
  const { q, W, terms } = amountsOf(model, plan, line);
  const fast = fastFigures(model, plan, q, W, terms);
  if (fast === null) {
    const priced = pricePlannedLine(model, plan, line);
    return { vendorInvoice: priced.vendorInvoice, vendorNet: priced.vendorNet, cost: priced.cost, rate: priced.vendorMargin.rate };
  }
  const { minorUnits: mu, mode } = model.rounding;
  const { invoice, net, vendorMargin } = fastVendor(fast);
  return { vendorInvoice: { units: BigInt(invoice), scale: mu }, vendorNet: { units: BigInt(net), scale: mu }, cost: { units: BigInt(fast.cost), scale: mu }, rate: rateOfDoubles(vendorMargin, net, mode) };
}

/** The vendor's invoice, net and margin from the fast path's figures (whole minor units in doubles). */
function fastVendor(f: CoreFigures): { invoice: number; net: number; vendorMargin: number } {
  const invoice = f.distributorBuy ?? f.resellerBuy ?? f.customer;
  const net = invoice - f.rebate - f.mdf - f.coop;
  return { invoice, net, vendorMargin: net - f.cost };
}

/** Every money column of a line (whole minor units) and its rates. */
interface Columns extends Figures {
  readonly invoice: bigint;
  readonly net: bigint;
  readonly resellerMargin: bigint | null;
  readonly distributorMargin: bigint | null;
  readonly vendorMargin: bigint;
  readonly customerDiscountRate: Decimal;
  readonly resellerRate: Decimal | null;
  readonly distributorRate: Decimal | null;
  readonly vendorRate: Decimal | null;
}


/** The unit list price, true-up and explanation of a line whose List column is `listPrice`. */
function listWords(plan: LinePlan, q: Decimal, mu: number, mode: RoundingMode, listPrice: Decimal, shaped: ShapeCharge | null) {
  if (plan.shape === null || shaped === null) {
    return { unitListPrice: plan.unitListPrice, trueUp: { units: 0n, scale: mu }, explanation: explainUnitPrice(q, plan.unitListPrice, listPrice, mu, mode) };
  }
  return {
    unitListPrice: divide(shaped.charge, q, mu, mode),
    trueUp: subtract(listPrice, roundMoney(shaped.raw, mu, mode)),
    explanation: explainCharge(plan.shape, shaped, { minorUnits: mu, mode, unit: plan.unit }),
  };
}

function assemble(plan: LinePlan, q: Decimal, mu: number, mode: RoundingMode, terms: LineTerms, c: Columns, shaped: ShapeCharge | null): QuoteLineResult {
  const words = listWords(plan, q, mu, mode, { units: c.listPrice, scale: mu }, shaped);
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
    unitListPrice: words.unitListPrice,
    listPrice: { units: c.listPrice, scale: mu },
    trueUp: words.trueUp,
    explanation: words.explanation,
    volumeDiscount: { units: c.listPrice - c.afterVolume, scale: mu },
    afterVolume: { units: c.afterVolume, scale: mu },
    termDiscount: { units: c.afterVolume - c.afterTerm, scale: mu },
    afterTerm: { units: c.afterTerm, scale: mu },
    lineDiscount: { units: c.afterTerm - c.customer, scale: mu },
    specialBidDiscount: { units: c.specialBid, scale: mu },
    customerPrice: { units: c.customer, scale: mu },
    customerUnitPrice: { units: divideIntegers(c.customer * pow10(q.scale), q.units, mode), scale: mu },
    customerDiscountRate: c.customerDiscountRate,
    resellerBuy: c.resellerBuy === null ? null : { units: c.resellerBuy, scale: mu },
    distributorBuy: c.distributorBuy === null ? null : { units: c.distributorBuy, scale: mu },
    vendorInvoice: { units: c.invoice, scale: mu },
    rebate: { units: c.rebate, scale: mu },
    mdf: { units: c.mdf, scale: mu },
    coop: { units: c.coop, scale: mu },
    rates: { rebate: plan.rebate, mdf: plan.mdf, coop: plan.coop },
    vendorNet: { units: c.net, scale: mu },
    cost: { units: c.cost, scale: mu },
    resellerMargin: c.resellerMargin === null ? null : { amount: { units: c.resellerMargin, scale: mu }, rate: c.resellerRate },
    distributorMargin: c.distributorMargin === null ? null : { amount: { units: c.distributorMargin, scale: mu }, rate: c.distributorRate },
    vendorMargin: { amount: { units: c.vendorMargin, scale: mu }, rate: c.vendorRate },
    allocation: plan.bundle ? allocateLine(plan.bundle, q, c.customer, c.net, mu) : [],
  };
}
