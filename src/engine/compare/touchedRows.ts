/**
 * Which rows of a mix a scenario can change the price of: rows of a level, channel or term it changes,
 * and rows of a price-book entry whose list price it changes (a bundle row: of a component's entry in
 * the bundle's tier). Every other row prices exactly as on the base model, so compareScenarios reuses
 * the base's figures for it instead of pricing 10,000 rows again for a change that touches 500.
 */
import type { Model, QuoteLine } from '../model/schema';
import type { Scenario } from '../model/scenarioSchema';
import { familiesOf, matchesEntry } from './applyScenario';

const key = (sku: string, tier: string, term: string): string => `${sku}\u0000${tier}\u0000${term}`;

/** What a row's price depends on that a scenario can change: a mix row or a quote line. */
export type RouteOfRow = Pick<QuoteLine, 'item' | 'tier' | 'term' | 'channel' | 'level'>;

export function rowsTouched(model: Model, scenario: Scenario): (row: RouteOfRow) => boolean {
  const levels = new Set<string>();
  const channels = new Set<string>();
  const terms = new Set<string>();
  const entries = new Set<string>();
  const families = familiesOf(model);
  for (const change of scenario.changes) {
    switch (change.target) {
      case 'level':
        levels.add(change.level);
        break;
      case 'channel':
        channels.add(change.channel);
        break;
      case 'term':
        terms.add(change.term);
        break;
      case 'listPrice':
        for (const p of model.prices) if (matchesEntry(model, change, p, families)) entries.add(key(p.sku, p.tier, p.term));
        break;
    }
  }
  const bundles = new Map(model.bundles.map((b) => [b.id, b]));
  return (row) => {
    if ((row.level !== undefined && levels.has(row.level)) || channels.has(row.channel) || terms.has(row.term)) return true;
    if (entries.size === 0) return false;
    if ('sku' in row.item) return entries.has(key(row.item.sku, row.tier ?? '', row.term));
    const bundle = bundles.get(row.item.bundle);
    return bundle === undefined || bundle.components.some((c) => entries.has(key(c.sku, bundle.tier, row.term)));
  };
}
