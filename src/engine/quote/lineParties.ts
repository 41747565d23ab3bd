import { shareOf, type WaterfallRow } from '../channel/channelWaterfall';
import type { QuoteLineResult } from './types';

/**
 * A priced line as PRICING.WATERFALL's rows (Customer, Reseller, Distributor, Vendor): what each party
 * pays, sells for and keeps; a party absent from the line's channel has all nulls.
 */
export function lineParties(line: QuoteLineResult): readonly WaterfallRow[] {
  const absent = { buyPrice: null, sellPrice: null, margin: null, marginRate: null };
  return [
    { party: 'Customer', buyPrice: line.customerPrice, sellPrice: null, margin: null, marginRate: null },
    line.resellerBuy && line.resellerMargin
      ? { party: 'Reseller', buyPrice: line.resellerBuy, sellPrice: line.customerPrice, margin: line.resellerMargin.amount, marginRate: line.resellerMargin.rate }
      : { party: 'Reseller', ...absent },
    line.distributorBuy && line.resellerBuy && line.distributorMargin
      ? { party: 'Distributor', buyPrice: line.distributorBuy, sellPrice: line.resellerBuy, margin: line.distributorMargin.amount, marginRate: line.distributorMargin.rate }
      : { party: 'Distributor', ...absent },
    {
      party: 'Vendor',
      buyPrice: null,
      sellPrice: line.vendorInvoice,
      margin: line.vendorNet,
      marginRate: shareOf(line.vendorNet, line.vendorInvoice),
    },
  ];
}
