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
  notAComponent: (bundle: string, sku: string) => `"${sku}" is not a component of bundle "${bundle}"`,
  configuredNotWhole: (bundle: string, sku: string, quantity: number) => `bundle "${bundle}": units of "${sku}" must be a whole number of at least 0, got ${quantity}`,
  configuredBelowMin: (bundle: string, sku: string, quantity: number, min: number) => `bundle "${bundle}": ${quantity} units of "${sku}" is below its min ${min}`,
  configuredAboveMax: (bundle: string, sku: string, quantity: number, max: number) => `bundle "${bundle}": ${quantity} units of "${sku}" is above its max ${max}`,
  configuredRequiredZero: (bundle: string, sku: string) => `bundle "${bundle}": required component "${sku}" cannot be left out (0 units)`,
  zeroStandaloneList: (bundle: string) => `bundle "${bundle}": its components' standalone list prices are all 0, so its price cannot be allocated`,
};
