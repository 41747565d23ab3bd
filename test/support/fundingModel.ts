import { loadModel, type Model, type ModelInput } from '../../src/engine';

/**
 * One product listed at 1,000 a year, a Gold reseller at 30% off list, a distributor with 10% on top:
 * the line finance checks by hand under each funding convention.
 */
export function fundingModel(edit: (m: ModelInput) => void = () => {}): Model {
  const input: ModelInput = {
    currency: 'USD',
    tiers: [{ id: 'product', name: 'Product' }],
    terms: [{ id: 'annual', name: 'Annual', months: 12 }],
    products: [{ sku: 'SUITE', name: 'Suite', unitCost: 10 }],
    prices: [{ sku: 'SUITE', tier: 'product', term: 'annual', listPrice: 1000 }],
    levels: [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05 }],
    channels: [
      { id: 'direct', name: 'Direct', kind: 'direct' },
      { id: 'reseller', name: 'Reseller', kind: 'one-tier' },
      { id: 'distribution', name: 'Distribution', kind: 'two-tier', distributorDiscount: 0.1 },
    ],
  };
  edit(input);
  const loaded = loadModel(input);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
  return loaded.model;
}

