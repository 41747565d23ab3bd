/** Cross-reference checks of bundles: tier, components and their quantities, fixed prices per term. */
import { type IssueLog } from './issues';
import { modelMessages as m } from './messages';
import type { Model } from './schema';
import { type Ids, priceKey, ref } from './validateCatalog';

export function validateBundles(log: IssueLog, model: Model, ids: Ids): void {
  if (model.bundles.length === 0) return; // and a big price book's keys are not worth building
  const priced = new Set(model.prices.map((p) => priceKey(p.sku, p.tier, p.term)));
  model.bundles.forEach((bundle, i) => {
    const path = `bundles[${i}]`;
    const tierKnown = ref(log, ids.tiers, `${path}.tier`, bundle.tier, 'tier');
    const seen = new Map<string, string>();
    bundle.components.forEach((c, j) => {
      const cpath = `${path}.components[${j}]`;
      ref(log, ids.products, `${cpath}.sku`, c.sku, 'product');
      const first = seen.get(c.sku);
      if (first !== undefined) log.error(`${cpath}.sku`, m.duplicateComponent(c.sku, first), c.sku);
      else seen.set(c.sku, cpath);
      if (c.min !== undefined && c.max !== undefined && c.min > c.max) log.error(`${cpath}.min`, m.minAboveMax(c.min, c.max), c.min);
      if (c.min !== undefined && c.quantity < c.min) log.error(`${cpath}.quantity`, m.componentBelowMin(c.quantity, c.min), c.quantity);
      if (c.max !== undefined && c.quantity > c.max) log.error(`${cpath}.quantity`, m.componentAboveMax(c.quantity, c.max), c.quantity);
      if (c.required && c.quantity === 0) log.error(`${cpath}.quantity`, m.requiredComponentZero(c.sku), c.quantity);
    });
    const pricing = bundle.pricing;
    const terms =
      pricing.kind === 'fixed'
        ? Object.keys(pricing.prices).filter((term) => ref(log, ids.terms, `${path}.pricing.prices.${term}`, term, 'term'))
        : model.terms.map((t) => t.id);
    if (!tierKnown) return;
    // A discount bundle is sold on every term where all its components have a price; a fixed bundle
    // needs its components' standalone prices to allocate its price.
    for (const term of terms) {
      const missing = bundle.components.filter((c) => ids.products.has(c.sku) && !priced.has(priceKey(c.sku, bundle.tier, term)));
      if (missing.length === 0 || pricing.kind === 'discount') {
        if (pricing.kind === 'discount' && missing.length > 0 && missing.length < bundle.components.length) {
          missing.forEach((c) => log.warn(`${path}.components[${bundle.components.indexOf(c)}].sku`, m.componentWithoutPrice(c.sku, bundle.tier, term), c.sku));
        }
        continue;
      }
      missing.forEach((c) => log.error(`${path}.components[${bundle.components.indexOf(c)}].sku`, m.componentWithoutPrice(c.sku, bundle.tier, term), c.sku));
    }
  });
}
