/**
 * What a quote line's price depends on apart from its quantity and negotiated discount: the item and
 * its unit list price, the ladder, the term, channel and partner rates, the cost to serve. Plans are
 * cached per model, so a 1,000-line quote resolves each distinct line once.
 */
import { type Decimal, ZERO, add, atScale, multiply } from '../decimal';
import { PricingError } from '../errors';
import type { CompiledDiscountLadder } from '../ladder';
import { bundlePrice, configurationKey, type BundlePriceResult } from '../bundle/bundlePrice';
import type { ChannelKind } from '../channel/partyPrices';
import { type ModelIndex, indexModel, priceKey } from '../model/modelIndex';
import type { DiscountFunding, Model, QuoteLine } from '../model/schema';
import { programmeRates } from '../channel/programme';
import { type ShapedEntry, shapedEntry } from '../shapes';
import { quoteMessages as m } from './messages';
import type { QuoteLineResult } from './types';

/** A quote line as a caller may write it: deal registration and line discount default to none. */
export type QuoteLineInput = Omit<QuoteLine, 'dealRegistration' | 'discount' | 'specialBid'> & { dealRegistration?: boolean; discount?: number; specialBid?: number };

export interface LinePlan {
  readonly item: QuoteLineResult['item'];
  readonly tier: string;
  readonly term: string;
  readonly channel: string;
  readonly kind: ChannelKind;
  readonly level: string | null;
  readonly dealRegistration: boolean;
  readonly unitListPrice: Decimal;
  readonly ladder: CompiledDiscountLadder | null;
  /** A shaped product's price-book entry: its line's extended list is the entry's charge (see shapes/). */
  readonly shape: ShapedEntry | null;
  /** What one unit of the line is (the product's unit; "bundle" for a bundle), for the explanation. */
  readonly unit: string;
  /** Cost to serve one unit for the whole term: Σ unit cost per month × months. */
  readonly unitCost: Decimal;
  readonly termDiscount: Decimal;
  /** The reseller's discount off list: level discount (+ deal registration when registered). */
  readonly resellerDiscount: Decimal;
  readonly distributorDiscount: Decimal;
  /** The channel's discount funding (a line may override it). */
  readonly funding: DiscountFunding;
  /** The level's programme rates for the quote's partner purchases (see channel/programme.ts), shares of the invoice. */
  readonly rebate: Decimal;
  readonly mdf: Decimal;
  readonly coop: Decimal;
  readonly bundle: BundlePriceResult | null;
  /** The three discount rates above as whole units at one scale `rateScale` (for the hot path). */
  readonly rateScale: number;
  readonly termUnits: bigint;
  readonly resellerUnits: bigint;
  readonly distributorUnits: bigint;
  /** The same figures as doubles for the fast path (exact whole numbers, or NaN when too large). */
  readonly fast: {
    readonly listUnits: number;
    readonly term: number;
    readonly reseller: number;
    readonly distributor: number;
    readonly rebate: number;
    readonly mdf: number;
    readonly coop: number;
    readonly cost: number;
  };
}

function lookup<T>(map: ReadonlyMap<string, T>, id: string, what: string, field: string): T {
  const found = map.get(id);
  if (found === undefined) throw new PricingError('not-found', m.unknown(what, id), field);
  return found;
}

/** Plans by item, tier, term, channel, level and deal registration: nested maps, no key strings. */
type Tree = Map<string, Tree | LinePlan[]>;
const plans = new WeakMap<Model, { products: Tree; bundles: Tree }>();

function branch(tree: Tree, key: string): Tree {
  let next = tree.get(key) as Tree | undefined;
  if (next === undefined) {
    next = new Map();
    tree.set(key, next);
  }
  return next;
}

