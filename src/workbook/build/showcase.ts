/** The items a sheet shows each at one tier and term (the Routes sheet's default item, its matrix's cap). */
import type { Model } from '../../engine/model/schema';
import { bundleTerms } from './bundles';
import type { LineInput } from './lineFigures';

/** The (tier, term) each item is shown at: its first priced tier, annual (12 months) when priced, else the first priced term. */
export function showcase(model: Model, limit = Number.POSITIVE_INFINITY): { item: LineInput['item']; label: string; tier: string; term: string }[] {
  const pick = (terms: ReadonlySet<string>): string | undefined => model.terms.find((t) => t.months === 12 && terms.has(t.id))?.id ?? model.terms.find((t) => terms.has(t.id))?.id;
  // sku → tier → priced terms, in one pass over the price book.
  const priced = new Map<string, Map<string, Set<string>>>();
  for (const p of model.prices) {
    const tiers = priced.get(p.sku) ?? new Map<string, Set<string>>();
    const terms = tiers.get(p.tier) ?? new Set<string>();
    terms.add(p.term);
    tiers.set(p.tier, terms);
    priced.set(p.sku, tiers);
  }
  const out: { item: LineInput['item']; label: string; tier: string; term: string }[] = [];
  for (const p of model.products) {
    if (out.length >= limit) return out;
    const tiers = priced.get(p.sku);
    const tier = model.tiers.find((t) => tiers?.has(t.id))?.id;
    const term = tier === undefined ? undefined : pick(tiers?.get(tier) ?? new Set());
    if (tier !== undefined && term !== undefined) out.push({ item: { sku: p.sku }, label: p.sku, tier, term });
  }
  for (const b of model.bundles) {
    if (out.length >= limit) return out;
    const term = pick(new Set(bundleTerms(b, model).map((t) => t.id)));
    if (term !== undefined) out.push({ item: { bundle: b.id }, label: b.id, tier: b.tier, term });
  }
  return out;
}

/** Items the Routes sheet's matrix shows at most (each through every route); the route table and the Quote sheet price any item. */
export const ROUTE_ITEMS_LIMIT = 500;
