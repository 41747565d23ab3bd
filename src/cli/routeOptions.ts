/**
 * The options of `tiercraft routes` read against the model: the item (a product's SKU or a bundle's id),
 * its tier and term, the quantity, the negotiated discount and the partner's purchases. Each bad value
 * is a CliError (exit 2) naming the option, the value and what the model offers.
 */
import type { Model, QuoteItem } from '../engine/model/schema';
import type { RouteQuery } from '../engine/routes';
import { CliError, EXIT } from './exitCodes';
import { cliMessages as m } from './messages';

export interface RoutesOptions {
  readonly item?: string;
  readonly tier?: string;
  readonly term?: string;
  readonly quantity?: string;
  readonly discount?: string;
  readonly purchases?: string;
  readonly matrix?: boolean;
  readonly json?: boolean;
}

const usage = (message: string): CliError => new CliError(EXIT.usage, message);

/** A number ≥ 0 as typed on the command line; `fallback` when the option is not given. */
export function amountOption(option: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw usage(m.notAnAmount(option, raw));
  return value;
}

/** A rate from 0 to 1, typed as 0.1 or 10%. */
export function rateOption(option: string, raw: string | undefined): number {
  if (raw === undefined) return 0;
  const text = raw.trim();
  const percent = text.endsWith('%');
  const value = text === '' || text === '%' ? Number.NaN : Number(percent ? text.slice(0, -1) : text);
  const rate = percent ? value / 100 : value;
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw usage(m.notARate(option, raw));
  return rate;
}

/** The id given, or the model's only one; unknown or missing (among several) is an error listing them. */
function pick(option: string, raw: string | undefined, known: readonly string[]): string {
  if (raw === undefined) {
    if (known.length === 1) return known[0]!;
    throw usage(m.missingOption(option, known));
  }
  if (!known.includes(raw)) throw usage(m.unknownValue(option, raw, known));
  return raw;
}

/** A product by SKU first, then a bundle by id. */
export function itemOption(model: Model, raw: string | undefined): QuoteItem {
  if (raw === undefined) throw usage(m.missingItem());
  if (model.products.some((p) => p.sku === raw)) return { sku: raw };
  if (model.bundles.some((b) => b.id === raw)) return { bundle: raw };
  throw usage(m.unknownItem(raw, model.products.map((p) => p.sku), model.bundles.map((b) => b.id)));
}

export const tierOption = (model: Model, raw: string | undefined): string => pick('--tier', raw, model.tiers.map((t) => t.id));
export const termOption = (model: Model, raw: string | undefined): string => pick('--term', raw, model.terms.map((t) => t.id));

/** The engine's query for one item's routes. A bundle is priced in its own tier, so --tier is not asked for. */
export function routeQuery(model: Model, options: RoutesOptions): RouteQuery {
  const item = itemOption(model, options.item);
  return {
    item,
    tier: 'sku' in item ? tierOption(model, options.tier) : undefined,
    term: termOption(model, options.term),
    quantity: amountOption('--quantity', options.quantity, 1),
    discount: rateOption('--discount', options.discount),
    partnerPurchases: amountOption('--purchases', options.purchases, model.quote.partnerPurchases ?? 0),
  };
}