export function linePlan(model: Model, line: QuoteLineInput): LinePlan {
  let memo = plans.get(model);
  if (!memo) {
    memo = { products: new Map(), bundles: new Map() };
    plans.set(model, memo);
  }
  const item = line.item;
  const byItem = 'sku' in item ? branch(memo.products, item.sku) : branch(branch(memo.bundles, item.bundle), configurationKey(line.components));
  const byLevel = branch(branch(branch(byItem, line.tier ?? ''), line.term), line.channel);
  const level = line.level ?? '';
  let slots = byLevel.get(level) as LinePlan[] | undefined;
  if (slots === undefined) {
    slots = [];
    byLevel.set(level, slots);
  }
  const slot = line.dealRegistration === true ? 1 : 0;
  let plan = slots[slot];
  if (plan === undefined) {
    plan = makePlan(model, indexModel(model), line);
    slots[slot] = plan;
  }
  return plan;
}

const SAFE = 2n ** 53n;
const asDouble = (units: bigint): number => (units < SAFE && units > -SAFE ? Number(units) : NaN);

function makePlan(model: Model, index: ModelIndex, line: QuoteLineInput): LinePlan {
  const rates = lineRates(index, line);
  return withRates(lineItem(model, index, line), rates);
}

/** What a line's price depends on through its term and route: the term, channel and partner rates. */
export type LineRates = Pick<
  LinePlan,
  'term' | 'channel' | 'kind' | 'level' | 'dealRegistration' | 'termDiscount' | 'resellerDiscount' | 'distributorDiscount' | 'funding' | 'rebate' | 'mdf' | 'coop' | 'rateScale' | 'termUnits' | 'resellerUnits' | 'distributorUnits'
> & {
  /** The rates as doubles for the fast path (see LinePlan.fast). */
  readonly fastRates: { readonly term: number; readonly reseller: number; readonly distributor: number; readonly rebate: number; readonly mdf: number; readonly coop: number };
};

/** What a line's price depends on through its item: the unit list price, ladder and cost to serve. */
export type LineItem = Pick<LinePlan, 'item' | 'tier' | 'unitListPrice' | 'ladder' | 'shape' | 'unit' | 'unitCost' | 'bundle'> & {
  /** The list price and cost as doubles for the fast path (see LinePlan.fast). */
  readonly fastItem: { readonly listUnits: number; readonly cost: number };
};

/**
 * A plan of an item and a route's rates, as `linePlan` would make it, without caching it. Written out
 * field by field: a spread of the two parts builds a slow dictionary object, which the hot path then reads.
 */
export function withRates(item: LineItem, rates: LineRates): LinePlan {
  return {
    item: item.item,
    tier: item.tier,
    term: rates.term,
    channel: rates.channel,
    kind: rates.kind,
    level: rates.level,
    dealRegistration: rates.dealRegistration,
    unitListPrice: item.unitListPrice,
    ladder: item.ladder,
    shape: item.shape,
    unit: item.unit,
    unitCost: item.unitCost,
    termDiscount: rates.termDiscount,
    resellerDiscount: rates.resellerDiscount,
    distributorDiscount: rates.distributorDiscount,
    funding: rates.funding,
    rebate: rates.rebate,
    mdf: rates.mdf,
    coop: rates.coop,
    bundle: item.bundle,
    rateScale: rates.rateScale,
    termUnits: rates.termUnits,
    resellerUnits: rates.resellerUnits,
    distributorUnits: rates.distributorUnits,
    fast: {
      listUnits: item.fastItem.listUnits,
      term: rates.fastRates.term,
      reseller: rates.fastRates.reseller,
      distributor: rates.fastRates.distributor,
      rebate: rates.fastRates.rebate,
      mdf: rates.fastRates.mdf,
      coop: rates.fastRates.coop,
      cost: item.fastItem.cost,
    },
  };
}

