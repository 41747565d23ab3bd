import { type Decimal, toFixedString } from '../decimal';

const show = (d: Decimal): string => toFixedString(d);

export const bundleMessages = {
  noComponents: () => 'a bundle needs at least one component',
  discountOutOfRange: (discount: Decimal) => `bundle discount must be between 0 and 1 (0% to 100%), got ${show(discount)}`,
  negativeListPrice: (index: number, price: Decimal) => `component ${index + 1}: list price must not be negative, got ${show(price)}`,
  negativeQuantity: (index: number, quantity: Decimal) => `component ${index + 1}: quantity must not be negative, got ${show(quantity)}`,
  unknownBundle: (id: string) => `no bundle "${id}"`,
  unknownTerm: (id: string) => `no term "${id}"`,
  noFixedPrice: (bundle: string, term: string) => `bundle "${bundle}" has no fixed price for term "${term}"`,
  noComponentPrice: (bundle: string, sku: string, tier: string, term: string) =>
    `bundle "${bundle}": component "${sku}" has no list price in tier "${tier}" for term "${term}"`,
  zeroStandaloneList: (bundle: string) => `bundle "${bundle}": its components' standalone list prices are all 0, so its price cannot be allocated`,
};
