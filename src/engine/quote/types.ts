import type { Decimal } from '../decimal';
import type { ChannelKind } from '../channel/partyPrices';
import type { DiscountFunding } from '../model/schema';

/** A party's margin in money and as a share of what it sells for (null when it sells for 0). */
export interface Margin {
  readonly amount: Decimal;
  readonly rate: Decimal | null;
}

export interface AllocatedComponent {
  readonly sku: string;
  /** Units of the product on the line: per-bundle quantity × bundles. */
  readonly quantity: Decimal;
  /** Share of the line's customer price and of its vendor net, by standalone list price. */
  readonly customerPrice: Decimal;
  readonly vendorNet: Decimal;
}

/**
 * The price waterfall of one quote line. Money is rounded once to the model's minor unit; the discount
 * amounts and margins are differences of rounded prices, so every column adds up.
 */
export interface QuoteLineResult {
  readonly item: { readonly kind: 'product'; readonly sku: string; readonly name: string } | { readonly kind: 'bundle'; readonly id: string; readonly name: string };
  readonly quantity: Decimal;
  readonly tier: string;
  readonly term: string;
  readonly channel: string;
  readonly channelKind: ChannelKind;
  readonly level: string | null;
  readonly dealRegistration: boolean;
  /** Who funded the customer's discount on this line (see model/schema.ts Funding). */
  readonly funding: DiscountFunding;
  /** The line's negotiated discount and special bid as given, shares of list (what approvals measure). */
  readonly discountRate: Decimal;
  readonly specialBidRate: Decimal;
  /** Price-book price of one unit (a bundle: the bundle's price) for the whole term; a shaped line: List / quantity to the minor unit. */
  readonly unitListPrice: Decimal;
  /** Extended list = unit list price × quantity; a shaped line: its charge (see shapes/charge.ts). */
  readonly listPrice: Decimal;
  /** What the line's minimum charge added to the List (0 when none): List − the raw charge, rounded. */
  readonly trueUp: Decimal;
  /** The List's maths in words, "25 × 49.00 = 1,225.00" (see shapes/explain.ts). */
  readonly explanation: string;
  readonly volumeDiscount: Decimal;
  readonly afterVolume: Decimal;
  readonly termDiscount: Decimal;
  readonly afterTerm: Decimal;
  /** After term − customer price: the negotiated discount, the special bid and any price ending. */
  readonly lineDiscount: Decimal;
  /** The part of lineDiscount the special bid took (the vendor funds it): customer price without it less with it. */
  readonly specialBidDiscount: Decimal;
  readonly customerPrice: Decimal;
  /** Customer price / quantity, to the minor unit (the unit price a price ending applies to). */
  readonly customerUnitPrice: Decimal;
  /** 1 − customer price / list: the customer's total discount off list. */
  readonly customerDiscountRate: Decimal;
  readonly resellerBuy: Decimal | null;
  readonly distributorBuy: Decimal | null;
  readonly vendorInvoice: Decimal;
  readonly rebate: Decimal;
  readonly mdf: Decimal;
  /** Co-op funds: the co-op rate × the vendor invoice, claimed by the reseller. */
  readonly coop: Decimal;
  /** The programme rates the line earned (rebate tier reached, MDF within its cap, co-op), shares of the invoice. */
  readonly rates: { readonly rebate: Decimal; readonly mdf: Decimal; readonly coop: Decimal };
  /** The vendor's pocket price: invoice − rebate − MDF − co-op. */
  readonly vendorNet: Decimal;
  /** Cost to serve: unit cost per month × term months × units. */
  readonly cost: Decimal;
  readonly resellerMargin: Margin | null;
  readonly distributorMargin: Margin | null;
  /** Vendor net − cost, as a share of the vendor net. */
  readonly vendorMargin: Margin;
  /** For a bundle, its customer price and vendor net split over its components; [] for a product. */
  readonly allocation: readonly AllocatedComponent[];
}

export interface QuoteTotals {
  readonly listPrice: Decimal;
  /** The quote's minimum commitment less the lines' customer prices, when more (else 0); in customerPrice, vendorInvoice, vendorNet and vendorMargin. */
  readonly trueUp: Decimal;
  readonly customerPrice: Decimal;
  /** What special bids took off the lines' customer prices. */
  readonly specialBidDiscount: Decimal;
  readonly vendorInvoice: Decimal;
  readonly rebate: Decimal;
  readonly mdf: Decimal;
  readonly coop: Decimal;
  /** The vendor's pocket price of the quote. */
  readonly vendorNet: Decimal;
  readonly cost: Decimal;
  readonly resellerMargin: Decimal;
  readonly distributorMargin: Decimal;
  readonly vendorMargin: Margin;
}

export interface QuoteResult {
  readonly customer: string;
  readonly lines: readonly QuoteLineResult[];
  readonly totals: QuoteTotals;
}
