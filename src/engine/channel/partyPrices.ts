/**
 * The channel half of the price waterfall, shared by PRICING.WATERFALL and the quote engine: from the
 * customer price down to what the vendor keeps, with each party's margin. How the buy prices follow
 * from list is the line's discount funding (see model/schema.ts Funding):
 *
 *   reseller buy    = customer price − list × reseller discount        (vendor)
 *                   = published price − list × reseller discount       (partner: the customer's discount
 *                                                                      comes out of the reseller's margin)
 *                   = customer price × (1 − reseller discount)         (compound)
 *   distributor buy = reseller buy − list × distributor discount       (two-tier; compound: × (1 − d))
 *   vendor invoice  = what the vendor's direct buyer pays: customer (direct), reseller (one-tier),
 *                     distributor (two-tier)
 *   rebate, MDF, co-op = their rates × the (rounded) vendor invoice, paid to the reseller
 *   vendor net (pocket price) = invoice − rebate − MDF − co-op
 *
 * Every price is computed exactly and rounded once to the minor unit; margins are differences of the
 * rounded prices, so reseller margin + distributor margin = customer price − vendor net, exactly.
 */
import { type Decimal, type RoundingMode, ZERO, add, multiply, sign, subtract, isZero, ONE } from '../decimal';
import { PricingError } from '../errors';
import type { DiscountFunding } from '../model/schema';
import { roundMoney } from '../rounding/roundMoney';
import { channelMessages } from './messages';

export type ChannelKind = 'direct' | 'one-tier' | 'two-tier';

export interface PartyPricesInput {
  readonly kind: ChannelKind;
  readonly funding: DiscountFunding;
  /** Extended list price (exact): the base of every discount stated off list. */
  readonly list: Decimal;
  /** The customer price, exact (rounded here). */
  readonly customerPrice: Decimal;
  /** Partner funding: the price the buy prices are published off (list after the vendor's own discounts); default list. */
  readonly publishedPrice?: Decimal;
  /** The reseller's discount (level discount + deal registration), ignored for direct. */
  readonly resellerDiscount: Decimal;
  /** The distributor's discount on top of the reseller's, two-tier only. */
  readonly distributorDiscount: Decimal;
  /** Back-end rates (shares of the vendor invoice), ignored for direct. */
  readonly rebate: Decimal;
  readonly mdf: Decimal;
  readonly coop?: Decimal;
  /** How halves round (the model's rounding policy); half away from zero unless said. */
  readonly roundingMode?: RoundingMode;
}

export interface PartyPrices {
  readonly customerPrice: Decimal;
  readonly resellerBuy: Decimal | null;
  readonly distributorBuy: Decimal | null;
  readonly vendorInvoice: Decimal;
  readonly rebate: Decimal;
  readonly mdf: Decimal;
  readonly coop: Decimal;
  readonly vendorNet: Decimal;
  /** (customer price − reseller buy) + rebate + MDF + co-op; null when there is no reseller. */
  readonly resellerMargin: Decimal | null;
  /** reseller buy − distributor buy; null when there is no distributor. */
  readonly distributorMargin: Decimal | null;
}

function step(funding: DiscountFunding, list: Decimal, before: Decimal, discount: Decimal): Decimal {
  return funding === 'compound' ? multiply(before, subtract(ONE, discount)) : subtract(before, multiply(list, discount));
}

function checked(party: string, exact: Decimal, minorUnits: number, mode: RoundingMode): Decimal {
  const price = roundMoney(exact, minorUnits, mode);
  if (sign(price) < 0) throw new PricingError('range', channelMessages.negativeBuyPrice(party, price), party);
  return price;
}

export function partyPrices(input: PartyPricesInput, minorUnits: number): PartyPrices {
  const mode = input.roundingMode ?? 'halfAwayFromZero';
  const customerPrice = checked('customer', input.customerPrice, minorUnits, mode);
  const hasReseller = input.kind !== 'direct';
  const hasDistributor = input.kind === 'two-tier';
  const first = input.funding === 'partner' ? (input.publishedPrice ?? input.list) : input.customerPrice;
  const resellerExact = hasReseller ? step(input.funding, input.list, first, input.resellerDiscount) : null;
  const distributorExact =
    hasDistributor && resellerExact ? step(input.funding, input.list, resellerExact, input.distributorDiscount) : null;
  const resellerBuy = resellerExact ? checked('reseller', resellerExact, minorUnits, mode) : null;
  const distributorBuy = distributorExact ? checked('distributor', distributorExact, minorUnits, mode) : null;
  const vendorInvoice = distributorBuy ?? resellerBuy ?? customerPrice;
  const share = (rate: Decimal | undefined): Decimal =>
    hasReseller && rate !== undefined && !isZero(rate) ? roundMoney(multiply(vendorInvoice, rate), minorUnits, mode) : ZERO;
  const rebate = share(input.rebate);
  const mdf = share(input.mdf);
  const coop = share(input.coop);
  const vendorNet = subtract(subtract(subtract(vendorInvoice, rebate), mdf), coop);
  return {
    customerPrice,
    resellerBuy,
    distributorBuy,
    vendorInvoice,
    rebate,
    mdf,
    coop,
    vendorNet,
    resellerMargin: resellerBuy ? add(add(add(subtract(customerPrice, resellerBuy), rebate), mdf), coop) : null,
    distributorMargin: resellerBuy && distributorBuy ? subtract(resellerBuy, distributorBuy) : null,
  };
}
