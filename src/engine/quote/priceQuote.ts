import { type Decimal, type RoundingMode, atScale, dec } from '../decimal';
import { roundMoney } from '../rounding/roundMoney';
import { PricingError, isPricingError } from '../errors';
import { shareOf } from '../channel/channelWaterfall';
import { quoteModel } from '../markets/marketModel';
import type { Model, Quote } from '../model/schema';
import { type QuoteLineInput, priceQuoteLine } from './priceQuoteLine';
import type { QuoteLineResult, QuoteResult, QuoteTotals } from './types';
import { isFastLine } from './fastLine';

export interface QuoteInput {
  readonly customer?: string;
  /** The market (by id) the quote is priced in; absent: the model's own. */
  readonly market?: string;
  readonly lines: readonly QuoteLineInput[];
  /** The quote's minimum commitment: a smaller total customer price is topped up to it. */
  readonly minimumCommitment?: number;
  /** The reseller's purchases in the programme year (see channel/programme.ts); absent: 0. */
  readonly partnerPurchases?: number;
}

/** The money columns quoteTotals adds, in this order. */
type Sums = [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];

/** A column's units as a double; NaN for a column at another scale, which sends the quote to the bigint sums. */
const unitsAt = (x: Decimal, minorUnits: number): number => (x.scale === minorUnits ? Number(x.units) : NaN);

/**
 * The lines' money columns summed in doubles, exact while the sum of every magnitude stays below 2^52
 * (then no partial sum of any column reaches 2^53); else null. Saves a bigint per column and line.
 */
function sumsInDoubles(lines: readonly QuoteLineResult[], minorUnits: number): Sums | null {
  let listPrice = 0, customerPrice = 0, specialBidDiscount = 0, vendorInvoice = 0, rebate = 0, mdf = 0, coop = 0;
  let vendorNet = 0, cost = 0, resellerMargin = 0, distributorMargin = 0, magnitude = 0;
  for (const l of lines) {
    let a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number, i: number, j: number, k: number;
    if (isFastLine(l) && l.minorUnits === minorUnits) {
      // Whole minor units already: no decimal is built for the sum.
      const x = l.figures;
      a = x.listPrice; b = x.customer; c = x.specialBid; d = l.invoiceUnits;
      e = x.rebate; f = x.mdf; g = x.coop; h = l.net; i = x.cost;
      j = l.resellerMarginUnits ?? 0; k = l.distributorMarginUnits ?? 0;
    } else {
      a = unitsAt(l.listPrice, minorUnits); b = unitsAt(l.customerPrice, minorUnits); c = unitsAt(l.specialBidDiscount, minorUnits);
      d = unitsAt(l.vendorInvoice, minorUnits); e = unitsAt(l.rebate, minorUnits); f = unitsAt(l.mdf, minorUnits); g = unitsAt(l.coop, minorUnits);
      h = unitsAt(l.vendorNet, minorUnits); i = unitsAt(l.cost, minorUnits);
      j = l.resellerMargin === null ? 0 : unitsAt(l.resellerMargin.amount, minorUnits);
      k = l.distributorMargin === null ? 0 : unitsAt(l.distributorMargin.amount, minorUnits);
    }
    listPrice += a;
    customerPrice += b;
    specialBidDiscount += c;
    vendorInvoice += d;
    rebate += e;
    mdf += f;
    coop += g;
    vendorNet += h;
    cost += i;
    resellerMargin += j;
    distributorMargin += k;
    magnitude += Math.abs(a) + Math.abs(b) + Math.abs(c) + Math.abs(d) + Math.abs(e) + Math.abs(f) + Math.abs(g) + Math.abs(h) + Math.abs(i) + Math.abs(j) + Math.abs(k);
  }
  if (!(magnitude < 2 ** 52)) return null;
  const sums = [listPrice, customerPrice, specialBidDiscount, vendorInvoice, rebate, mdf, coop, vendorNet, cost, resellerMargin, distributorMargin];
  return sums.map((x) => BigInt(x)) as Sums;
}

