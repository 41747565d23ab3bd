import { type Decimal, ZERO, add, subtract } from '../decimal';
import { PricingError, isPricingError } from '../errors';
import { shareOf } from '../channel/channelWaterfall';
import type { Model, Quote } from '../model/schema';
import { type QuoteLineInput, priceQuoteLine } from './priceQuoteLine';
import type { QuoteLineResult, QuoteResult, QuoteTotals } from './types';

export interface QuoteInput {
  readonly customer?: string;
  readonly lines: readonly QuoteLineInput[];
}

const plus = (a: Decimal, b: Decimal | null): Decimal => (b === null ? a : add(a, b));

export function quoteTotals(lines: readonly QuoteLineResult[]): QuoteTotals {
  let listPrice = ZERO, customerPrice = ZERO, vendorInvoice = ZERO, rebate = ZERO, mdf = ZERO;
  let vendorNet = ZERO, cost = ZERO, resellerMargin = ZERO, distributorMargin = ZERO;
  for (const l of lines) {
    listPrice = add(listPrice, l.listPrice);
    customerPrice = add(customerPrice, l.customerPrice);
    vendorInvoice = add(vendorInvoice, l.vendorInvoice);
    rebate = add(rebate, l.rebate);
    mdf = add(mdf, l.mdf);
    vendorNet = add(vendorNet, l.vendorNet);
    cost = add(cost, l.cost);
    resellerMargin = plus(resellerMargin, l.resellerMargin?.amount ?? null);
    distributorMargin = plus(distributorMargin, l.distributorMargin?.amount ?? null);
  }
  const vendorMargin = subtract(vendorNet, cost);
  return { listPrice, customerPrice, vendorInvoice, rebate, mdf, vendorNet, cost, resellerMargin, distributorMargin, vendorMargin: { amount: vendorMargin, rate: shareOf(vendorMargin, vendorNet) } };
}

/**
 * Price every line of a quote and total them. A line that cannot be priced throws its PricingError with
 * the line's place prefixed: `quote.lines[1]: no list price for "BF-AUTO" in tier "product" …`.
 */
export function priceQuote(model: Model, quote: Quote | QuoteInput = model.quote): QuoteResult {
  const lines = quote.lines.map((line, i) => {
    try {
      return priceQuoteLine(model, line);
    } catch (e) {
      if (!isPricingError(e)) throw e;
      throw new PricingError(e.kind, `quote.lines[${i}]: ${e.message}`, `quote.lines[${i}]${e.field ? `.${e.field}` : ''}`);
    }
  });
  return { customer: quote.customer ?? '', lines, totals: quoteTotals(lines) };
}
