/** Tiers that each serve a new job: a repeated defining persona and job is flagged, nothing else. */
import { repeatedJobs, REPEATED_JOB_MESSAGE, tierJobKey } from '../../../../src/engine/guardrails/tierJobs';

const tier = (id: string, personas: string[], job: string) => ({ id, personas, job });

describe('repeatedJobs', () => {
  it.each([
    ['a new persona in each tier', [tier('a', ['user'], 'back up my laptop'), tier('b', ['admin'], 'back up my laptop')], []],
    ['a new job for the same persona', [tier('a', ['user'], 'back up my laptop'), tier('b', ['user'], 'restore a lost file')], []],
    ['no defining persona', [tier('a', [], 'back up'), tier('b', [], 'back up')], []],
    ['no job', [tier('a', ['user'], ''), tier('b', ['user'], '  ')], []],
  ])('does not flag %s', (_, tiers, expected) => {
    expect(repeatedJobs(tiers)).toEqual(expected);
  });

  it('flags a tier whose defining persona and job repeat an earlier one, ignoring case and spaces', () => {
    const tiers = [tier('product', ['user', 'admin'], 'Back up my laptop'), tier('solution', ['admin'], 'Manage backups'), tier('plus', ['user'], '  back up my LAPTOP ')];
    expect(repeatedJobs(tiers)).toEqual([{ rule: 'repeated-job', tier: 'plus', index: 2, repeats: 'product', message: 'more features, not a new job' }]);
  });

  it('names the first tier with that job for every repeat', () => {
    const tiers = [tier('a', ['u'], 'j'), tier('b', ['u'], 'j'), tier('c', ['u'], 'J')];
    expect(repeatedJobs(tiers).map((r) => [r.tier, r.repeats])).toEqual([['b', 'a'], ['c', 'a']]);
  });

  it('compares only the first persona, which defines the tier', () => {
    expect(repeatedJobs([tier('a', ['u', 'v'], 'j'), tier('b', ['v', 'u'], 'j')])).toEqual([]);
    expect(tierJobKey(tier('a', ['u', 'v'], ' J '))).toBe(tierJobKey(tier('b', ['u'], 'j')));
    expect(REPEATED_JOB_MESSAGE).toBe('more features, not a new job');
  });
});
