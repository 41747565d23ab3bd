/**
 * Worked examples of every price shape from published documentation, with the documents' own numbers:
 * the charge, the true-up and the explanation a quote line shows. Each total is checkable by hand.
 */
import { entryCharge, priceQuoteLine, toFixedString } from '../../../../src/engine';
import { shapeModel } from './shapeModel';

const line = (sku: string, quantity: number) => ({ item: { sku }, quantity, term: 'month', tier: 'std', channel: 'direct' });

// Stripe, "Set up tiered pricing": tiers 1-5 at 7 USD, 6-10 at 6.5 USD, 11+ at 6 USD.
// https://docs.stripe.com/subscriptions/pricing-models/tiered-pricing
const stripeTiers = [
  { upTo: 5, unitPrice: 7 },
  { upTo: 10, unitPrice: 6.5 },
  { upTo: null, unitPrice: 6 },
];
// Lago, "Graduated percentage": 0-1,000 at 1% + 200 USD flat fee, 1,001-10,000 at 2% + 300 USD, 10,001+ at 3% + 400 USD;
// a rate on each dollar is a unit price per dollar. https://getlago.com/docs/guide/plans/charges/charge-models/graduated-percentage
const lagoGraduatedFees = [
  { upTo: 1000, unitPrice: 0.01, flatFee: 200 },
  { upTo: 10000, unitPrice: 0.02, flatFee: 300 },
  { upTo: null, unitPrice: 0.03, flatFee: 400 },
];
// Lago, "Volume": 0-10,000 at 0.0010 USD, 10,001-50,000 at 0.0008, 50,001-100,000 at 0.0006, 100,001+ at 0.0004, 10 USD fee each.
// https://getlago.com/docs/guide/plans/charges/charge-models/volume
const lagoVolumeFees = [
  { upTo: 10000, unitPrice: 0.001, flatFee: 10 },
  { upTo: 50000, unitPrice: 0.0008, flatFee: 10 },
  { upTo: 100000, unitPrice: 0.0006, flatFee: 10 },
  { upTo: null, unitPrice: 0.0004, flatFee: 10 },
];
// Salesforce CPQ block pricing (Trailhead, "Implement Block Pricing"): a 10-pencil box at 1 USD, a 50-pencil box at 3 USD.
// https://trailhead.salesforce.com/content/learn/modules/pricing-methods-for-salesforce-cpq/implement-block-pricing
const cpqBlocks = [
  { upTo: 10, unitPrice: 1 },
  { upTo: 50, unitPrice: 3 },
];

const model = shapeModel(
  [
    { sku: 'STRIPE-VOL', shape: 'tiered', unit: 'fonts', entry: { ladder: 'stripe-volume' } },
    { sku: 'STRIPE-GRAD', shape: 'tiered', unit: 'fonts', entry: { ladder: 'stripe-graduated' } },
    { sku: 'LAGO-GRAD', shape: 'tiered', unit: 'USD', entry: { ladder: 'lago-graduated' } },
    { sku: 'LAGO-VOL', shape: 'tiered', unit: 'calls', entry: { ladder: 'lago-volume' } },
    { sku: 'CPQ-BLOCK', shape: 'tiered', unit: 'pencils', entry: { ladder: 'cpq-block' } },
    // Stripe, "Quantity transformation": 10 USD for every 5 users or portion thereof (1, 3, 5 → 10; 6, 7 → 20).
    // https://stripe.com/docs/billing/subscriptions/quantity-transformation
    { sku: 'STRIPE-PACK', shape: 'package', unit: 'users', entry: { listPrice: 10, packageSize: 5 } },
    // Stripe, "Flat fee and overages": usage 0-1000 at 0 USD, 1000+ at 0.04 USD.
    // https://docs.stripe.com/billing/subscriptions/usage-based-v1/use-cases/flat-fee-and-overages
    { sku: 'STRIPE-OVERAGE', shape: 'usage', unit: 'tokens', entry: { listPrice: 0.04, includedUnits: 1000 } },
    // Lago, "Spending minimums": 0.010 USD per tracked user with a 100 USD minimum; 50 USD of usage gets a 50 USD true-up.
    // https://getlago.com/docs/guide/plans/charges/spending-minimum
    { sku: 'LAGO-MIN', shape: 'usage', unit: 'MTU', entry: { listPrice: 0.01, minimumCharge: 100 } },
    // Lago, minimum spend scenario (lago-api pull request 1787): 50 USD subscription + 3 × 10 USD = 80 USD, + 20 USD true-up = 100 USD.
    // https://github.com/getlago/lago-api/pull/1787
    { sku: 'LAGO-PLATFORM', shape: 'platform', unit: 'units', entry: { listPrice: 10, platformFee: 50, minimumCharge: 100 } },
    { sku: 'PACK-FREE', shape: 'package', unit: 'units', entry: { listPrice: 10, packageSize: 5, includedUnits: 2 } },
    { sku: 'SEAT', shape: 'per-unit', entry: { listPrice: 49 } },
  ],
  [
    { id: 'stripe-volume', name: 'Stripe volume', mode: 'volume', bands: stripeTiers.map((b) => ({ ...b, flatFee: 0 })) },
    { id: 'stripe-graduated', name: 'Stripe graduated', mode: 'graduated', bands: stripeTiers.map((b) => ({ ...b, flatFee: 0 })) },
    { id: 'lago-graduated', name: 'Lago graduated', mode: 'graduated', bands: lagoGraduatedFees },
    { id: 'lago-volume', name: 'Lago volume', mode: 'volume', bands: lagoVolumeFees },
    { id: 'cpq-block', name: 'CPQ blocks', mode: 'stairstep', bands: cpqBlocks.map((b) => ({ ...b, flatFee: 0 })) },
  ],
);

