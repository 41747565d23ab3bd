/**
 * A quote line as a plain object: every field of QuoteLineResult copied into an object of its own. A
 * line priced on the fast path keeps whole numbers and builds each column when it is read (fastLine.ts),
 * so its fields are not own properties; what copies a line by its own properties (a spread, JSON,
 * structured clone to a worker, a deep comparison) takes this instead. The literal must name every field
 * of the type, so a field added to QuoteLineResult is added here too.
 */
import type { QuoteLineResult } from './types';

export function plainQuoteLine(line: QuoteLineResult): QuoteLineResult {
  return {
    item: line.item,
    quantity: line.quantity,
    tier: line.tier,
    term: line.term,
    channel: line.channel,
    channelKind: line.channelKind,
    level: line.level,
    dealRegistration: line.dealRegistration,
    funding: line.funding,
    discountRate: line.discountRate,
    specialBidRate: line.specialBidRate,
    unitListPrice: line.unitListPrice,
    listPrice: line.listPrice,
    trueUp: line.trueUp,
    explanation: line.explanation,
    volumeDiscount: line.volumeDiscount,
    afterVolume: line.afterVolume,
    termDiscount: line.termDiscount,
    afterTerm: line.afterTerm,
    lineDiscount: line.lineDiscount,
    specialBidDiscount: line.specialBidDiscount,
    customerPrice: line.customerPrice,
    customerUnitPrice: line.customerUnitPrice,
    customerDiscountRate: line.customerDiscountRate,
    resellerBuy: line.resellerBuy,
    distributorBuy: line.distributorBuy,
    vendorInvoice: line.vendorInvoice,
    rebate: line.rebate,
    mdf: line.mdf,
    coop: line.coop,
    rates: line.rates,
    vendorNet: line.vendorNet,
    cost: line.cost,
    resellerMargin: line.resellerMargin,
    distributorMargin: line.distributorMargin,
    vendorMargin: line.vendorMargin,
    allocation: line.allocation,
  };
}
