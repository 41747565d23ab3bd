/**
 * Property tests run on one fixed seed, so that a run in CI is repeatable: the same inputs every
 * time. `FC_SEED=1234 npm test` replays another seed (fast-check prints the seed of a failure), and
 * `FC_SEED=random npm test` explores with a new random seed each run.
 */
import fc from 'fast-check';

const FIXED_SEED = 20261130;

function seedFrom(setting: string | undefined): number | undefined {
  if (setting === undefined || setting === '') return FIXED_SEED;
  if (setting === 'random') return undefined;
  const seed = Number(setting);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be a whole number or "random", got "${setting}"`);
  return seed;
}

const seed = seedFrom(process.env.FC_SEED);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
