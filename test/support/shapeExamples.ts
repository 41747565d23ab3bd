/**
 * Worked examples of every price shape from published documentation, with the documents' own numbers,
 * as one model whose quote has a line per case (the engine's own specs price the same cases:
 * test/unit/engine/shapes/charge.test.ts), and a quote minimum commitment topped up.
 */
import type { ModelInput } from '../../src/engine/model/schema';
import type { PriceShapeKind } from '../../src/engine/model/shapeSchema';

/** [case, sku, quantity, List, true-up, explanation] */
export type ShapeCase = readonly [string, string, number, string, string, string];

export const SHAPE_CASES: readonly ShapeCase[] = [
  // Stripe, "Set up tiered pricing": 1-5 at 7 USD, 6-10 at 6.5 USD, 11+ at 6 USD.
  // https://docs.stripe.com/subscriptions/pricing-models/tiered-pricing
  ['Stripe volume, 6 fonts all at 6.5 USD', 'STRIPE-VOL', 6, '39.00', '0.00', '6 × 6.50 = 39.00'],
  ['Stripe volume, 25 fonts', 'STRIPE-VOL', 25, '150.00', '0.00', '25 × 6.00 = 150.00'],
  ['Stripe graduated, 6 fonts', 'STRIPE-GRAD', 6, '41.50', '0.00', '5 × 7.00 + 1 × 6.50 = 41.50'],
  ['Stripe graduated, 25 fonts', 'STRIPE-GRAD', 25, '157.50', '0.00', '5 × 7.00 + 5 × 6.50 + 15 × 6.00 = 157.50'],
  // Lago, "Graduated percentage": 0-1,000 at 1% + 200 USD, 1,001-10,000 at 2% + 300 USD, 10,001+ at 3% + 400 USD.
  // https://getlago.com/docs/guide/plans/charges/charge-models/graduated-percentage
  ['Lago graduated with flat fees, 500', 'LAGO-GRAD', 500, '205.00', '0.00', '500 × 0.01 + 200.00 fee = 205.00'],
  ['Lago graduated with flat fees, 1,050', 'LAGO-GRAD', 1050, '511.00', '0.00', '1,000 × 0.01 + 200.00 fee + 50 × 0.02 + 300.00 fee = 511.00'],
  // Lago, "Volume": 65,000 calls × 0.0006 USD + 10 USD = 49 USD. https://getlago.com/docs/guide/plans/charges/charge-models/volume
  ['Lago volume with a flat fee, 65,000 calls', 'LAGO-VOL', 65000, '49.00', '0.00', '65,000 × 0.0006 + 10.00 fee = 49.00'],
  // Salesforce CPQ block pricing: a 10-pencil box at 1 USD, a 50-pencil box at 3 USD.
  // https://trailhead.salesforce.com/content/learn/modules/pricing-methods-for-salesforce-cpq/implement-block-pricing
  ['CPQ block, 7 pencils take the 10-pencil box', 'CPQ-BLOCK', 7, '1.00', '0.00', 'up to 10: 1.00'],
  ['CPQ block, 11 pencils take the 50-pencil box', 'CPQ-BLOCK', 11, '3.00', '0.00', 'up to 50: 3.00'],
  // Stripe, "Quantity transformation": 10 USD for every 5 users or portion thereof.
  // https://stripe.com/docs/billing/subscriptions/quantity-transformation
  ['Stripe package, 5 users', 'STRIPE-PACK', 5, '10.00', '0.00', '5 users → 1 package × 10.00 = 10.00'],
  ['Stripe package, 6 users', 'STRIPE-PACK', 6, '20.00', '0.00', '6 users → 2 packages × 10.00 = 20.00'],
  ['package with free units', 'PACK-FREE', 12, '20.00', '0.00', '12 units − 2 included = 10 → 2 packages × 10.00 = 20.00'],
  // Stripe, "Flat fee and overages": 0-1000 at 0 USD, 1000+ at 0.04 USD.
  // https://docs.stripe.com/billing/subscriptions/usage-based-v1/use-cases/flat-fee-and-overages
  ['Stripe overage, 1,500 tokens', 'STRIPE-OVERAGE', 1500, '20.00', '0.00', '1,500 tokens − 1,000 included = 500 × 0.04 = 20.00'],
  ['Stripe overage, within the included tokens', 'STRIPE-OVERAGE', 800, '0.00', '0.00', '800 tokens − 1,000 included = 0 × 0.04 = 0.00'],
  // Lago, "Spending minimums": 0.010 USD per tracked user, 100 USD minimum. https://getlago.com/docs/guide/plans/charges/spending-minimum
  ['Lago spending minimum topped up', 'LAGO-MIN', 5000, '100.00', '50.00', '5,000 × 0.01 = 50.00; topped up to the minimum 100.00 (true-up 50.00)'],
  // Lago minimum spend: 50 USD subscription + 3 × 10 USD = 80 USD, + 20 USD true-up. https://github.com/getlago/lago-api/pull/1787
  ['Lago platform fee topped up', 'LAGO-PLATFORM', 3, '100.00', '20.00', '50.00 fee + 3 × 10.00 = 80.00; topped up to the minimum 100.00 (true-up 20.00)'],
  ['a per-unit line', 'SEAT', 25, '1225.00', '0.00', '25 × 49.00 = 1,225.00'],
];

