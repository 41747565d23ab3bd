/** Messages of markets and the price corridor, in one place so tests can pin them. */
import { type Decimal, toFixedString } from '../decimal';
import { percent } from '../guardrails/messages';

const money = (d: Decimal): string => toFixedString(d);

export const marketMessages = {
  unknownMarket: (id: string) => `no market "${id}"`,
  corridor: (market: string, what: string, price: Decimal, currency: string, inReference: Decimal, reference: Decimal, referenceCurrency: string, deviation: Decimal, corridor: number) =>
    `market "${market}": ${what}: price ${money(price)} ${currency} is ${money(inReference)} ${referenceCurrency} at the exchange rate, ${percent(deviation.units < 0n ? { units: -deviation.units, scale: deviation.scale } : deviation)} ${deviation.units < 0n ? 'below' : 'above'} the reference price ${money(reference)} ${referenceCurrency}: beyond the price corridor of ${percent(corridor)}`,
  inMarket: (market: string, message: string) => `market "${market}": ${message}`,
  overrideNotInPriceBook: (sku: string, tier: string, term: string) => `no price-book entry for "${sku}" in tier "${tier}" for term "${term}" to override`,
  duplicateOverride: (sku: string, tier: string, term: string, firstPath: string) => `a second override of "${sku}" in tier "${tier}" for term "${term}" (first at ${firstPath})`,
  referenceCurrency: (currency: string) => `the market's currency ${currency} is the model's own, yet its exchange rate is not 1: prices are converted at that rate all the same`,
  overrideOnTiered: (sku: string) => `"${sku}" is a tiered product: its price ladder sets its prices, so a list-price override has no effect`,
};
