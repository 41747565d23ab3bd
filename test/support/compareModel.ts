/**
 * The small model of the Compare worked examples (README, "Compare"): round numbers a finance analyst
 * can follow by hand. One product at a list of 1,000.00 a year, costing 10.00 a month (120.00 a year);
 * a direct channel and a two-tier Distribution channel (distributor 10% off list); Gold partners at 30%
 * off list with a 2% rebate. The mix: 10 units direct at 5% off, 20 units through Distribution · Gold.
 */
import type { ModelInput } from '../../src/engine/model/schema';

export const compareInput = (): ModelInput => ({
  name: 'Compare example',
  currency: 'USD',
  tiers: [{ id: 'product', name: 'Product' }],
  terms: [{ id: 'annual', name: 'Annual', months: 12 }],
  products: [
    { sku: 'BK-STD', name: 'Backup Standard', family: 'Backup', unitCost: 10 },
    { sku: 'SY-STD', name: 'Sync Standard', family: 'Sync', unitCost: 1 },
  ],
  prices: [
    { sku: 'BK-STD', tier: 'product', term: 'annual', listPrice: 1000 },
    { sku: 'SY-STD', tier: 'product', term: 'annual', listPrice: 10.1 },
  ],
  levels: [{ id: 'gold', name: 'Gold', discount: 0.3, rebate: 0.02 }],
  channels: [
    { id: 'direct', name: 'Direct', kind: 'direct' },
    { id: 'distribution', name: 'Distribution', kind: 'two-tier', distributorDiscount: 0.1 },
  ],
  scenarios: [{ id: 'gold-plus-2', name: 'Gold +2 pts', changes: [{ target: 'level', level: 'gold', field: 'discount', add: 0.02 }] }],
  mix: {
    name: 'FY27 plan',
    rows: [
      { item: { sku: 'BK-STD' }, tier: 'product', term: 'annual', channel: 'direct', quantity: 10, discount: 0.05 },
      { item: { sku: 'BK-STD' }, tier: 'product', term: 'annual', channel: 'distribution', level: 'gold', quantity: 20 },
    ],
  },
});
