/**
 * Guardrails over the whole model:
 * - vendor-margin-floor: every price-book entry and every bundle, on every term it is sold, through
 *   every channel and partner level (deal registered, the deepest discount the programme allows), one
 *   unit at list with no negotiated discount: (vendor net − cost) / vendor net must reach the floor;
 *   a shaped entry at its reference quantity (shapes/charge.ts referenceQuantity: the first quantity
 *   it charges its price for, e.g. one whole package after the included units);
 * - max-customer-discount: a term discount, or a ladder band together with the largest term discount,
 *   that takes more off list than the maximum customer discount;
 * - rising-unit-price: a ladder band that gives less off than the band before, so the (marginal) unit
 *   price rises with quantity;
 * - repeated-job: a tier whose defining persona and job repeat an earlier tier's (tierJobs.ts).
 */
import { isPricingError } from '../errors';
import type { Channel, Model, PartnerLevel } from '../model/schema';
import { indexModel } from '../model/modelIndex';
import { type LineRates, type QuoteLineInput, lineItem, lineRates, withRates } from '../quote/linePlan';
import { plannedVendorFigures } from '../quote/priceQuoteLine';
import { referenceQuantity } from '../shapes';
import { guardrailMessages as m } from './messages';
import { priceCliffs } from './priceCliff';
import { repeatedJobs } from './tierJobs';
import type { Breach } from './types';

export interface Route {
  readonly channel: Channel;
  readonly level: PartnerLevel | null;
}

/** Every way a unit can be sold: direct, and each partner channel at each level. */
export function routes(model: Model): Route[] {
  const out: Route[] = [];
  for (const channel of model.channels) {
    if (channel.kind === 'direct') out.push({ channel, level: null });
    else for (const level of model.levels) out.push({ channel, level });
  }
  return out;
}

export const routeText = (route: Route): string =>
  route.level ? `channel "${route.channel.id}", level "${route.level.id}"${route.level.dealRegistration > 0 ? ', deal registered' : ''}` : `channel "${route.channel.id}"`;

/**
 * Every price-book entry and bundle term through every route. The item (list price, ladder, cost) is
 * looked up once per entry and each route's rates once per term; the plans they make are priced and
 * dropped, not cached as a quote's are, so a price book of any size costs one pricing per entry and route.
 */
function marginFloor(model: Model, breaches: Breach[]): void {
  const floor = model.guardrails.vendorMarginFloor;
  const index = indexModel(model);
  const all = routes(model);
  const ratesOf = routeRatesByTerm(model, all);
  const check = (path: string, what: string, line: Pick<QuoteLineInput, 'item' | 'tier' | 'term'>): void => {
    const item = priceOrNull(() => lineItem(model, index, line));
    if (item === null) return;
    const rates = ratesOf(line.term);
    const unit = { quantity: referenceQuantity(item.shape) };
    all.forEach((route, i) => {
      const routeRates = rates[i];
      if (routeRates === undefined || routeRates === null) return;
      const priced = priceOrNull(() => plannedVendorFigures(model, withRates(item, routeRates), unit));
      if (priced === null) return;
      const rate = priced.rate;
      if (rate === null || Number(rate.units) / 10 ** rate.scale < floor) {
        breaches.push({ rule: 'vendor-margin-floor', path, severity: 'error', message: m.marginFloor(`${what} via ${routeText(route)}`, rate, floor, priced.vendorNet, priced.cost) });
      }
    });
  };
  model.prices.forEach((p, i) => check(`prices[${i}]`, `"${p.sku}" in tier "${p.tier}" for term "${p.term}"`, { item: { sku: p.sku }, tier: p.tier, term: p.term }));
  model.bundles.forEach((b, i) => {
    const terms = b.pricing.kind === 'fixed' ? Object.keys(b.pricing.prices) : model.terms.map((t) => t.id);
    for (const term of terms) check(`bundles[${i}]`, `bundle "${b.id}" for term "${term}"`, { item: { bundle: b.id }, term });
  });
}

/**
 * Each route's rates on a term (deal registered where the route has a level), looked up once per term;
 * null for a route that cannot price on the term. What checks over every entry and route share.
 */
export function routeRatesByTerm(model: Model, ways: readonly Route[]): (term: string) => readonly (LineRates | null)[] {
  const index = indexModel(model);
  const byTerm = new Map<string, (LineRates | null)[]>();
  return (term) => {
    let rates = byTerm.get(term);
    if (rates === undefined) {
      rates = ways.map((route) => priceOrNull(() => lineRates(index, { term, channel: route.channel.id, level: route.level?.id, dealRegistration: route.level !== null })));
      byTerm.set(term, rates);
    }
    return rates;
  };
}

/** What `work` returns, or null when it cannot be priced (a PricingError). */
export function priceOrNull<T>(work: () => T): T | null {
  try {
    return work();
  } catch (e) {
    if (!isPricingError(e)) throw e;
    return null;
  }
}

function maxDiscount(model: Model, breaches: Breach[]): void {
  const max = model.guardrails.maxCustomerDiscount;
  const deepestTerm = model.terms.reduce<{ id: string; discount: number } | null>((a, t) => (a === null || t.discount > a.discount ? t : a), null);
  model.terms.forEach((t, i) => {
    if (t.discount > max) breaches.push({ rule: 'max-customer-discount', path: `terms[${i}].discount`, severity: 'error', message: m.maxDiscount(`term "${t.id}"`, t.discount, max) });
  });
  const termOff = deepestTerm?.discount ?? 0;
  model.ladders.forEach((ladder, i) => {
    ladder.bands.forEach((band, j) => {
      const total = model.discountBasis === 'list' ? band.discount + termOff : 1 - (1 - band.discount) * (1 - termOff);
      // A term that alone exceeds the maximum is reported once, above, not with every band.
      if (band.discount <= max && termOff <= max && total > max + 1e-12) {
        const what = `ladder "${ladder.id}" band ${j + 1} (${band.discount * 100}%) with term "${deepestTerm?.id ?? ''}" (${termOff * 100}%)`;
        breaches.push({ rule: 'max-customer-discount', path: `ladders[${i}].bands[${j}]`, severity: 'warning', message: m.maxDiscount(what, Math.round(total * 1e10) / 1e10, max) });
      } else if (band.discount > max) {
        breaches.push({ rule: 'max-customer-discount', path: `ladders[${i}].bands[${j}]`, severity: 'error', message: m.maxDiscount(`ladder "${ladder.id}" band ${j + 1}`, band.discount, max) });
      }
    });
  });
}

function risingUnitPrice(model: Model, breaches: Breach[]): void {
  model.ladders.forEach((ladder, i) => {
    ladder.bands.forEach((band, j) => {
      const before = ladder.bands[j - 1];
      if (before && band.discount < before.discount) {
        breaches.push({ rule: 'rising-unit-price', path: `ladders[${i}].bands[${j}]`, severity: 'warning', message: m.risingUnitPrice(ladder.id, j + 1, before.discount, band.discount, ladder.mode) });
      }
    });
  });
}

export function checkModel(model: Model): Breach[] {
  const breaches: Breach[] = [];
  marginFloor(model, breaches);
  breaches.push(...checkDiscounts(model), ...repeatedJobs(model));
  return breaches;
}

/** The guardrails on terms and ladders alone (max-customer-discount, rising-unit-price, price-cliff). */
export function checkDiscounts(model: Model): Breach[] {
  const breaches: Breach[] = [];
  maxDiscount(model, breaches);
  if (model.guardrails.risingUnitPrice) risingUnitPrice(model, breaches);
  breaches.push(...priceCliffs(model));
  return breaches;
}
