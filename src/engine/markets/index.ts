/** Markets: price books in other currencies or regions, derived from the reference price book. */
export { marketAmount, marketRounding, marketUnitCost, marketUnitPrice, convertedPrice } from './marketPrice';
export { marketModel, marketOf, quoteModel, overridesOf, overrideKey } from './marketModel';
export { marketPriceBook, outsideCorridor, type MarketPriceRow } from './marketPriceBook';
export { priceCorridorBreaches, marketRowPath, marketRowText } from './priceCorridor';
export { marketGuardrailBreaches } from './marketGuardrails';
export { marketMessages } from './messages';
