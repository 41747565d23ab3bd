/**
 * Guardrails over a quote, line by line (path "quote.lines[i]"):
 * - vendor-margin-floor: (vendor net − cost) / vendor net below the model's floor;
 * - max-customer-discount: the customer's total discount off list (1 − customer price / list) above
 *   the maximum;
 * - channel-conflict: a direct line whose customer price is below the least a partner's customer can
 *   be charged for the same line, i.e. the lowest reseller buy price for the same item, quantity, term
 *   and tier over every partner channel and level, deal registered, with no negotiated discount. Below
 *   it, no partner can match the vendor's own price without selling at a loss;
 * - partner-margin: a partner line whose customer price is below the reseller's buy price (under partner
 *   funding, a customer discount deeper than the reseller's own: the reseller sells at a loss before
 *   its back-end funds);
 * - unpriceable-line: a line that cannot be priced (unknown item, no list price, …).
 */
import { type Decimal, compare } from '../decimal';
import { isPricingError } from '../errors';
import type { Model, Quote } from '../model/schema';
import type { QuoteLineInput } from '../quote/linePlan';
import { priceQuoteLine } from '../quote/priceQuoteLine';
import { type QuoteInput, pricingModel } from '../quote/priceQuote';
import type { QuoteLineResult } from '../quote/types';
import { routeText, routes } from './checkModel';
import { guardrailMessages as m } from './messages';
import type { Breach } from './types';

const asNumber = (d: Decimal): number => Number(d.units) / 10 ** d.scale;

/** The least a partner's customer can pay for the line, and through which route. */
function partnerFloor(model: Model, line: QuoteLineInput): { price: Decimal; via: string } | null {
  let best: { price: Decimal; via: string } | null = null;
  for (const route of routes(model)) {
    if (route.level === null) continue;
    try {
      const priced = priceQuoteLine(model, { ...line, channel: route.channel.id, level: route.level.id, dealRegistration: true, discount: 0 });
      if (priced.resellerBuy && (best === null || compare(priced.resellerBuy, best.price) < 0)) best = { price: priced.resellerBuy, via: routeText(route) };
    } catch (e) {
      if (!isPricingError(e)) throw e;
    }
  }
  return best;
}

/** A priced line's vendor margin is below the model's floor (a net of 0 has no margin: below it too). */
export function belowMarginFloor(model: Model, result: QuoteLineResult): boolean {
  const rate = result.vendorMargin.rate;
  return rate === null || asNumber(rate) < model.guardrails.vendorMarginFloor;
}

export function checkQuoteLine(model: Model, line: QuoteLineInput, path: string, priced?: QuoteLineResult): Breach[] {
  const breaches: Breach[] = [];
  let result = priced;
  if (!result) {
    try {
      result = priceQuoteLine(model, line);
    } catch (e) {
      if (!isPricingError(e)) throw e;
      return [{ rule: 'unpriceable-line', path, severity: 'error', message: m.unpriceable(path, e.message) }];
    }
  }
  const { vendorMarginFloor, maxCustomerDiscount, channelConflict } = model.guardrails;
  if (belowMarginFloor(model, result)) {
    const rate = result.vendorMargin.rate;
    breaches.push({ rule: 'vendor-margin-floor', path, severity: 'error', message: m.marginFloor(path, rate, vendorMarginFloor, result.vendorNet, result.cost) });
  }
  if (asNumber(result.customerDiscountRate) > maxCustomerDiscount + 1e-12) {
    breaches.push({ rule: 'max-customer-discount', path, severity: 'error', message: m.maxDiscount(path, result.customerDiscountRate, maxCustomerDiscount) });
  }
  if (result.resellerBuy !== null && compare(result.customerPrice, result.resellerBuy) < 0) {
    breaches.push({ rule: 'partner-margin', path, severity: 'warning', message: m.partnerMargin(path, result.customerPrice, result.resellerBuy) });
  }
  if (channelConflict && result.channelKind === 'direct') {
    const floor = partnerFloor(model, line);
    if (floor && compare(result.customerPrice, floor.price) < 0) {
      breaches.push({ rule: 'channel-conflict', path, severity: 'warning', message: m.channelConflict(path, result.customerPrice, floor.price, floor.via) });
    }
  }
  return breaches;
}

/** A quote that names a market is checked on the market's model, as it is priced. */
export function checkQuote(reference: Model, quote: Quote | QuoteInput = reference.quote): Breach[] {
  const model = pricingModel(reference, quote);
  return quote.lines.flatMap((line, i) => checkQuoteLine(model, line, `quote.lines[${i}]`));
}
