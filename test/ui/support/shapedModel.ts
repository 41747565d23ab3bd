/** The starter model with shaped products, a price ladder and a market, for the pane's specs. */
import type { ModelInput } from '../../../src/engine/model/schema';
import { STARTER_MODEL } from '../../../src/taskpane/state/starterModel';

export const SHAPED_MODEL: ModelInput = {
  ...STARTER_MODEL,
  products: [
    ...(STARTER_MODEL.products ?? []),
    // The spec's graduated example: 10 × 9.00 + 40 × 8.10 + 25 × 7.50 = 511.50 for 75 seats.
    { sku: 'API', name: 'API seats', unit: 'seat', shape: 'tiered', unitCost: 0.1 },
    { sku: 'ST-GB', name: 'Storage', unit: 'GB', shape: 'usage', unitCost: 0.001 },
  ],
  prices: [
    ...(STARTER_MODEL.prices ?? []),
    { sku: 'API', tier: 'product', term: 'annual', ladder: 'api' },
    { sku: 'ST-GB', tier: 'product', term: 'annual', listPrice: 0.02, includedUnits: 1000 },
  ],
  priceLadders: [
    { id: 'api', name: 'API seats', mode: 'graduated', bands: [{ upTo: 10, unitPrice: 9, flatFee: 0 }, { upTo: 50, unitPrice: 8.1, flatFee: 0 }, { upTo: null, unitPrice: 7.5, flatFee: 0 }] },
  ],
  markets: [{ id: 'eu', name: 'Euro area', currency: 'EUR', rate: 0.92, factor: 1, ending: 0, step: 1, overrides: [] }],
};
