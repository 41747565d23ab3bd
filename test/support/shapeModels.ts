/**
 * A model with a product of every price shape, a price ladder of every mode, platform fees, minimum
 * charges, included units and a quote minimum commitment, each line hand-checkable:
 * - GRAD, graduated (flat fee on the second band), 75 units: 10 × 9.00 + 40 × 8.10 + 10.00 + 25 × 7.50 = 611.50;
 * - VOL, volume, 75 units: 75 × 7.50 = 562.50;
 * - STEP, stairstep (Salesforce CPQ block pricing), 15 units: the 11–20 block, 180.00;
 * - PACK, per 5 units after 2 free, 12 units: 10 → 2 packages × 10.00 = 20.00;
 * - USE, 1,000 GB included then 0.02 per GB, minimum 100.00, 1,200 GB: 4.00 topped up to 100.00 (true-up 96.00);
 * - PLAT, 500.00 platform fee + 3.00 per user, 25 users: 575.00;
 * - SEAT, per unit, 25 × 49.00 = 1,225.00;
 * and a minimum commitment of 5,000.00 on the quote.
 */
import type { ModelInput } from '../../src/engine/model/schema';

const entry = (sku: string, fields: Record<string, unknown>) => ({ sku, tier: 'product', term: 'annual', ...fields });
const line = (sku: string, quantity: number, channel = 'direct', level?: string) => ({
  item: { sku },
  quantity,
  term: 'annual',
  tier: 'product',
  channel,
  ...(level === undefined ? {} : { level }),
});

export function shapesModel(): ModelInput {
  return {
    name: 'Price shapes',
    currency: 'USD',
    tiers: [{ id: 'product', name: 'Product' }],
    products: [
      { sku: 'GRAD', name: 'Graduated seats', shape: 'tiered' },
      { sku: 'VOL', name: 'Volume seats', shape: 'tiered' },
      { sku: 'STEP', name: 'Block seats', shape: 'tiered' },
      { sku: 'PACK', name: 'Seat packs', shape: 'package' },
      { sku: 'USE', name: 'Storage', shape: 'usage', unit: 'GB' },
      { sku: 'PLAT', name: 'Platform', shape: 'platform' },
      { sku: 'SEAT', name: 'Seat', unitCost: 1 },
    ],
    priceLadders: [
      { id: 'grad', name: 'Graduated', mode: 'graduated', bands: [{ upTo: 10, unitPrice: 9 }, { upTo: 50, unitPrice: 8.1, flatFee: 10 }, { upTo: null, unitPrice: 7.5 }] },
      { id: 'vol', name: 'Volume', mode: 'volume', bands: [{ upTo: 10, unitPrice: 9 }, { upTo: 50, unitPrice: 8.1 }, { upTo: null, unitPrice: 7.5 }] },
      { id: 'block', name: 'Blocks', mode: 'stairstep', bands: [{ upTo: 10, unitPrice: 99 }, { upTo: 20, unitPrice: 0, flatFee: 180 }] },
    ],
    prices: [
      entry('GRAD', { ladder: 'grad' }),
      entry('VOL', { ladder: 'vol' }),
      entry('STEP', { ladder: 'block' }),
      entry('PACK', { listPrice: 10, packageSize: 5, includedUnits: 2 }),
      entry('USE', { listPrice: 0.02, includedUnits: 1000, minimumCharge: 100 }),
      entry('PLAT', { listPrice: 3, platformFee: 500 }),
      entry('SEAT', { listPrice: 49 }),
    ],
    quote: {
      customer: 'Contoso',
      minimumCommitment: 5000,
      lines: [line('GRAD', 75), line('VOL', 75), line('STEP', 15), line('PACK', 12), line('USE', 1200), line('PLAT', 25, 'reseller', 'gold'), line('SEAT', 25)],
    },
  };
}