describe('price shapes: worked examples from published documentation', () => {
  it.each<[string, string, number, string, string, string]>([
    // [case, sku, quantity, List, true-up, explanation]
    ['Stripe volume, 5 fonts at 7 USD', 'STRIPE-VOL', 5, '35.00', '0.00', '5 × 7.00 = 35.00'],
    ['Stripe volume, 6 fonts all at 6.5 USD', 'STRIPE-VOL', 6, '39.00', '0.00', '6 × 6.50 = 39.00'],
    ['Stripe volume, 20 fonts', 'STRIPE-VOL', 20, '120.00', '0.00', '20 × 6.00 = 120.00'],
    ['Stripe volume, 25 fonts', 'STRIPE-VOL', 25, '150.00', '0.00', '25 × 6.00 = 150.00'],
    ['Stripe graduated, 5 fonts like volume', 'STRIPE-GRAD', 5, '35.00', '0.00', '5 × 7.00 = 35.00'],
    ['Stripe graduated, 6 fonts', 'STRIPE-GRAD', 6, '41.50', '0.00', '5 × 7.00 + 1 × 6.50 = 41.50'],
    ['Stripe graduated, 25 fonts', 'STRIPE-GRAD', 25, '157.50', '0.00', '5 × 7.00 + 5 × 6.50 + 15 × 6.00 = 157.50'],
    // 205 USD after the first 500 USD transaction and 306 USD after the next 550: 511 USD for 1,050 USD in all.
    ['Lago graduated with flat fees, 500', 'LAGO-GRAD', 500, '205.00', '0.00', '500 × 0.01 + 200.00 fee = 205.00'],
    ['Lago graduated with flat fees, 1,050', 'LAGO-GRAD', 1050, '511.00', '0.00', '1,000 × 0.01 + 200.00 fee + 50 × 0.02 + 300.00 fee = 511.00'],
    ['Lago volume with a flat fee, 65,000 calls', 'LAGO-VOL', 65000, '49.00', '0.00', '65,000 × 0.0006 + 10.00 fee = 49.00'],
    ['CPQ block, 7 pencils take the 10-pencil box', 'CPQ-BLOCK', 7, '1.00', '0.00', 'up to 10: 1.00'],
    ['CPQ block, 11 pencils take the 50-pencil box', 'CPQ-BLOCK', 11, '3.00', '0.00', 'up to 50: 3.00'],
    ['Stripe package, 1 user', 'STRIPE-PACK', 1, '10.00', '0.00', '1 users → 1 package × 10.00 = 10.00'],
    ['Stripe package, 5 users', 'STRIPE-PACK', 5, '10.00', '0.00', '5 users → 1 package × 10.00 = 10.00'],
    ['Stripe package, 6 users', 'STRIPE-PACK', 6, '20.00', '0.00', '6 users → 2 packages × 10.00 = 20.00'],
    ['package with free units', 'PACK-FREE', 12, '20.00', '0.00', '12 units − 2 included = 10 → 2 packages × 10.00 = 20.00'],
    ['Stripe overage, 1,500 tokens', 'STRIPE-OVERAGE', 1500, '20.00', '0.00', '1,500 tokens − 1,000 included = 500 × 0.04 = 20.00'],
    ['Stripe overage, within the included tokens', 'STRIPE-OVERAGE', 800, '0.00', '0.00', '800 tokens − 1,000 included = 0 × 0.04 = 0.00'],
    ['Lago spending minimum topped up', 'LAGO-MIN', 5000, '100.00', '50.00', '5,000 × 0.01 = 50.00; topped up to the minimum 100.00 (true-up 50.00)'],
    ['Lago spending minimum exceeded', 'LAGO-MIN', 12000, '120.00', '0.00', '12,000 × 0.01 = 120.00'],
    ['Lago platform fee topped up', 'LAGO-PLATFORM', 3, '100.00', '20.00', '50.00 fee + 3 × 10.00 = 80.00; topped up to the minimum 100.00 (true-up 20.00)'],
    ['a per-unit line', 'SEAT', 25, '1225.00', '0.00', '25 × 49.00 = 1,225.00'],
  ])('%s', (_, sku, quantity, list, trueUp, explanation) => {
    const priced = priceQuoteLine(model, line(sku, quantity));
    expect(toFixedString(priced.listPrice)).toBe(list);
    expect(toFixedString(priced.trueUp)).toBe(trueUp);
    expect(priced.explanation).toBe(explanation);
    // The entry priced alone (what a pane previews) gives the line's List, true-up and words.
    const alone = entryCharge(model, sku, 'std', 'month', quantity);
    expect([toFixedString(alone.listPrice), toFixedString(alone.trueUp), alone.explanation]).toEqual([list, trueUp, explanation]);
  });

  it('a quantity beyond a bounded last band is refused, naming the ladder and the quantity', () => {
    expect(() => priceQuoteLine(model, line('CPQ-BLOCK', 51))).toThrow('price ladder "cpq-block": ');
    try {
      priceQuoteLine(model, line('CPQ-BLOCK', 51));
    } catch (e) {
      expect((e as { field?: string }).field).toBe('quantity');
    }
  });
});
