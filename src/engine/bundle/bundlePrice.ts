/**
 * A model's bundles priced per term: the sum of the components' list prices in the bundle's tier less
 * the bundle discount, or the bundle's fixed price for the term; and that price allocated back to the
 * components in proportion to their standalone list prices, in minor units that add up exactly.
 */
import { type Decimal, ONE, ZERO, add, atScale, isZero, multiply, subtract } from '../decimal';
import { PricingError } from '../errors';
import { indexModel, priceKey } from '../model/modelIndex';
import type { Bundle, Model } from '../model/schema';
import { roundMoney } from '../rounding/roundMoney';
import { allocateUnits } from './allocate';
import { bundleMessages } from './messages';

export interface BundleComponentPrice {
  readonly sku: string;
  /** Units of the product in one bundle. */
  readonly quantity: Decimal;
  /** The product's list price of one unit in the bundle's tier for the term. */
  readonly unitListPrice: Decimal;
  /** quantity × unit list price (exact): the component's weight in allocations. */
  readonly standalone: Decimal;
}

export interface BundlePriceResult {
  readonly bundle: Bundle;
  readonly term: string;
  /** The price of one bundle, rounded to the minor unit. */
  readonly price: Decimal;
  /** Σ standalone list prices of the components (exact). */
  readonly standalone: Decimal;
  readonly components: readonly BundleComponentPrice[];
  /** The components' standalone list prices as whole units at one scale, and their sum (for allocation). */
  readonly weights: readonly bigint[];
  readonly weightTotal: bigint;
}

export function findBundle(model: Model, bundleId: string): Bundle {
  const bundle = indexModel(model).bundles.get(bundleId);
  if (!bundle) throw new PricingError('not-found', bundleMessages.unknownBundle(bundleId), 'bundle');
  return bundle;
}

const priced = new WeakMap<Model, Map<string, BundlePriceResult>>();

/** Units of each component per bundle where a quote line departs from the bundle's default. */
export type BundleConfiguration = Readonly<Record<string, number>>;

/** A stable text key of a configuration ('' for none). */
export const configurationKey = (configuration?: BundleConfiguration): string =>
  configuration === undefined ? '' : Object.keys(configuration).sort().map((sku) => `${sku}=${configuration[sku]}`).join('\u0000');

/**
 * The price of one bundle for a term, in its default configuration or with some components' units
 * per bundle changed (`{ "BK-ENC": 0 }` leaves an optional component out). A discount bundle is priced
 * from the configured quantities; a fixed bundle's price covers its default configuration, and each
 * unit added or removed changes it by that component's list price. Throws a 'not-found' PricingError
 * when the bundle is not sold on the term, a 'range' one for a configuration outside min..max.
 */
