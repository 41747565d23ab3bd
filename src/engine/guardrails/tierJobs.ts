/**
 * Tiers that each serve a new job: a tier is defined by its first persona and its job to be done. A
 * tier whose defining persona and job (trimmed, case-folded) repeat an earlier tier's adds features
 * without serving anyone new, and is flagged (rule 'repeated-job', a warning). A tier without a defining
 * persona or without a job states nothing to repeat and is not flagged.
 */

export const REPEATED_JOB_RULE = 'repeated-job';
export const REPEATED_JOB_MESSAGE = 'more features, not a new job';

export interface TierJobInput {
  readonly id: string;
  readonly personas?: readonly string[];
  readonly job?: string;
}

export interface RepeatedJob {
  readonly rule: typeof REPEATED_JOB_RULE;
  /** The tier flagged, and its index in the model's tiers. */
  readonly tier: string;
  readonly index: number;
  /** The earlier tier it repeats. */
  readonly repeats: string;
  readonly message: typeof REPEATED_JOB_MESSAGE;
}

const fold = (text: string): string => text.trim().toLocaleLowerCase('en-US');

/** The defining persona and job of a tier as compared, or null when it states none. */
export function tierJobKey(tier: TierJobInput): string | null {
  const persona = tier.personas?.[0];
  const job = fold(tier.job ?? '');
  return persona === undefined || persona === '' || job === '' ? null : `${persona}\u0000${job}`;
}

/** Every tier whose defining persona and job repeat an earlier tier's, in the tiers' order. */
export function repeatedJobs(tiers: readonly TierJobInput[]): RepeatedJob[] {
  const first = new Map<string, string>();
  const found: RepeatedJob[] = [];
  tiers.forEach((tier, index) => {
    const key = tierJobKey(tier);
    if (key === null) return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, tier.id);
    else found.push({ rule: REPEATED_JOB_RULE, tier: tier.id, index, repeats: earlier, message: REPEATED_JOB_MESSAGE });
  });
  return found;
}
