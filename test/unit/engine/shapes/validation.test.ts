/** A model's price shapes are checked against its products: every error names the field at fault. */
import { loadModel } from '../../../../src/engine';

type Edit = (json: Record<string, unknown> & { products: Record<string, unknown>[]; prices: Record<string, unknown>[]; priceLadders: Record<string, unknown>[]; bundles: Record<string, unknown>[] }) => void;

function base() {
  return {
    currency: 'USD',
    terms: [{ id: 'month', name: 'Monthly', months: 1 }],
    tiers: [{ id: 'std', name: 'Standard' }],
    products: [
      { sku: 'SEAT', name: 'Seat' },
      { sku: 'API', name: 'API calls', shape: 'tiered', unit: 'call' },
      { sku: 'PACK', name: 'Pack', shape: 'package' },
      { sku: 'GB', name: 'Storage', shape: 'usage', unit: 'GB' },
      { sku: 'HUB', name: 'Hub', shape: 'platform' },
    ],
    prices: [
      { sku: 'SEAT', tier: 'std', term: 'month', listPrice: 49 },
      { sku: 'API', tier: 'std', term: 'month', ladder: 'calls' },
      { sku: 'PACK', tier: 'std', term: 'month', listPrice: 10, packageSize: 5, includedUnits: 2 },
      { sku: 'GB', tier: 'std', term: 'month', listPrice: 0.02, includedUnits: 1000, minimumCharge: 10 },
      { sku: 'HUB', tier: 'std', term: 'month', listPrice: 3, platformFee: 500 },
    ],
    priceLadders: [{ id: 'calls', name: 'Calls', mode: 'graduated', bands: [{ upTo: 1000, unitPrice: 0.01 }, { upTo: null, unitPrice: 0.005 }] }],
    ladders: [{ id: 'seats', name: 'Seats', mode: 'volume', bands: [{ upTo: null, discount: 0.1 }] }],
    bundles: [{ id: 'kit', name: 'Kit', tier: 'std', components: [{ sku: 'SEAT', quantity: 1 }], pricing: { kind: 'discount', discount: 0.1 } }],
  };
}

function problems(edit: Edit): string[] {
  const json = base();
  edit(json as unknown as Parameters<Edit>[0]);
  const result = loadModel(json);
  return result.ok ? [] : result.issues.map((i) => i.message);
}

describe('price shapes: model validation', () => {
  it('a model with every shape loads', () => {
    const result = loadModel(base());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it.each<[string, Edit, string]>([
    ['an unknown price ladder', (j) => (j.prices[1]!.ladder = 'cals'), 'prices[1].ladder: no price ladder "cals"'],
    ['a tiered entry without a ladder', (j) => delete j.prices[1]!.ladder, 'prices[1].ladder: a tiered product needs a price ladder on each price-book entry'],
    ['a tiered entry with a list price', (j) => (j.prices[1]!.listPrice = 5), 'prices[1].listPrice: a tiered product is priced by its price ladder: its entries have no list price'],
    ['a package without a package size', (j) => delete j.prices[2]!.packageSize, 'prices[2].packageSize: a package product needs a package size on each price-book entry'],
    ['a platform without a platform fee', (j) => delete j.prices[4]!.platformFee, 'prices[4].platformFee: a platform product needs a platform fee on each price-book entry'],
    ['a package size on a usage entry', (j) => (j.prices[3]!.packageSize = 10), 'prices[3].packageSize: only package products have a package size'],
    ['included units on a tiered entry', (j) => (j.prices[1]!.includedUnits = 10), 'prices[1].includedUnits: only package and usage products have included units'],
    ['included units on a platform entry', (j) => (j.prices[4]!.includedUnits = 10), 'prices[4].includedUnits: only package and usage products have included units'],
    ['a ladder on a package entry', (j) => (j.prices[2]!.ladder = 'calls'), 'prices[2].ladder: only tiered products have a price ladder'],
    ['a per-unit entry with a platform fee', (j) => (j.prices[0]!.platformFee = 10), "prices[0].platformFee: a per-unit product's entries have a list price only: platformFee belongs to a shaped product (set the product's shape)"],
    ['a per-unit entry with a minimum', (j) => (j.prices[0]!.minimumCharge = 10), "prices[0].minimumCharge: a per-unit product's entries have a list price only: minimumCharge belongs to a shaped product (set the product's shape)"],
    ['a shaped product with a discount ladder', (j) => (j.products[1]!.ladder = 'seats'), 'products[1].ladder: a tiered product is priced by its price-book entries: it may not have a discount ladder'],
    ['a discount bundle of a shaped product', (j) => (j.bundles[0]!.components = [{ sku: 'SEAT', quantity: 1 }, { sku: 'GB', quantity: 100, required: false }]), 'bundles[0].components[1].sku: component "GB" is a usage product: a discount bundle\'s price is a sum of unit list prices, so its components must be per-unit (a fixed-price bundle may hold any shape)'],
    ['price ladder bands out of order', (j) => ((j.priceLadders[0]!.bands as { upTo: number | null }[])[1]!.upTo = 500), "priceLadders[0].bands[1].upTo: band 2, Up to (500) must be greater than band 1's Up to (1000): sort the bands by Up to"],
    ['a duplicate price ladder', (j) => j.priceLadders.push({ ...j.priceLadders[0] }), 'priceLadders[1].id: duplicate price ladder "calls" (first at priceLadders[0].id)'],
  ])('%s', (_, edit, message) => {
    expect(problems(edit)).toContain(message);
  });

  it('a fixed-price bundle may hold a shaped product', () => {
    expect(problems((j) => (j.bundles[0] = { id: 'kit', name: 'Kit', tier: 'std', components: [{ sku: 'GB', quantity: 100 }], pricing: { kind: 'fixed', prices: { month: 50 } } }))).toEqual([]);
  });

  it('a price ladder whose last band is bounded is loaded with a warning', () => {
    const json = base();
    json.priceLadders[0]!.bands[1]!.upTo = 5000;
    const result = loadModel(json);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.message)).toContain('priceLadders[0].bands[1].upTo: the last band ends at 5000: larger quantities cannot be priced');
  });
});
