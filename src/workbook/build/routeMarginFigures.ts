/**
 * The engine's figures for the RouteMargins table (routeMargins.ts): each checked entry, one unit at list
 * (a shaped entry: its reference quantity), through every route, deal registered. As the margin-floor
 * guardrail does (checkModel.ts), the entry's item is looked up once and each route's rates once per term,
 * and a route's vendor figures come from `plannedVendorFigures`, without the rest of the line; the whole
 * line (lineFigures.ts) is worked out once per entry, for the columns every route shares. Up to 2,000
 * entries through every route: a full line for each cost half a second on a 9-route model.
 */
import { priceOrNull, indexModel, type Route, routeRatesByTerm, routes, toNumber } from '../../engine';
import type { Model } from '../../engine/model/schema';
import { lineItem, withRates } from '../../engine/quote/linePlan';
import { plannedVendorFigures } from '../../engine/quote/priceQuoteLine';
import type { CheckedEntry } from './entries';
import { type LineFigures, tryLineFigures } from './lineFigures';

/** What a route's invoice and net columns cache, and the margin the lowest net gives. */
export interface RouteFigures {
  readonly vendorInvoice: number;
  readonly vendorNet: number;
  /** Vendor margin / vendor net; null when the net is 0. */
  readonly vendorMarginRate: number | null;
}

export interface EntryFigures {
  /** Per route, in order; null where the engine cannot price the line. */
  readonly routes: readonly (RouteFigures | null)[];
  /** The whole line through the first route that prices it (what every route shares: list, rate-weighted units, cost), or null. */
  readonly line: LineFigures | null;
}

/** A function giving an entry's figures at `quantity` through `ways`, with the routes' rates kept per term. */
export function entryFigures(model: Model, ways: readonly Route[]): (entry: CheckedEntry, quantity: number) => EntryFigures {
  const index = indexModel(model);
  const ratesOf = routeRatesByTerm(model, ways);
  return (entry, quantity) => {
    const item = priceOrNull(() => lineItem(model, index, { item: entry.item, tier: entry.tier, term: entry.term }));
    const rates = ratesOf(entry.term);
    const unit = { quantity, discount: 0 };
    const routes = ways.map((_, k): RouteFigures | null => {
      const r = rates[k] ?? null;
      if (item === null || r === null) return null;
      const f = priceOrNull(() => plannedVendorFigures(model, withRates(item, r), unit));
      return f === null ? null : { vendorInvoice: toNumber(f.vendorInvoice), vendorNet: toNumber(f.vendorNet), vendorMarginRate: f.rate === null ? null : toNumber(f.rate) };
    });
    let line: LineFigures | null = null;
    for (let k = 0; k < ways.length && line === null; k += 1) {
      const w = ways[k];
      if (w === undefined || routes[k] === null) continue;
      line = tryLineFigures(model, { item: entry.item, quantity, term: entry.term, tier: entry.tier, channel: w.channel.id, level: w.level?.id, dealRegistration: w.level !== null, discount: 0 }, false);
    }
    return { routes, line };
  };
}

/**
 * The entries' figures kept with the model, through its routes (`routes(model)`): for 1,000 products,
 * 18,000 lines priced, most of the workbook's description. A model is never changed once loaded, so a
 * page can work them out in turns before it describes the model (routeMarginSteps, routeMargins.ts), and
 * the description then finds them done.
 */
const kept = new WeakMap<Model, (entry: CheckedEntry, quantity: number) => EntryFigures>();

export function keptEntryFigures(model: Model): (entry: CheckedEntry, quantity: number) => EntryFigures {
  let figuresOf = kept.get(model);
  if (figuresOf === undefined) {
    const priced = entryFigures(model, routes(model));
    const byEntry = new Map<string, EntryFigures>();
    // An entry's quantity follows from the entry (one unit, or a shaped entry's reference quantity).
    figuresOf = (entry, quantity) => {
      const key = `${entry.path}\u0000${entry.term}`;
      let figures = byEntry.get(key);
      if (figures === undefined) {
        figures = priced(entry, quantity);
        byEntry.set(key, figures);
      }
      return figures;
    };
    kept.set(model, figuresOf);
  }
  return figuresOf;
}
