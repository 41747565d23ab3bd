/**
 * A mix for a generated model, drawn half the time: 1–6 rows of products (in a tier) and bundles
 * through every route, deal registered or not, whole and fractional quantities, negotiated discounts up
 * to 25%, and the mix's own partner purchases or none. Picks are indexes, resolved against the model.
 */
import fc from 'fast-check';
import type { ModelInput } from '../../src/engine/model/schema';

const TIERS = ['product', 'solution', 'enterprise'] as const;

const row = fc.record({
  bundle: fc.boolean(),
  item: fc.nat(20),
  tier: fc.constantFrom(...TIERS),
  term: fc.nat(3),
  channel: fc.nat(2),
  level: fc.nat(2),
  dealRegistration: fc.boolean(),
  quantity: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 5000 }).map((q) => q / 10)),
  discount: fc.integer({ min: 0, max: 250 }).map((n) => n / 1000),
});

export const mixPicks = fc.option(
  fc.record({ partnerPurchases: fc.option(fc.integer({ min: 0, max: 400_000 }), { nil: undefined }), rows: fc.array(row, { minLength: 1, maxLength: 6 }) }),
  { nil: undefined, freq: 2 },
);
export type MixPicks = (typeof mixPicks) extends fc.Arbitrary<infer T> ? T : never;

/** The model with the mix the picks give (none for none). */
export function withMix(model: ModelInput, picks: MixPicks): ModelInput {
  if (picks === undefined) return model;
  const skus = (model.products ?? []).map((p) => p.sku);
  const bundles = (model.bundles ?? []).map((b) => b.id);
  const terms = (model.terms ?? []).map((t) => t.id);
  const channels = model.channels ?? [];
  const levels = (model.levels ?? []).map((l) => l.id);
  const rows = picks.rows.map((r) => {
    const bundle = r.bundle && bundles.length > 0 ? bundles[r.item % bundles.length] : undefined;
    const channel = channels[r.channel % channels.length];
    const partner = channel !== undefined && channel.kind !== 'direct';
    return {
      item: bundle !== undefined ? { bundle } : { sku: skus[r.item % skus.length] as string },
      ...(bundle !== undefined ? {} : { tier: r.tier }),
      term: terms[r.term % terms.length] as string,
      channel: channel?.id as string,
      ...(partner ? { level: levels[r.level % levels.length] as string, dealRegistration: r.dealRegistration } : {}),
      quantity: r.quantity,
      discount: r.discount,
    };
  });
  return { ...model, mix: { name: 'Plan', ...(picks.partnerPurchases === undefined ? {} : { partnerPurchases: picks.partnerPurchases }), rows } };
}
