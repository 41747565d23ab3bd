/**
 * Each tier is a new job for a new persona, not a longer checklist: a tier whose defining persona (its
 * first) and job repeat an earlier tier's is flagged, and each tier's buyer group keeps the personas of
 * the tiers before it.
 */
import { buyerGroups, modelBreaches, repeatedJobs } from '../../../../src/engine';
import { loadModel } from '../../../../src/engine/model/loadModel';
import type { Model, ModelInput } from '../../../../src/engine/model/schema';

function modelWith(tiers: ModelInput['tiers']): Model {
  const loaded = loadModel({ currency: 'USD', tiers });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.model;
}

describe('a tier that repeats an earlier tier’s persona and job', () => {
  it('is flagged "more features, not a new job", at the tier’s job', () => {
    const model = modelWith([
      { id: 'basic', name: 'Basic', personas: ['end-user'], job: 'Back up my laptop' },
      { id: 'plus', name: 'Plus', personas: ['end-user'], job: 'back up  my laptop ' },
      { id: 'team', name: 'Team', personas: ['technical-manager', 'end-user'], job: 'Back up my laptop' },
    ]);
    expect(repeatedJobs(model)).toEqual([
      {
        rule: 'repeated-job',
        path: 'tiers[1].job',
        severity: 'warning',
        message: 'tier "plus" serves the same persona ("end-user") and job ("back up  my laptop") as tier "basic": more features, not a new job',
      },
    ]);
    expect(modelBreaches(model).filter((b) => b.rule === 'repeated-job').map((b) => b.path)).toEqual(['tiers[1].job']);
  });

  it('is not flagged when it names no persona or no job', () => {
    const model = modelWith([
      { id: 'a', name: 'A', personas: [], job: 'Same' },
      { id: 'b', name: 'B', personas: [], job: 'Same' },
      { id: 'c', name: 'C', personas: ['end-user'], job: '' },
      { id: 'd', name: 'D', personas: ['end-user'], job: '  ' },
    ]);
    expect(repeatedJobs(model)).toEqual([]);
  });

  it('is not flagged for the default tiers, each a new job for a new persona', () => {
    expect(repeatedJobs(modelWith(undefined))).toEqual([]);
  });
});

describe('buyer groups', () => {
  it('keep the earlier tiers’ personas in the enterprise', () => {
    const groups = buyerGroups(modelWith(undefined));
    expect(Object.fromEntries(groups)).toEqual({
      product: ['end-user'],
      solution: ['technical-manager', 'end-user'],
      enterprise: ['business-manager', 'technical-manager', 'end-user'],
    });
  });

  it('add a persona only the earlier tier lists', () => {
    const groups = buyerGroups(
      modelWith([
        { id: 'one', name: 'One', personas: ['end-user'] },
        { id: 'two', name: 'Two', personas: ['business-manager'] },
      ]),
    );
    expect(groups.get('two')).toEqual(['business-manager', 'end-user']);
  });
});
