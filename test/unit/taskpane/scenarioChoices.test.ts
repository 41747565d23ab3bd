/** What the Scenarios panel offers when a change is edited, and where scenario and mix issues lead. */
import type { ModelInput } from '../../../src/engine/model/schema';
import { issueLabel, panelOf } from '../../../src/taskpane/state/issueLabel';
import { changeTitle, familyChoices, freshChange, freshScenario, twoTierChannelChoices, withRateMode } from '../../../src/taskpane/state/scenarioChoices';
import { STARTER_MODEL, withExplicitDefaults } from '../../../src/taskpane/state/starterModel';

const model: ModelInput = withExplicitDefaults(STARTER_MODEL);

describe('scenario choices', () => {
  it('switching set and add keeps the number typed', () => {
    expect(withRateMode({ target: 'level', level: 'gold', field: 'discount', add: 0.02 }, 'set')).toEqual({ target: 'level', level: 'gold', field: 'discount', set: 0.02 });
    expect(withRateMode({ target: 'term', term: 'annual', field: 'discount', set: 0.1 }, 'add')).toEqual({ target: 'term', term: 'annual', field: 'discount', add: 0.1 });
    expect(withRateMode({ target: 'term', term: 'annual', field: 'discount', add: 0.1 }, 'add')).toEqual({ target: 'term', term: 'annual', field: 'discount', add: 0.1 });
  });

  it.each([
    ['level', { target: 'level', level: 'registered', field: 'discount', add: 0.01 }, 'Registered: discount'],
    ['channel', { target: 'channel', channel: 'distribution', field: 'distributorDiscount', add: 0.01 }, 'Distribution: distributor discount'],
    ['term', { target: 'term', term: 'monthly', field: 'discount', add: 0.01 }, 'Monthly: term discount'],
    ['listPrice', { target: 'listPrice', change: 0.05 }, 'List prices'],
  ] as const)('a fresh %s change takes the model’s first id and reads as a title', (target, change, title) => {
    expect(freshChange(model, target)).toEqual(change);
    expect(changeTitle(model, change)).toBe(title);
  });

  it('offers only two-tier channels for a distributor discount, and each product family once', () => {
    expect(twoTierChannelChoices(model).map((c) => c.value)).toEqual(['distribution']);
    expect(familyChoices(model).map((c) => c.value)).toEqual(['Backup']);
  });

  it('a new scenario has a fresh id and one change', () => {
    const next = freshScenario({ ...model, scenarios: [{ id: 'scenario-1', name: 'A', changes: [{ target: 'listPrice', change: 0.1 }] }] });
    expect(next).toMatchObject({ id: 'scenario-2', name: 'Scenario 2', changes: [{ target: 'level' }] });
  });

  it('issues of scenarios and the mix are named and lead to the Scenarios panel', () => {
    expect(issueLabel(['scenarios', 0, 'changes', 1, 'add'])).toBe('Scenario 1 › Change 2 › Add');
    expect(issueLabel(['mix', 'rows', 3, 'level'])).toBe('Mix › Row 4 › Level');
    expect(panelOf(['scenarios', 0, 'name'])).toBe('scenarios');
    expect(panelOf(['mix', 'rows', 0, 'quantity'])).toBe('scenarios');
  });
});
