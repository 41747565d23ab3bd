/**
 * Lookups over a loaded model, built once per model and cached: maps by id, list prices and rates as
 * exact decimals, and compiled discount ladders. Pricing a quote line then costs a few map reads.
 */
import { type Decimal, dec } from '../decimal';
import { isPricingError } from '../errors';
import { type CompiledDiscountLadder, type PriceBand, type PriceLadder, compileDiscountLadder, compilePriceLadder, rateWeightedQuantity } from '../ladder';
import type { Bundle, Channel, DiscountFunding, Model, PartnerLevel, Price, Product, Term, Tier } from './schema';
import type { PriceLadderDefinition } from './shapeSchema';

export interface ModelIndex {
  readonly products: ReadonlyMap<string, Product>;
  readonly tiers: ReadonlyMap<string, Tier>;
  readonly terms: ReadonlyMap<string, Term>;
  readonly bundles: ReadonlyMap<string, Bundle>;
  readonly levels: ReadonlyMap<string, PartnerLevel>;
  readonly channels: ReadonlyMap<string, Channel>;
  readonly ladders: ReadonlyMap<string, CompiledDiscountLadder>;
  /** Unit-price ladders of tiered products, compiled (a ladder whose bands are at fault is left out). */
  readonly priceLadders: ReadonlyMap<string, PriceLadder>;
  /** List price of one unit, by `priceKey(sku, tier, term)`. */
  readonly listPrices: ReadonlyMap<string, Decimal>;
  /** The price-book entries, by `priceKey(sku, tier, term)` (a shaped product's line reads its fields). */
  readonly prices: ReadonlyMap<string, Price>;
  /** Exact decimal of any rate or amount number of the model (0.15 → 15/100), memoised. */
  readonly decimal: (value: number) => Decimal;
  /** The reseller's purchases in the programme year (the quote's partnerPurchases; 0 when absent). */
  readonly partnerPurchases: Decimal;
  /** The funding of a channel that names none: the model's discount basis (list → vendor, compound → compound). */
  readonly defaultFunding: DiscountFunding;
}

export const priceKey = (sku: string, tier: string, term: string): string => `${sku}\u0000${tier}\u0000${term}`;

const cache = new WeakMap<Model, ModelIndex>();

function byId<T>(list: readonly T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

export function indexModel(model: Model): ModelIndex {
  const hit = cache.get(model);
  if (hit) return hit;
  const decimals = new Map<number, Decimal>();
  const decimal = (value: number): Decimal => {
    let d = decimals.get(value);
    if (d === undefined) {
      d = dec(value);
      decimals.set(value, d);
    }
    return d;
  };
  const listPrices = new Map<string, Decimal>();
  const prices = new Map<string, Price>();
  for (const p of model.prices) {
    const key = priceKey(p.sku, p.tier, p.term);
    if (!listPrices.has(key)) listPrices.set(key, decimal(p.listPrice));
    if (!prices.has(key)) prices.set(key, p);
  }
  const ladders = new Map<string, CompiledDiscountLadder>();
  for (const l of model.ladders) if (!ladders.has(l.id)) ladders.set(l.id, compileDiscountLadder(l.bands, l.mode));
  const index: ModelIndex = {
    products: byId(model.products, (p) => p.sku),
    tiers: byId(model.tiers, (t) => t.id),
    terms: byId(model.terms, (t) => t.id),
    bundles: byId(model.bundles, (b) => b.id),
    levels: byId(model.levels, (l) => l.id),
    channels: byId(model.channels, (c) => c.id),
    ladders,
    priceLadders: compilePriceLadders(model.priceLadders),
    listPrices,
    prices,
    decimal,
    partnerPurchases: decimal(model.quote.partnerPurchases ?? 0),
    defaultFunding: model.discountBasis === 'compound' ? 'compound' : 'vendor',
  };
  cache.set(model, index);
  return index;
}

/**
 * A model's price ladders compiled by the ladder engine. A flat fee of 0 is no flat fee, so a
 * stairstep band without one gives its unit price for the whole quantity (see shapeSchema.ts).
 */
function compilePriceLadders(definitions: readonly PriceLadderDefinition[]): Map<string, PriceLadder> {
  const compiled = new Map<string, PriceLadder>();
  for (const l of definitions) {
    if (compiled.has(l.id)) continue;
    const bands: PriceBand[] = l.bands.map((b) => (b.flatFee > 0 ? { upTo: b.upTo, unitPrice: b.unitPrice, flatFee: b.flatFee } : { upTo: b.upTo, unitPrice: b.unitPrice }));
    try {
      compiled.set(l.id, compilePriceLadder(bands, l.mode));
    } catch (e) {
      if (!isPricingError(e)) throw e; // validation reports the band at fault
    }
  }
  return compiled;
}

const weighted = new WeakMap<CompiledDiscountLadder, Map<number, Decimal>>();
const MAX_MEMO = 10_000;

/**
 * The ladder's rate-weighted quantity W(q) (money off = unit list price × W(q)), memoised per ladder
 * and quantity (`exact` is `dec(quantity)`): a quote priced again, or many lines of the same quantity, reuse it.
 */
export function weightedQuantity(ladder: CompiledDiscountLadder, quantity: number, exact: Decimal): Decimal {
  let memo = weighted.get(ladder);
  if (!memo) {
    memo = new Map();
    weighted.set(ladder, memo);
  }
  let w = memo.get(quantity);
  if (w === undefined) {
    w = rateWeightedQuantity(ladder, exact);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(quantity, w);
  }
  return w;
}
