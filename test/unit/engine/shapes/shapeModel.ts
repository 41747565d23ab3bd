/** A one-tier, one-term model of shaped products for the specs, each product priced by one entry. */
import { type Decimal, type Model, type ModelInput, type PriceLadderDefinition, dec, indexModel, loadModel, priceKey, shapedEntry, type ShapedEntry } from '../../../../src/engine';

export interface ShapedProduct {
  readonly sku: string;
  readonly shape: 'per-unit' | 'tiered' | 'package' | 'usage' | 'platform';
  readonly unit?: string;
  readonly unitCost?: number;
  /** The entry's fields besides sku, tier and term. */
  readonly entry: Record<string, unknown>;
}

export function shapeModel(products: readonly ShapedProduct[], priceLadders: readonly PriceLadderDefinition[] = [], extra: Partial<ModelInput> = {}): Model {
  const input = {
    currency: 'USD',
    terms: [{ id: 'month', name: 'Monthly', months: 1 }],
    tiers: [{ id: 'std', name: 'Standard' }],
    products: products.map((p) => ({ sku: p.sku, name: p.sku, shape: p.shape, unit: p.unit ?? 'unit', unitCost: p.unitCost ?? 0 })),
    prices: products.map((p) => ({ sku: p.sku, tier: 'std', term: 'month', ...p.entry })),
    priceLadders,
    guardrails: { vendorMarginFloor: 0, maxCustomerDiscount: 1 },
    ...extra,
  };
  const loaded = loadModel(input);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.model;
}

/** The shaped entry of `sku` in a shapeModel. */
export function entryOf(model: Model, sku: string): ShapedEntry {
  const index = indexModel(model);
  const product = index.products.get(sku);
  const price = index.prices.get(priceKey(sku, 'std', 'month'));
  if (!product || !price || product.shape === 'per-unit') throw new Error(`no shaped entry for ${sku}`);
  return shapedEntry(product.shape, price, index.priceLadders);
}

export const q = (n: number): Decimal => dec(n);
