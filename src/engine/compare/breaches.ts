/**
 * Breaches of two models compared by rule and subject, not by message: a breach whose figures moved
 * (vendor margin 41% → 43%, still below the floor) is the same breach. The subject is the breach's path
 * with each list index replaced by the id of the thing at it (prices[4] → prices[BK-STD/product/annual]),
 * so adding a product does not make every later breach look new, plus the route of a margin-floor breach
 * (one price-book entry can break the floor through several routes).
 */
import type { Breach } from '../guardrails/types';
import type { Model } from '../model/schema';
import type { BreachChanges } from './types';

const SECTIONS: Record<string, (model: Model, i: number) => string | undefined> = {
  prices: (m, i) => {
    const p = m.prices[i];
    return p && `${p.sku}/${p.tier}/${p.term}`;
  },
  products: (m, i) => m.products[i]?.sku,
  bundles: (m, i) => m.bundles[i]?.id,
  ladders: (m, i) => m.ladders[i]?.id,
  priceLadders: (m, i) => m.priceLadders[i]?.id,
  terms: (m, i) => m.terms[i]?.id,
  tiers: (m, i) => m.tiers[i]?.id,
  levels: (m, i) => m.levels[i]?.id,
  channels: (m, i) => m.channels[i]?.id,
  markets: (m, i) => m.markets[i]?.id,
};

const ROUTE = / via (channel "[^"]*"(?:, level "[^"]*")?(?:, deal registered)?)/;

/** A breach's path with each list index replaced by the id of the thing at it. */
function subjectPath(model: Model, path: string): string {
  return path.replace(/(^|\.)([A-Za-z]+)\[(\d+)\]/g, (whole: string, dot: string, section: string, index: string) => {
    const id = SECTIONS[section]?.(model, Number(index));
    return id === undefined ? whole : `${dot}${section}[${id}]`;
  });
}

const subjectOf = (breach: Breach, path: string): string => {
  const route = breach.rule === 'vendor-margin-floor' ? ROUTE.exec(breach.message)?.[1] : undefined;
  return `${breach.rule} ${path}${route === undefined ? '' : ` via ${route}`}`;
};

/** What a breach is about, stable across edits that move things in their lists. */
export function breachSubject(model: Model, breach: Breach): string {
  return subjectOf(breach, subjectPath(model, breach.path));
}

/**
 * Each breach's subject, in the list's order. A model's breaches (modelBreaches) are one frozen list per
 * model, compared again at every build: their subjects are kept with the list, for the model they were
 * taken of (for 1,000 products, 58,000 breaches: some tens of milliseconds each time).
 */
const subjectsKept = new WeakMap<readonly Breach[], { readonly model: Model; readonly subjects: readonly string[] }>();

export function breachSubjects(model: Model, breaches: readonly Breach[]): readonly string[] {
  const kept = subjectsKept.get(breaches);
  if (kept !== undefined && kept.model === model) return kept.subjects;
  // A price-book entry breaks the floor through several routes: each path is read once.
  const paths = new Map<string, string>();
  const subjects = breaches.map((b) => {
    let path = paths.get(b.path);
    if (path === undefined) paths.set(b.path, (path = subjectPath(model, b.path)));
    return subjectOf(b, path);
  });
  if (Object.isFrozen(breaches)) subjectsKept.set(breaches, { model, subjects });
  return subjects;
}

/**
 * The breaches `other` has that `base` has not (appeared) and the reverse (disappeared), each in its
 * model's order: of the breaches on one subject, the first ones in order are matched with the other
 * side's. The two lists' common start (two models of the same products, often all of it) matches pair
 * by pair: those are the first on their subjects on both sides, so only the rest are counted.
 */
export function breachChanges(base: Model, baseBreaches: readonly Breach[], other: Model, otherBreaches: readonly Breach[]): BreachChanges {
  const baseSubjects = breachSubjects(base, baseBreaches);
  const otherSubjects = breachSubjects(other, otherBreaches);
  let common = 0;
  while (common < baseSubjects.length && common < otherSubjects.length && baseSubjects[common] === otherSubjects[common]) common += 1;
  const count = (subjects: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (let i = common; i < subjects.length; i++) {
      const subject = subjects[i] ?? '';
      counts.set(subject, (counts.get(subject) ?? 0) + 1);
    }
    return counts;
  };
  const only = (list: readonly Breach[], subjects: readonly string[], against: Map<string, number>): Breach[] =>
    list.slice(common).filter((_, i) => {
      const subject = subjects[common + i] ?? '';
      const left = against.get(subject) ?? 0;
      if (left > 0) {
        against.set(subject, left - 1);
        return false;
      }
      return true;
    });
  return { appeared: only(otherBreaches, otherSubjects, count(baseSubjects)), disappeared: only(baseBreaches, baseSubjects, count(otherSubjects)) };
}

export const onlyRule = (changes: BreachChanges, rule: Breach['rule']): BreachChanges => ({
  appeared: changes.appeared.filter((b) => b.rule === rule),
  disappeared: changes.disappeared.filter((b) => b.rule === rule),
});