/** The lines' money columns summed at the minor unit (in doubles when exact, else on bigints). */
function columnSums(lines: readonly QuoteLineResult[], minorUnits: number): Sums {
  const inDoubles = sumsInDoubles(lines, minorUnits);
  if (inDoubles !== null) return inDoubles;
  let listPrice = 0n, customerPrice = 0n, specialBidDiscount = 0n, vendorInvoice = 0n, rebate = 0n, mdf = 0n, coop = 0n;
  let vendorNet = 0n, cost = 0n, resellerMargin = 0n, distributorMargin = 0n;
  const at = (d: Decimal): bigint => (d.scale === minorUnits ? d.units : atScale(d, minorUnits).units);
  for (const l of lines) {
    listPrice += at(l.listPrice);
    customerPrice += at(l.customerPrice);
    specialBidDiscount += at(l.specialBidDiscount);
    vendorInvoice += at(l.vendorInvoice);
    rebate += at(l.rebate);
    mdf += at(l.mdf);
    coop += at(l.coop);
    vendorNet += at(l.vendorNet);
    cost += at(l.cost);
    if (l.resellerMargin) resellerMargin += at(l.resellerMargin.amount);
    if (l.distributorMargin) distributorMargin += at(l.distributorMargin.amount);
  }
  return [listPrice, customerPrice, specialBidDiscount, vendorInvoice, rebate, mdf, coop, vendorNet, cost, resellerMargin, distributorMargin];
}

/**
 * Sums of the lines' money columns (all at the model's minor unit, so whole units add). A minimum
 * commitment (rounded to the minor unit as the model's rounding policy says) above the lines' customer prices adds the difference, the
 * true-up, to the customer price, vendor invoice, vendor net and vendor margin: the vendor bills it
 * directly, no partner shares in it.
 */
export function quoteTotals(lines: readonly QuoteLineResult[], minorUnits = lines[0]?.customerPrice.scale ?? 2, minimumCommitment: Decimal | null = null, mode: RoundingMode = 'halfAwayFromZero'): QuoteTotals {
  const [listPrice, linesCustomer, specialBidDiscount, linesInvoice, rebate, mdf, coop, linesNet, cost, resellerMargin, distributorMargin] = columnSums(lines, minorUnits);
  const minimum = minimumCommitment === null ? 0n : atScale(roundMoney(minimumCommitment, minorUnits, mode), minorUnits).units;
  const trueUp = minimum > linesCustomer ? minimum - linesCustomer : 0n;
  const customerPrice = linesCustomer + trueUp;
  const vendorInvoice = linesInvoice + trueUp;
  const vendorNet = linesNet + trueUp;
  const money = (units: bigint): Decimal => ({ units, scale: minorUnits });
  const vendorMargin = money(vendorNet - cost);
  return {
    listPrice: money(listPrice),
    trueUp: money(trueUp),
    customerPrice: money(customerPrice),
    specialBidDiscount: money(specialBidDiscount),
    vendorInvoice: money(vendorInvoice),
    rebate: money(rebate),
    mdf: money(mdf),
    coop: money(coop),
    vendorNet: money(vendorNet),
    cost: money(cost),
    resellerMargin: money(resellerMargin),
    distributorMargin: money(distributorMargin),
    vendorMargin: { amount: vendorMargin, rate: shareOf(vendorMargin, money(vendorNet)) },
  };
}

/**
 * The model a quote is priced on: its market's (or the model itself), with the quote's partner purchases,
 * which pick the programme rates (linePlan.ts reads them from the model's quote).
 */
export function pricingModel(reference: Model, quote: Quote | QuoteInput): Model {
  const priced = quoteModel(reference, quote);
  const purchases = quote.partnerPurchases;
  return purchases === priced.quote.partnerPurchases ? priced : { ...priced, quote: { ...priced.quote, partnerPurchases: purchases } };
}

/**
 * Price every line of a quote and total them; a quote that names a market is priced on the market's
 * model (src/engine/markets), in its currency. A line that cannot be priced throws its PricingError with
 * the line's place prefixed: `quote.lines[1]: no list price for "BF-AUTO" in tier "product" …`.
 */
export function priceQuote(reference: Model, quote: Quote | QuoteInput = reference.quote): QuoteResult {
  const model = pricingModel(reference, quote);
  const minimum = quote.minimumCommitment === undefined ? null : dec(quote.minimumCommitment);
  const lines = quote.lines.map((line, i) => {
    try {
      return priceQuoteLine(model, line);
    } catch (e) {
      if (!isPricingError(e)) throw e;
      throw new PricingError(e.kind, `quote.lines[${i}]: ${e.message}`, `quote.lines[${i}]${e.field ? `.${e.field}` : ''}`);
    }
  });
  return { customer: quote.customer ?? '', lines, totals: quoteTotals(lines, model.rounding.minorUnits, minimum, model.rounding.mode) };
}
