/**
 * A model priced in USD with three markets derived from it, every price hand-checkable:
 * - eu: EUR at 0.92, whole euros (ending 0, step 1);
 * - jp: JPY at 149.5 (no minor unit), whole hundreds (ending 0, step 100);
 * - uk: GBP at 0.79 with a factor of 1.1, prices ending in .99, and one override (the annual
 *   BK-CLI at 299.00) that breaks the 15% price corridor.
 * The quote is in the eu market.
 */
import type { ModelInput } from '../../src/engine/model/schema';

export const marketsModel = (): ModelInput => ({
  name: 'Markets example',
  currency: 'USD',
  tiers: [{ id: 'product', name: 'Product', personas: ['end-user'], job: 'Back up one machine' }],
  products: [{ sku: 'BK-CLI', name: 'Backup client', unitCost: 2 }],
  prices: [
    { sku: 'BK-CLI', tier: 'product', term: 'monthly', listPrice: 49 },
    { sku: 'BK-CLI', tier: 'product', term: 'annual', listPrice: 490 },
  ],
  bundles: [{ id: 'BK-SUITE', name: 'Backup suite', tier: 'product', components: [{ sku: 'BK-CLI', quantity: 1 }], pricing: { kind: 'fixed', prices: { monthly: 59 } } }],
  markets: [
    { id: 'eu', name: 'Eurozone', currency: 'EUR', rate: 0.92, ending: 0, step: 1 },
    { id: 'jp', name: 'Japan', currency: 'JPY', rate: 149.5, ending: 0, step: 100 },
    { id: 'uk', name: 'United Kingdom', currency: 'GBP', rate: 0.79, factor: 1.1, ending: 0.99, overrides: [{ sku: 'BK-CLI', tier: 'product', term: 'annual', listPrice: 299 }] },
  ],
  guardrails: { priceCorridor: 0.15 },
  quote: { customer: 'Café Müller', market: 'eu', lines: [{ item: { sku: 'BK-CLI' }, quantity: 10, term: 'monthly', tier: 'product', channel: 'direct' }] },
});