const product = (sku: string, shape: PriceShapeKind, unit: string) => ({ sku, name: sku, shape, unit });
const entry = (sku: string, fields: Record<string, unknown>) => ({ sku, tier: 'std', term: 'month', ...fields });
const line = (sku: string, quantity: number) => ({ item: { sku }, quantity, term: 'month', tier: 'std', channel: 'direct' });
const base = {
  currency: 'USD',
  terms: [{ id: 'month', name: 'Monthly', months: 1 }],
  tiers: [{ id: 'std', name: 'Standard' }],
  guardrails: { vendorMarginFloor: 0, maxCustomerDiscount: 1 },
};

export function shapeExamplesModel(): ModelInput {
  return {
    ...base,
    name: 'Worked examples',
    products: [
      product('STRIPE-VOL', 'tiered', 'fonts'),
      product('STRIPE-GRAD', 'tiered', 'fonts'),
      product('LAGO-GRAD', 'tiered', 'USD'),
      product('LAGO-VOL', 'tiered', 'calls'),
      product('CPQ-BLOCK', 'tiered', 'pencils'),
      product('STRIPE-PACK', 'package', 'users'),
      product('PACK-FREE', 'package', 'units'),
      product('STRIPE-OVERAGE', 'usage', 'tokens'),
      product('LAGO-MIN', 'usage', 'MTU'),
      product('LAGO-PLATFORM', 'platform', 'units'),
      product('SEAT', 'per-unit', 'unit'),
    ],
    priceLadders: [
      { id: 'stripe-volume', name: 'Stripe volume', mode: 'volume', bands: [{ upTo: 5, unitPrice: 7 }, { upTo: 10, unitPrice: 6.5 }, { upTo: null, unitPrice: 6 }] },
      { id: 'stripe-graduated', name: 'Stripe graduated', mode: 'graduated', bands: [{ upTo: 5, unitPrice: 7 }, { upTo: 10, unitPrice: 6.5 }, { upTo: null, unitPrice: 6 }] },
      {
        id: 'lago-graduated',
        name: 'Lago graduated',
        mode: 'graduated',
        bands: [{ upTo: 1000, unitPrice: 0.01, flatFee: 200 }, { upTo: 10000, unitPrice: 0.02, flatFee: 300 }, { upTo: null, unitPrice: 0.03, flatFee: 400 }],
      },
      {
        id: 'lago-volume',
        name: 'Lago volume',
        mode: 'volume',
        bands: [
          { upTo: 10000, unitPrice: 0.001, flatFee: 10 },
          { upTo: 50000, unitPrice: 0.0008, flatFee: 10 },
          { upTo: 100000, unitPrice: 0.0006, flatFee: 10 },
          { upTo: null, unitPrice: 0.0004, flatFee: 10 },
        ],
      },
      { id: 'cpq-block', name: 'CPQ blocks', mode: 'stairstep', bands: [{ upTo: 10, unitPrice: 1 }, { upTo: 50, unitPrice: 3 }] },
    ],
    prices: [
      entry('STRIPE-VOL', { ladder: 'stripe-volume' }),
      entry('STRIPE-GRAD', { ladder: 'stripe-graduated' }),
      entry('LAGO-GRAD', { ladder: 'lago-graduated' }),
      entry('LAGO-VOL', { ladder: 'lago-volume' }),
      entry('CPQ-BLOCK', { ladder: 'cpq-block' }),
      entry('STRIPE-PACK', { listPrice: 10, packageSize: 5 }),
      entry('PACK-FREE', { listPrice: 10, packageSize: 5, includedUnits: 2 }),
      entry('STRIPE-OVERAGE', { listPrice: 0.04, includedUnits: 1000 }),
      entry('LAGO-MIN', { listPrice: 0.01, minimumCharge: 100 }),
      entry('LAGO-PLATFORM', { listPrice: 10, platformFee: 50, minimumCharge: 100 }),
      entry('SEAT', { listPrice: 49 }),
    ],
    quote: { customer: 'Worked examples', lines: SHAPE_CASES.map(([, sku, quantity]) => line(sku, quantity)) },
  };
}

/**
 * Lago, "Negotiated contract billing": a 1,000 USD minimum with 800 USD of usage adds a 200 USD true-up.
 * https://getlago.com/docs/guide/lago-cloud/contract-billing
 */
export function commitmentModel(): ModelInput {
  return {
    ...base,
    name: 'Minimum commitment',
    products: [product('SEAT', 'per-unit', 'seat')],
    prices: [entry('SEAT', { listPrice: 40 })],
    quote: { customer: 'Contoso', lines: [line('SEAT', 20)], minimumCommitment: 1000 },
  };
}
