/**
 * A list-price scenario: +5% on the Backup family only, each matching entry rounded once to the cent.
 *   BK-STD 1,000.00 × 1.05 = 1,050.00 (exact);
 *   SY-STD (family Sync) is not matched and stays 10.10.
 * A half case: +5% on SY-STD, 10.10 × 1.05 = 10.605 exactly: half away from zero (Excel's ROUND) 10.61,
 * half to even 10.60 (the model's rounding mode decides).
 */
import { applyScenario, compareModels, changeSummary, toFixedString, type Model, type Scenario } from '../../../../src/engine';
import { compareInput } from '../../../support/compareModel';
import { load } from '../../../support/models';

const listChange = (change: Extract<Scenario['changes'][number], { target: 'listPrice' }>): Scenario => ({ id: 's', name: 'S', description: '', changes: [change] });
const listPrices = (model: Model): number[] => model.prices.map((p) => p.listPrice);

describe('listPrice changes', () => {
  const model = load(compareInput());

  it('raises only the family named, to the cent', () => {
    const applied = applyScenario(model, listChange({ target: 'listPrice', family: 'Backup', change: 0.05 }));
    expect(listPrices(applied)).toEqual([1050, 10.1]);
  });

  it.each([
    ['halfAwayFromZero', 10.61],
    ['halfEven', 10.6],
  ] as const)('rounds a half with the model rounding mode %s', (mode, expected) => {
    const m = load({ ...compareInput(), rounding: { mode } });
    const applied = applyScenario(m, listChange({ target: 'listPrice', sku: 'SY-STD', change: 0.05 }));
    expect(listPrices(applied)).toEqual([1000, expected]);
  });

  it('with no filter changes every entry', () => {
    const applied = applyScenario(model, listChange({ target: 'listPrice', change: -0.1 }));
    expect(listPrices(applied)).toEqual([900, 9.09]);
  });

  it('shows up as price points, in money and percent', () => {
    const applied = applyScenario(model, listChange({ target: 'listPrice', family: 'Backup', change: 0.05 }));
    // The applied model has no scenarios: compared with the base less its scenarios, only the price moved.
    const c = compareModels({ ...model, scenarios: [] }, applied, { otherName: 'List +5% on Backup' });
    expect(c.pricePoints).toHaveLength(1);
    const [point] = c.pricePoints;
    expect(point!.label).toBe('BK-STD · Product · Annual');
    expect(point!.field).toBe('list price');
    expect([point!.base, point!.other, point!.change, point!.changePct].map((d) => toFixedString(d!))).toEqual(['1000.00', '1050.00', '50.00', '0.0500000000']);
    expect(c.settings).toEqual([]);
    expect(changeSummary(c)).toBe('1 list price changed (BK-STD · Product · Annual 1000.00 → 1050.00)');
  });
});
