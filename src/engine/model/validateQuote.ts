/** Checks of the model's quote (and of the mix's rows, validateMix.ts): every line names known things and can be priced. */
import { type IssueLog, pathOf } from './issues';
import { modelMessages as m } from './messages';
import type { Model, QuoteLine } from './schema';
import { type Ids, priceKey, ref } from './validateCatalog';

/** What a line names: a quote line, or a mix row (which has no component configuration). */
export type CheckedLine = Pick<QuoteLine, 'item' | 'term' | 'tier' | 'channel' | 'level'> & { readonly components?: QuoteLine['components'] };

export function validateQuote(log: IssueLog, model: Model, ids: Ids): void {
  const priced = pricedKeys(model);
  model.quote.lines.forEach((line, i) => validateLine(log, model, ids, priced, line, `quote.lines[${i}]`));
}

/** The price-book entries as keys, for `validateLine`. */
export const pricedKeys = (model: Model): Set<string> => new Set(model.prices.map((p) => priceKey(p.sku, p.tier, p.term)));

/** One line (at `path`) names known things and can be priced. */
export function validateLine(log: IssueLog, model: Model, ids: Ids, priced: ReadonlySet<string>, line: CheckedLine, path: string): void {
  const termKnown = ref(log, ids.terms, `${path}.term`, line.term, 'term');
  const tierKnown = ref(log, ids.tiers, `${path}.tier`, line.tier, 'tier');
  if (ref(log, ids.channels, `${path}.channel`, line.channel, 'channel')) {
    const channel = model.channels.find((c) => c.id === line.channel);
    if (channel && channel.kind !== 'direct' && line.level === undefined) log.error(`${path}.level`, m.levelRequired(channel.id));
    if (channel && channel.kind === 'direct' && line.level !== undefined) log.warn(`${path}.level`, m.levelOnDirect(channel.id, line.level), line.level);
  }
  ref(log, ids.levels, `${path}.level`, line.level, 'partner level');
  if ('sku' in line.item) {
    const sku = line.item.sku;
    if (line.components !== undefined) log.error(`${path}.components`, m.componentsOnProduct(sku), line.components);
    if (!ref(log, ids.products, `${path}.item.sku`, sku, 'product')) return;
    if (line.tier === undefined) {
      log.error(`${path}.tier`, m.tierRequired(sku));
      return;
    }
    if (termKnown && tierKnown && !priced.has(priceKey(sku, line.tier, line.term))) {
      log.error(path, m.noListPrice(sku, line.tier, line.term), { sku, tier: line.tier, term: line.term });
    }
    return;
  }
  const bundleId = line.item.bundle;
  if (!ref(log, ids.bundles, `${path}.item.bundle`, bundleId, 'bundle')) return;
  const bundle = model.bundles.find((b) => b.id === bundleId);
  if (!bundle) return;
  for (const [sku, quantity] of Object.entries(line.components ?? {})) {
    // As zod writes a key that is not an identifier ("BK-ENC"), so that the path reads back to the same field.
    const cpath = `${path}.${pathOf(['components', sku])}`;
    const c = bundle.components.find((x) => x.sku === sku);
    if (!c) log.error(cpath, m.notAComponent(bundle.id, sku), sku);
    else if (c.min !== undefined && quantity < c.min) log.error(cpath, m.componentBelowMin(quantity, c.min), quantity);
    else if (c.max !== undefined && quantity > c.max) log.error(cpath, m.componentAboveMax(quantity, c.max), quantity);
    else if (c.required && quantity === 0) log.error(cpath, m.requiredComponentZero(sku), quantity);
  }
  if (line.tier !== undefined && line.tier !== bundle.tier) log.warn(`${path}.tier`, m.bundleTierMismatch(bundle.id, bundle.tier, line.tier), line.tier);
  if (!termKnown) return;
  const sold =
    bundle.pricing.kind === 'fixed'
      ? bundle.pricing.prices[line.term] !== undefined
      : bundle.components.every((c) => c.quantity === 0 || priced.has(priceKey(c.sku, bundle.tier, line.term)));
  if (!sold) log.error(`${path}.term`, m.bundleNotSoldOnTerm(bundle.id, line.term), line.term);
}
