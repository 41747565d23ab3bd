/**
 * The channel half of the price waterfall, shared by PRICING.WATERFALL and the quote engine: from the
 * customer price down to what the vendor keeps, with each party's margin.
 *
 *   reseller buy    = customer price − list × reseller discount     (basis 'list')
 *                   = customer price × (1 − reseller discount)      (basis 'compound')
 *   distributor buy = reseller buy − list × distributor discount    (two-tier; 'compound': × (1 − d))
 *   vendor invoice  = what the vendor's direct buyer pays: customer (direct), reseller (one-tier),
 *                     distributor (two-tier)
 *   rebate, MDF     = their rates × the (rounded) vendor invoice, paid to the reseller
 *   vendor net      = invoice − rebate − MDF
 *
 * Every price is computed exactly and rounded once to the minor unit; margins are differences of the
 * rounded prices, so reseller margin + distributor margin = customer price − vendor net, exactly.
 */
import { type Decimal, type RoundingMode, ONE, ZERO, add, multiply, sign, subtract, isZero } from '../decimal';
import { PricingError } from '../errors';
import { roundMoney } from '../rounding/roundMoney';
import { channelMessages } from './messages';

export type ChannelKind = 'direct' | 'one-tier' | 'two-tier';
export type DiscountBasis = 'list' | 'compound';

export interface PartyPricesInput {
  readonly kind: ChannelKind;
  readonly basis: DiscountBasis;
  /** Extended list price (exact): the base of every discount stated off list. */
  readonly list: Decimal;
  /** The customer price, exact (rounded here). */
  readonly customerPrice: Decimal;
  /** The reseller's discount (level discount + deal registration), ignored for direct. */
  readonly resellerDiscount: Decimal;
  /** The distributor's discount, two-tier only. */
  readonly distributorDiscount: Decimal;
  /** Back-end rebate and MDF rates (shares of the vendor invoice), ignored for direct. */
  readonly rebate: Decimal;
  readonly mdf: Decimal;
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
  readonly vendorNet: Decimal;
  /** (customer price − reseller buy) + rebate + MDF; null when there is no reseller. */
  readonly resellerMargin: Decimal | null;
  /** reseller buy − distributor buy; null when there is no distributor. */
  readonly distributorMargin: Decimal | null;
}

function step(basis: DiscountBasis, list: Decimal, before: Decimal, discount: Decimal): Decimal {
  return basis === 'list' ? subtract(before, multiply(list, discount)) : multiply(before, subtract(ONE, discount));
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
  const resellerExact = hasReseller ? step(input.basis, input.list, input.customerPrice, input.resellerDiscount) : null;
  const distributorExact =
    hasDistributor && resellerExact ? step(input.basis, input.list, resellerExact, input.distributorDiscount) : null;
  const resellerBuy = resellerExact ? checked('reseller', resellerExact, minorUnits, mode) : null;
  const distributorBuy = distributorExact ? checked('distributor', distributorExact, minorUnits, mode) : null;
  const vendorInvoice = distributorBuy ?? resellerBuy ?? customerPrice;
  const rebate = hasReseller && !isZero(input.rebate) ? roundMoney(multiply(vendorInvoice, input.rebate), minorUnits, mode) : ZERO;
  const mdf = hasReseller && !isZero(input.mdf) ? roundMoney(multiply(vendorInvoice, input.mdf), minorUnits, mode) : ZERO;
  const vendorNet = subtract(subtract(vendorInvoice, rebate), mdf);
  return {
    customerPrice,
    resellerBuy,
    distributorBuy,
    vendorInvoice,
    rebate,
    mdf,
    vendorNet,
    resellerMargin: resellerBuy ? add(add(subtract(customerPrice, resellerBuy), rebate), mdf) : null,
    distributorMargin: resellerBuy && distributorBuy ? subtract(resellerBuy, distributorBuy) : null,
  };
}
