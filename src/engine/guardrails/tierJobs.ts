/**
 * Tiers that each serve a new job. A tier is defined by the persona it is built for (the first of its
 * personas) and that persona's job to be done (the tier's job). A tier whose defining persona and job
 * repeat an earlier tier's adds features to the same job instead of serving a new one: a warning,
 * 'repeated-job'. A tier's buyer group is its own personas and every earlier tier's, in order: the end
 * user of the product is still there when the business manager buys the enterprise solution.
 */
import type { Model, Tier } from '../model/schema';
import { guardrailMessages as m } from './messages';
import type { Breach } from './types';

/**
 * A job as Excel compares it in the Packaging sheet's formula: TRIM (ends, and runs of spaces inside
 * made one) and case-insensitive.
 */
export const jobKey = (text: string): string => text.replace(/ +/g, ' ').replace(/^ | $/g, '').toUpperCase().toLowerCase();

/** The persona a tier is built for (its first), or '' when it names none. */
export const definingPersona = (tier: Tier): string => tier.personas[0] ?? '';

export function repeatedJobs(model: Model): Breach[] {
  const seen = new Map<string, Tier>();
  const breaches: Breach[] = [];
  model.tiers.forEach((tier, i) => {
    const persona = definingPersona(tier);
    if (persona === '' || jobKey(tier.job) === '') return;
    const key = `${jobKey(persona)}\u0000${jobKey(tier.job)}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, tier);
    else breaches.push({ rule: 'repeated-job', path: `tiers[${i}].job`, severity: 'warning', message: m.repeatedJob(tier.id, earlier.id, persona, tier.job) });
  });
  return breaches;
}

/** Each tier's buyer group: its personas, then every earlier tier's not yet listed, by persona id. */
export function buyerGroups(model: Model): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const before: string[] = [];
  for (const tier of model.tiers) {
    const group = [...new Set([...tier.personas, ...before])];
    groups.set(tier.id, group);
    for (const p of tier.personas) if (!before.includes(p)) before.push(p);
  }
  return groups;
}
