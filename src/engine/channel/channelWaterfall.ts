import { type Decimal, ONE, add, compare, divide, isZero, multiply, normalize, sign, subtract } from '../decimal';
import { PricingError } from '../errors';
import { RATE_SCALE, checkMinorUnits } from '../rounding/roundMoney';
import { channelMessages } from './messages';
import { type ChannelKind, partyPrices } from './partyPrices';
import type { DiscountFunding } from '../model/schema';

export type Party = 'Customer' | 'Reseller' | 'Distributor' | 'Vendor';

/** One party of a waterfall: what it pays, what it sells for, what it keeps; null where not applicable. */
export interface WaterfallRow {
  readonly party: Party;
  readonly buyPrice: Decimal | null;
  readonly sellPrice: Decimal | null;
  readonly margin: Decimal | null;
  readonly marginRate: Decimal | null;
}

export interface ChannelWaterfallInput {
  readonly listPrice: Decimal;
  /** Shares of list, 0 to 1. */
  readonly customerDiscount: Decimal;
  readonly resellerDiscount: Decimal;
  readonly distributorDiscount: Decimal;
  /** Shares of the vendor invoice, paid to the reseller. */
  readonly rebate: Decimal;
  readonly mdf: Decimal;
  /**
   * Who funds the customer's discount (default vendor). Under partner, the reseller and distributor
   * discounts are each that party's buy discount off list (the distributor's at least the reseller's).
   */
  readonly funding?: DiscountFunding;
}

function checkRate(field: string, value: Decimal): void {
  if (sign(value) < 0 || compare(value, ONE) > 0) {
    throw new PricingError('range', channelMessages.rateOutOfRange(field, value), field);
  }
}

/** margin / sell price, or null when there is no margin or the price is 0. */
export function shareOf(margin: Decimal | null, price: Decimal | null): Decimal | null {
  if (margin === null || price === null || isZero(price)) return null;
  return normalize(divide(margin, price, RATE_SCALE, 'halfAwayFromZero'));
}

/**
 * The channel waterfall of one unit sold at `listPrice`, every discount a share of list, the buy prices
 * following from it as `funding` says (see partyPrices.ts). The channel is read from the discounts: two-tier when the distributor discount is above
 * 0, one-tier when the reseller discount, rebate or MDF is, direct otherwise. Always four rows, Customer,
 * Reseller, Distributor, Vendor; a party absent from the channel has all nulls. The Vendor row sells at
 * the vendor invoice and keeps the vendor net (margin % = net / invoice).
 *
 * List 1000, customer 10%, reseller 20%, distributor 5%, rebate 2%, MDF 1%: customer pays 900.00,
 * reseller buys at 700.00, distributor at 650.00; rebate 13.00, MDF 6.50, vendor net 630.50; reseller
 * margin 200 + 13 + 6.50 = 219.50, distributor 50.00, and 219.50 + 50.00 = 900.00 − 630.50.
 *
 * Partner funding, list 1000, customer 10%, reseller 30%, distributor 40% (each off list): customer pays
 * 900, reseller buys at 700 and earns 200, distributor buys at 600 and earns 100; vendor invoice 600.
 */
export function channelWaterfall(input: ChannelWaterfallInput, minorUnits: number): readonly WaterfallRow[] {
  checkMinorUnits(minorUnits);
  if (sign(input.listPrice) < 0) throw new PricingError('range', channelMessages.negativeList(input.listPrice), 'list price');
  checkRate('customer discount', input.customerDiscount);
  checkRate('reseller discount', input.resellerDiscount);
  checkRate('distributor discount', input.distributorDiscount);
  checkRate('rebate', input.rebate);
  checkRate('MDF', input.mdf);
  const funding = input.funding ?? 'vendor';
  const discounts = add(add(input.customerDiscount, input.resellerDiscount), input.distributorDiscount);
  if (funding === 'vendor' && compare(discounts, ONE) > 0) throw new PricingError('range', channelMessages.discountsOverList(discounts), 'discounts');
  // Partner funding takes the distributor's buy discount off list; the chain wants its part on top of the reseller's.
  const onTop = funding === 'partner' && !isZero(input.distributorDiscount) ? subtract(input.distributorDiscount, input.resellerDiscount) : input.distributorDiscount;
  if (sign(onTop) < 0) throw new PricingError('range', channelMessages.distributorBelowReseller(input.distributorDiscount, input.resellerDiscount), 'distributor discount');
  const backEnd = add(input.rebate, input.mdf);
  if (compare(backEnd, ONE) > 0) throw new PricingError('range', channelMessages.backEndOverInvoice(backEnd), 'rebate');

  const kind: ChannelKind = !isZero(input.distributorDiscount)
    ? 'two-tier'
    : !isZero(input.resellerDiscount) || !isZero(input.rebate) || !isZero(input.mdf)
      ? 'one-tier'
      : 'direct';
  const p = partyPrices(
    {
      kind,
      funding,
      list: input.listPrice,
      customerPrice: multiply(input.listPrice, subtract(ONE, input.customerDiscount)),
      resellerDiscount: input.resellerDiscount,
      distributorDiscount: onTop,
      rebate: input.rebate,
      mdf: input.mdf,
    },
    minorUnits,
  );
  const absent = (party: Party): WaterfallRow => ({ party, buyPrice: null, sellPrice: null, margin: null, marginRate: null });
  return [
    { party: 'Customer', buyPrice: p.customerPrice, sellPrice: null, margin: null, marginRate: null },
    p.resellerBuy
      ? {
          party: 'Reseller',
          buyPrice: p.resellerBuy,
          sellPrice: p.customerPrice,
          margin: p.resellerMargin,
          marginRate: shareOf(p.resellerMargin, p.customerPrice),
        }
      : absent('Reseller'),
    p.distributorBuy && p.resellerBuy
      ? {
          party: 'Distributor',
          buyPrice: p.distributorBuy,
          sellPrice: p.resellerBuy,
          margin: p.distributorMargin,
          marginRate: shareOf(p.distributorMargin, p.resellerBuy),
        }
      : absent('Distributor'),
    { party: 'Vendor', buyPrice: null, sellPrice: p.vendorInvoice, margin: p.vendorNet, marginRate: shareOf(p.vendorNet, p.vendorInvoice) },
  ];
}
