/** Parts of a comparison kept per pair of models: the same lists as worked out afresh, a copy for each caller. */
import { settingChanges } from '../../../../src/engine/compare/settings';
import { pricePointChanges } from '../../../../src/engine/compare/pricePoints';
import { keptPerPair } from '../../../../src/engine/compare/keptPerPair';
import { exampleModel } from '../model/example';

const base = () => exampleModel();
const other = () => exampleModel((j) => ((j.prices[0].listPrice += 5), (j.levels[0].discount = 0.33)));

describe('keptPerPair', () => {
  it('works a pair out once, and gives each caller a copy of its own', () => {
    let computed = 0;
    const counted = keptPerPair((a, b) => (computed++, [a.name, b.name]));
    const [a, b] = [base(), other()];
    const first = counted(a, b);
    first.push('changed by the caller');
    expect(counted(a, b)).toEqual([a.name, b.name]);
    expect(computed).toBe(1);
    // The other way round, and another object of equal content, are other pairs.
    counted(b, a);
    counted(a, other());
    expect(computed).toBe(3);
  });

  it.each([
    ['settingChanges', settingChanges],
    ['pricePointChanges', pricePointChanges],
  ] as const)('%s kept gives what a fresh pair of models gives', (_, changes) => {
    const [a, b] = [base(), other()];
    const kept = changes(a, b);
    expect(kept.length).toBeGreaterThan(0);
    expect(changes(a, b)).toEqual(kept);
    expect(changes(base(), other())).toEqual(kept);
  });
});
