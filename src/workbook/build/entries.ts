/**
 * What the model-wide margin-floor guardrail checks (as the engine's checkModel does): every price-book
 * entry, and every bundle on every term it is sold.
 */
import type { Model } from '../../engine/model/schema';
import { bundleTerms } from './bundles';
import type { LineInput } from './lineFigures';

/** A price-book entry or a bundle on a term; `path` is the engine's path of its breaches. */
export interface CheckedEntry {
  readonly item: LineInput['item'];
  readonly label: string;
  readonly tier: string;
  readonly term: string;
  readonly path: string;
}

export function checkedEntries(model: Model): CheckedEntry[] {
  return [
    ...model.prices.map((p, i) => ({ item: { sku: p.sku }, label: p.sku, tier: p.tier, term: p.term, path: `prices[${i}]` })),
    ...model.bundles.flatMap((b, i) => bundleTerms(b, model).map((t) => ({ item: { bundle: b.id }, label: b.id, tier: b.tier, term: t.id, path: `bundles[${i}]` }))),
  ];
}
