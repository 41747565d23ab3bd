import { type Decimal, toFixedString } from '../decimal';

const show = (d: Decimal): string => toFixedString(d);
const pct = (d: Decimal): string => `${toFixedString(d)} (${Math.round(Number(toFixedString(d)) * 1e6) / 1e4}%)`;

export const channelMessages = {
  rateOutOfRange: (field: string, value: Decimal) => `${field} must be between 0 and 1 (0% to 100%), got ${show(value)}`,
  negativeList: (value: Decimal) => `list price must not be negative, got ${show(value)}`,
  discountsOverList: (total: Decimal) => `customer, reseller and distributor discounts add up to ${pct(total)} of list, more than 100%`,
  backEndOverInvoice: (total: Decimal) => `rebate and MDF add up to ${pct(total)} of the vendor invoice, more than 100%`,
  distributorBelowReseller: (distributor: Decimal, reseller: Decimal) =>
    `under partner funding the distributor discount is its buy discount off list, so it must be at least the reseller's: got ${pct(distributor)} against ${pct(reseller)}`,
  negativeBuyPrice: (party: string, price: Decimal) => `the ${party} buy price would be negative (${show(price)}): the discounts exceed the price`,
};