export function bundlePrice(model: Model, bundleId: string, termId: string, configuration?: BundleConfiguration): BundlePriceResult {
  let memo = priced.get(model);
  if (!memo) {
    memo = new Map();
    priced.set(model, memo);
  }
  const key = `${bundleId}\u0000${termId}\u0001${configurationKey(configuration)}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const result = computeBundlePrice(model, bundleId, termId, configuration);
  memo.set(key, result);
  return result;
}

function configuredQuantity(bundle: Bundle, c: Bundle['components'][number], configuration?: BundleConfiguration): number {
  const quantity = configuration?.[c.sku];
  if (quantity === undefined) return c.quantity;
  if (!Number.isInteger(quantity) || quantity < 0) throw new PricingError('range', bundleMessages.configuredNotWhole(bundle.id, c.sku, quantity), c.sku);
  if (c.min !== undefined && quantity < c.min) throw new PricingError('range', bundleMessages.configuredBelowMin(bundle.id, c.sku, quantity, c.min), c.sku);
  if (c.max !== undefined && quantity > c.max) throw new PricingError('range', bundleMessages.configuredAboveMax(bundle.id, c.sku, quantity, c.max), c.sku);
  if (c.required && quantity === 0) throw new PricingError('range', bundleMessages.configuredRequiredZero(bundle.id, c.sku), c.sku);
  return quantity;
}

function computeBundlePrice(model: Model, bundleId: string, termId: string, configuration?: BundleConfiguration): BundlePriceResult {
  const index = indexModel(model);
  const bundle = findBundle(model, bundleId);
  for (const sku of Object.keys(configuration ?? {})) {
    if (!bundle.components.some((c) => c.sku === sku)) throw new PricingError('not-found', bundleMessages.notAComponent(bundle.id, sku), sku);
  }
  if (!index.terms.has(termId)) throw new PricingError('not-found', bundleMessages.unknownTerm(termId), 'term');
  if (bundle.pricing.kind === 'fixed' && bundle.pricing.prices[termId] === undefined) {
    throw new PricingError('not-found', bundleMessages.noFixedPrice(bundle.id, termId), 'term');
  }
  let extra = ZERO; // fixed bundles: list price of the units added (or removed) by the configuration
  const components = bundle.components.map((c): BundleComponentPrice => {
    const units = configuredQuantity(bundle, c, configuration);
    const quantity = index.decimal(units);
    const unitListPrice = index.listPrices.get(priceKey(c.sku, bundle.tier, termId));
    if (unitListPrice !== undefined && units !== c.quantity) extra = add(extra, multiply(index.decimal(units - c.quantity), unitListPrice));
    if (unitListPrice === undefined) {
      if (units === 0 && bundle.pricing.kind === 'discount') return { sku: c.sku, quantity, unitListPrice: ZERO, standalone: ZERO };
      throw new PricingError('not-found', bundleMessages.noComponentPrice(bundle.id, c.sku, bundle.tier, termId), 'term');
    }
    return { sku: c.sku, quantity, unitListPrice, standalone: multiply(quantity, unitListPrice) };
  });
  const standalone = components.reduce((total, c) => add(total, c.standalone), ZERO);
  const { minorUnits, mode } = model.rounding;
  let price: Decimal;
  if (bundle.pricing.kind === 'discount') {
    price = roundMoney(multiply(standalone, subtract(ONE, index.decimal(bundle.pricing.discount))), minorUnits, mode);
  } else {
    const fixed = bundle.pricing.prices[termId];
    if (fixed === undefined) throw new PricingError('not-found', bundleMessages.noFixedPrice(bundle.id, termId), 'term');
    price = roundMoney(add(index.decimal(fixed), extra), minorUnits, mode);
  }
  const scale = Math.max(...components.map((c) => c.standalone.scale));
  const weights = components.map((c) => atScale(c.standalone, scale).units);
  return { bundle, term: termId, price, standalone, components, weights, weightTotal: weights.reduce((a, b) => a + b, 0n) };
}

export interface AllocatedPart {
  readonly sku: string;
  readonly amount: Decimal;
}

/** Split `amount` over the components of a priced bundle by their standalone list prices. */
export function allocateToComponents(priced: BundlePriceResult, amount: Decimal, minorUnits: number): AllocatedPart[] {
  if (isZero(priced.standalone)) throw new PricingError('range', bundleMessages.zeroStandaloneList(priced.bundle.id), 'bundle');
  const parts = allocateMinorUnits(priced, roundMoney(amount, minorUnits).units);
  return priced.components.map((c, i) => ({ sku: c.sku, amount: { units: parts[i] ?? 0n, scale: minorUnits } }));
}

/** Split a whole number of minor units over a priced bundle's components (a negative amount mirrors). */
export function allocateMinorUnits(priced: BundlePriceResult, amount: bigint): bigint[] {
  if (priced.weightTotal === 0n) throw new PricingError('range', bundleMessages.zeroStandaloneList(priced.bundle.id), 'bundle');
  if (amount < 0n) return allocateUnits(-amount, priced.weights, priced.weightTotal).map((p) => -p);
  return allocateUnits(amount, priced.weights, priced.weightTotal);
}

/**
 * One bundle's price for a term allocated to its components: Team Automation Starter, annual, is
 * (490 + 190 + 5 × 120 + 5 × 30) × 0.85 = 1215.50, split 490 : 190 : 600 : 150 of 1430.
 */
export function bundleAllocation(model: Model, bundleId: string, termId: string): AllocatedPart[] {
  const priced = bundlePrice(model, bundleId, termId);
  return allocateToComponents(priced, priced.price, model.rounding.minorUnits);
}
