/**
 * The compare worked example: one product listed at 1,000 a year (cost 10 a month), a Gold reseller at
 * 30% off list with a 2% rebate, a distributor with 10% on top; a mix of 10 units direct at 5% off and 20
 * through Distribution · Gold; the scenario "Gold +2 pts": the README's worked example of Compare.
 */
import { toNumber, type Decimal, type FigureChange } from '../../../src/engine';
import type { ModelInput } from '../../../src/engine/model/schema';
import { loadModel, type Model } from '../../../src/engine';
import { formatMoney } from '../../../src/taskpane/state/format';

export function compareInput(edit: (m: ModelInput) => void = () => {}): ModelInput {
  const input: ModelInput = {
    currency: 'USD',
    tiers: [{ id: 'product', name: 'Product' }],
    terms: [{ id: 'annual', name: 'Annual', months: 12 }],
    products: [{ sku: 'SUITE', name: 'Suite', family: 'Suite', unitCost: 10 }],
    prices: [{ sku: 'SUITE', tier: 'product', term: 'annual', listPrice: 1000 }],
    levels: [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05, rebate: 0.02 }],
    channels: [
      { id: 'direct', name: 'Direct', kind: 'direct' },
      { id: 'distribution', name: 'Distribution', kind: 'two-tier', distributorDiscount: 0.1 },
    ],
    scenarios: [{ id: 'gold-2', name: 'Gold +2 pts', description: 'Gold discount 30% → 32%', changes: [{ target: 'level', level: 'gold', field: 'discount', add: 0.02 }] }],
    mix: {
      name: 'FY27 book',
      rows: [
        { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', channel: 'direct', quantity: 10, discount: 0.05 },
        { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', channel: 'distribution', level: 'gold', quantity: 20 },
      ],
    },
  };
  edit(input);
  return input;
}

export function loaded(input: ModelInput): Model {
  const result = loadModel(input);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.model;
}

const amount = (d: Decimal): string => formatMoney(Math.abs(toNumber(d)), '', 2);
const sign = (d: Decimal): string => (toNumber(d) > 0 ? '+' : toNumber(d) < 0 ? '−' : '');

/** A figure's cells as the pane should show them, from the engine's FigureChange: base, other, "+20.00 (+2.0%)". */
export function expectedCells(c: FigureChange): string[] {
  const pct = c.changePct === null ? '—' : `${sign(c.changePct)}${(Math.abs(toNumber(c.changePct)) * 100).toFixed(1)}%`;
  return [formatMoney(toNumber(c.base), '', 2), formatMoney(toNumber(c.other), '', 2), `${sign(c.change)}${amount(c.change)} (${pct})`];
}
