export const quoteMessages = {
  unknown: (what: string, id: string) => `no ${what} "${id}"`,
  tierRequired: (sku: string) => `a product line needs a price-book tier for "${sku}", got none`,
  noListPrice: (sku: string, tier: string, term: string) => `no list price for "${sku}" in tier "${tier}" for term "${term}"`,
  levelRequired: (channel: string) => `channel "${channel}" sells through a reseller, so the line needs a partner level, got none`,
  componentsOnProduct: (sku: string) => `components apply to bundle lines only, not to product "${sku}"`,
  quantityNotPositive: (quantity: number) => `quantity must be greater than 0, got ${quantity}`,
  discountOutOfRange: (discount: number) => `discount must be between 0 and 1 (0% to 100%), got ${discount}`,
  specialBidOutOfRange: (bid: number) => `special bid must be between 0 and 1 (0% to 100%), got ${bid}`,
  discountsOverList: (total: string) => `the discounts off list add up to ${total}, more than the list price: the customer price would be negative`,
};