/** The term and route of a line, looked up and checked (a reseller channel needs a level). */
export function lineRates(index: ModelIndex, line: Pick<QuoteLineInput, 'term' | 'channel' | 'level' | 'dealRegistration'>): LineRates {
  const term = lookup(index.terms, line.term, 'term', 'term');
  const channel = lookup(index.channels, line.channel, 'channel', 'channel');
  const level = channel.kind === 'direct' || line.level === undefined ? null : lookup(index.levels, line.level, 'partner level', 'level');
  if (channel.kind !== 'direct' && level === null) throw new PricingError('not-found', m.levelRequired(channel.id), 'level');
  const registered = level !== null && line.dealRegistration === true;
  const termDiscount = index.decimal(term.discount);
  const resellerDiscount = level ? (registered ? add(index.decimal(level.discount), index.decimal(level.dealRegistration)) : index.decimal(level.discount)) : ZERO;
  const distributorDiscount = channel.kind === 'two-tier' ? index.decimal(channel.distributorDiscount) : ZERO;
  const rateScale = Math.max(termDiscount.scale, resellerDiscount.scale, distributorDiscount.scale, 2);
  const termUnits = atScale(termDiscount, rateScale).units;
  const resellerUnits = atScale(resellerDiscount, rateScale).units;
  const distributorUnits = atScale(distributorDiscount, rateScale).units;
  const { rebate, mdf, coop } = level ? programmeRates(level, index.partnerPurchases, index.decimal) : { rebate: ZERO, mdf: ZERO, coop: ZERO };
  return {
    rateScale,
    termUnits,
    resellerUnits,
    distributorUnits,
    term: term.id,
    channel: channel.id,
    kind: channel.kind,
    level: level?.id ?? null,
    dealRegistration: registered,
    termDiscount,
    resellerDiscount,
    distributorDiscount,
    funding: channel.funding ?? index.defaultFunding,
    rebate,
    mdf,
    coop,
    fastRates: { term: asDouble(termUnits), reseller: asDouble(resellerUnits), distributor: asDouble(distributorUnits), rebate: asDouble(rebate.units), mdf: asDouble(mdf.units), coop: asDouble(coop.units) },
  };
}

/** The item of a line on its term (which `lineRates` has checked): its list price, ladder and cost. */
export function lineItem(model: Model, index: ModelIndex, line: Pick<QuoteLineInput, 'item' | 'tier' | 'term' | 'components'>): LineItem {
  const term = lookup(index.terms, line.term, 'term', 'term');
  const months = index.decimal(term.months);
  const ladderOf = (id: string | undefined): CompiledDiscountLadder | null => (id === undefined ? null : (index.ladders.get(id) ?? null));

  if ('sku' in line.item) {
    const sku = line.item.sku;
    const product = lookup(index.products, sku, 'product', 'sku');
    if (line.components !== undefined) throw new PricingError('range', m.componentsOnProduct(sku), 'components');
    if (line.tier === undefined) throw new PricingError('not-found', m.tierRequired(sku), 'tier');
    const tier = lookup(index.tiers, line.tier, 'tier', 'tier');
    const unitListPrice = index.listPrices.get(priceKey(sku, tier.id, term.id));
    if (unitListPrice === undefined) throw new PricingError('not-found', m.noListPrice(sku, tier.id, term.id), 'term');
    const unitCost = multiply(index.decimal(product.unitCost), months);
    // A shaped product is priced by its entry's charge; no discount ladder applies to it.
    const entry = index.prices.get(priceKey(sku, tier.id, term.id));
    const shape = product.shape === 'per-unit' || entry === undefined ? null : shapedEntry(product.shape, entry, index.priceLadders);
    return {
      item: { kind: 'product', sku, name: product.name },
      tier: tier.id,
      unitListPrice,
      ladder: shape === null ? ladderOf(product.ladder ?? tier.ladder) : null,
      shape,
      unit: product.unit,
      unitCost,
      bundle: null,
      fastItem: { listUnits: asDouble(unitListPrice.units), cost: asDouble(unitCost.units) },
    };
  }
  const priced = bundlePrice(model, line.item.bundle, term.id, line.components);
  const tier = lookup(index.tiers, priced.bundle.tier, 'tier', 'tier');
  let monthly = ZERO;
  for (const c of priced.components) {
    const product = index.products.get(c.sku);
    if (product) monthly = add(monthly, multiply(c.quantity, index.decimal(product.unitCost)));
  }
  const unitCost = multiply(monthly, months);
  return {
    item: { kind: 'bundle', id: priced.bundle.id, name: priced.bundle.name },
    tier: tier.id,
    unitListPrice: priced.price,
    ladder: ladderOf(tier.ladder),
    shape: null,
    unit: 'bundle',
    unitCost,
    bundle: priced,
    fastItem: { listUnits: asDouble(priced.price.units), cost: asDouble(unitCost.units) },
  };
}
