/** Cross-reference checks of the catalogue: ids, tiers, price book and discount ladders. */
import { boundFaults } from '../ladder/validate';
import { type IssueLog } from './issues';
import { modelMessages as m } from './messages';
import type { Model } from './schema';

/** An id as Excel's case-insensitive lookups see it ("BK-CLI" and "bk-cli" are one). */
export const foldCase = (id: string): string => id.toUpperCase().toLowerCase();

/** The first path of every id in a list; reports the duplicates, including ids that differ only in case. */
export function indexIds<T>(log: IssueLog, list: readonly T[], section: string, key: (t: T) => string, what: string, field = 'id'): Map<string, string> {
  const seen = new Map<string, string>();
  const folded = new Map<string, { id: string; path: string }>();
  list.forEach((item, i) => {
    const id = key(item);
    const path = `${section}[${i}].${field}`;
    const first = seen.get(id);
    const firstFolded = folded.get(foldCase(id));
    if (first !== undefined) log.error(path, m.duplicateId(what, id, first), id);
    else if (firstFolded !== undefined) log.error(path, m.caseOnlyDuplicate(what, id, firstFolded.id, firstFolded.path), id);
    else {
      seen.set(id, path);
      folded.set(foldCase(id), { id, path });
    }
  });
  return seen;
}

export interface Ids {
  readonly personas: Map<string, string>;
  readonly tiers: Map<string, string>;
  readonly terms: Map<string, string>;
  readonly products: Map<string, string>;
  readonly ladders: Map<string, string>;
  readonly priceLadders: Map<string, string>;
  readonly bundles: Map<string, string>;
  readonly levels: Map<string, string>;
  readonly channels: Map<string, string>;
}

export function collectIds(log: IssueLog, model: Model): Ids {
  return {
    personas: indexIds(log, model.personas, 'personas', (p) => p.id, 'persona'),
    tiers: indexIds(log, model.tiers, 'tiers', (t) => t.id, 'tier'),
    terms: indexIds(log, model.terms, 'terms', (t) => t.id, 'term'),
    products: indexIds(log, model.products, 'products', (p) => p.sku, 'SKU', 'sku'),
    ladders: indexIds(log, model.ladders, 'ladders', (l) => l.id, 'ladder'),
    priceLadders: indexIds(log, model.priceLadders, 'priceLadders', (l) => l.id, 'price ladder'),
    bundles: indexIds(log, model.bundles, 'bundles', (b) => b.id, 'bundle'),
    levels: indexIds(log, model.levels, 'levels', (l) => l.id, 'partner level'),
    channels: indexIds(log, model.channels, 'channels', (c) => c.id, 'channel'),
  };
}

export function ref(log: IssueLog, ids: Map<string, string>, path: string, id: string | undefined, what: string): boolean {
  if (id === undefined || ids.has(id)) return true;
  const near = [...ids.keys()].find((known) => foldCase(known) === foldCase(id));
  log.error(path, m.unknown(what, id, near), id);
  return false;
}

export const priceKey = (sku: string, tier: string, term: string): string => `${sku}\u0000${tier}\u0000${term}`;

export function validateCatalog(log: IssueLog, model: Model, ids: Ids): void {
  model.tiers.forEach((tier, i) => {
    tier.personas.forEach((p, j) => ref(log, ids.personas, `tiers[${i}].personas[${j}]`, p, 'persona'));
    ref(log, ids.ladders, `tiers[${i}].ladder`, tier.ladder, 'ladder');
  });
  model.products.forEach((product, i) => ref(log, ids.ladders, `products[${i}].ladder`, product.ladder, 'ladder'));

  const seen = new Map<string, string>();
  const pricedTiers = new Set<string>();
  model.prices.forEach((price, i) => {
    const path = `prices[${i}]`;
    ref(log, ids.products, `${path}.sku`, price.sku, 'product');
    ref(log, ids.tiers, `${path}.tier`, price.tier, 'tier');
    ref(log, ids.terms, `${path}.term`, price.term, 'term');
    pricedTiers.add(price.tier);
    const key = priceKey(price.sku, price.tier, price.term);
    const first = seen.get(key);
    if (first !== undefined) log.error(path, m.duplicatePrice(price.sku, price.tier, price.term, first), price);
    else seen.set(key, path);
  });
  if (model.prices.length > 0) {
    model.tiers.forEach((tier, i) => {
      if (!pricedTiers.has(tier.id)) log.error(`tiers[${i}]`, m.tierWithoutPrice(tier.id), tier.id);
    });
  }

  // The ladder engine's own rule for band bounds, so the model and the ladder functions word a fault alike.
  model.ladders.forEach((ladder, i) => {
    for (const { index, error } of boundFaults(ladder.bands.map((band) => band.upTo))) {
      log.error(`ladders[${i}].bands[${index}].upTo`, error.message, ladder.bands[index]?.upTo);
    }
    const last = ladder.bands[ladder.bands.length - 1];
    if (last !== undefined && last.upTo !== null) log.warn(`ladders[${i}].bands[${ladder.bands.length - 1}].upTo`, m.lastBandBounded(last.upTo), last.upTo);
  });
}
