import type { ModelInput } from '../../src/engine/model/schema';

type MixRows = NonNullable<ModelInput['mix']>['rows'];

/**
 * A mix of `count` rows over the example model's price book and bundles: every item, tier and term in
 * turn through each route (direct; reseller and distribution at each level, every third row deal
 * registered), quantities 1 to 500 and discounts 0% to 15%.
 */
export function exampleMix(input: ModelInput, count: number): MixRows {
  const entries = (input.prices ?? []).map((p) => ({ item: { sku: p.sku }, tier: p.tier as string | undefined, term: p.term }));
  // A fixed bundle only for the terms it has a price for (the engine refuses the others).
  const priced = (b: NonNullable<ModelInput['bundles']>[number], term: string): boolean => b.pricing?.kind !== 'fixed' || b.pricing.prices?.[term] !== undefined;
  const bundles = (input.bundles ?? []).flatMap((b) => (input.terms ?? []).filter((t) => priced(b, t.id)).map((t) => ({ item: { bundle: b.id }, tier: undefined, term: t.id })));
  const items = [...entries, ...bundles];
  const levels = (input.levels ?? []).map((l) => l.id);
  const routes = [{ channel: 'direct', level: undefined as string | undefined }, ...['reseller', 'distribution'].flatMap((channel) => levels.map((level) => ({ channel, level })))];
  return Array.from({ length: count }, (_, i) => {
    const it = items[i % items.length] as (typeof items)[number];
    const route = routes[(i * 7) % routes.length] as (typeof routes)[number];
    return {
      item: it.item,
      ...(it.tier === undefined ? {} : { tier: it.tier }),
      term: it.term,
      channel: route.channel,
      ...(route.level === undefined ? {} : { level: route.level }),
      dealRegistration: route.level !== undefined && i % 3 === 0,
      quantity: 1 + ((i * 37) % 500),
      discount: ((i * 3) % 16) / 100,
    };
  });
}
