/**
 * Price shapes for generated models (modelArbitrary.ts): each product gets a shape (per-unit, tiered,
 * package, usage or platform) and its price-book entries the fields the shape uses: a unit-price ladder
 * (graduated, volume or stairstep, with flat fees on some bands), a package size (whole or fractional)
 * and free units, included units and an overage rate, a platform fee; any shaped entry may carry a
 * platform fee and a minimum charge; the quote may have a minimum commitment. Shaped products have no
 * discount ladder of their own and are not components of discount bundles (whose price is a sum of unit
 * list prices), and a fixed bundle has a component that is not tiered (the engine allocates its price
 * over the components' list prices, and a tiered entry's is 0: a bundle of tiered products alone is
 * refused, and the Bundles sheet does not refuse it). Price ladders end in an unbounded band, so that
 * every quantity is priced.
 */
import fc from 'fast-check';
import type { ModelInput } from '../../src/engine/model/schema';

type Shape = 'per-unit' | 'tiered' | 'package' | 'usage' | 'platform';
const SHAPES: readonly Shape[] = ['per-unit', 'tiered', 'package', 'usage', 'platform'];

const money = (max: number, decimals: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: max * 10 ** decimals }).map((n) => n / 10 ** decimals);

const priceBands = fc.array(fc.record({ step: fc.integer({ min: 1, max: 60 }), unitPrice: money(200, 2), fee: fc.option(money(500, 2), { nil: undefined }) }), { minLength: 1, maxLength: 4 }).map((bs) => {
  let upTo = 0;
  return bs.map((b, i) => {
    upTo += b.step;
    return { upTo: i === bs.length - 1 ? null : upTo, unitPrice: b.unitPrice, flatFee: b.fee ?? 0 };
  });
});

export interface ShapePicks {
  readonly ladders: readonly { readonly mode: 'graduated' | 'volume' | 'stairstep'; readonly bands: readonly { upTo: number | null; unitPrice: number; flatFee: number }[] }[];
  readonly shapes: readonly number[];
  readonly entries: readonly {
    readonly ladder: number;
    readonly packageSize: number;
    readonly included: number | undefined;
    readonly rate: number;
    readonly fee: number | undefined;
    readonly minimum: number | undefined;
  }[];
  readonly commitment: number | undefined;
}

export const shapePicks: fc.Arbitrary<ShapePicks> = fc.record({
  ladders: fc.array(fc.record({ mode: fc.constantFrom('graduated' as const, 'volume' as const, 'stairstep' as const), bands: priceBands }), { minLength: 1, maxLength: 3 }),
  shapes: fc.array(fc.nat(SHAPES.length - 1), { minLength: 5, maxLength: 5 }),
  entries: fc.array(
    fc.record({
      ladder: fc.nat(2),
      packageSize: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constantFrom(0.5, 2.5)),
      included: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
      rate: money(5, 4),
      fee: fc.option(money(2000, 2), { nil: undefined }),
      minimum: fc.option(money(5000, 2), { nil: undefined }),
    }),
    { minLength: 60, maxLength: 60 },
  ),
  commitment: fc.option(money(50_000, 2), { nil: undefined }),
});

/** The model with the picked shapes, price ladders and minimums (amounts in the currency's minor unit). */
export function withShapes(model: ModelInput, picks: ShapePicks, minorUnits: number): ModelInput {
  const mu = Math.min(minorUnits, 2);
  const inMinor = (v: number): number => Math.round(v * 10 ** mu) / 10 ** mu;
  const priceLadders = picks.ladders.map((l, i) => ({
    id: `price-${i + 1}`,
    name: `Price ladder ${i + 1}`,
    mode: l.mode,
    bands: l.bands.map((b) => ({ upTo: b.upTo, unitPrice: inMinor(b.unitPrice), flatFee: inMinor(b.flatFee) })),
  }));
  const shapeOf = new Map((model.products ?? []).map((p, i) => [p.sku, SHAPES[picks.shapes[i] ?? 0] ?? 'per-unit']));
  // A discount bundle's components stay per unit; a fixed bundle keeps a component priced per unit (a
  // tiered entry's list price is 0, and the engine refuses to allocate a price over standalone prices of 0)…
  for (const b of model.bundles ?? []) {
    if (b.pricing.kind === 'discount') for (const c of b.components) shapeOf.set(c.sku, 'per-unit');
    else {
      // …and a per-unit component in it by default, so that its standalone list price is not 0 (a platform
      // or usage entry's per-unit price can round to 0 in a currency without decimals).
      const kept = b.components.find((c) => c.quantity > 0) ?? b.components[0];
      if (kept !== undefined && !b.components.some((c) => c.quantity > 0 && shapeOf.get(c.sku) === 'per-unit')) shapeOf.set(kept.sku, 'per-unit');
    }
  }
  const products = (model.products ?? []).map((p) => {
    const shape = shapeOf.get(p.sku) ?? 'per-unit';
    if (shape === 'per-unit') return p;
    const { ladder: _discountLadder, ...rest } = p;
    return { ...rest, shape, ...(shape === 'usage' ? { unit: 'GB' } : {}) };
  });
  const prices = (model.prices ?? []).map((p, i) => {
    const shape = shapeOf.get(p.sku) ?? 'per-unit';
    const e = picks.entries[i % picks.entries.length];
    if (shape === 'per-unit' || e === undefined) return p;
    const extras = { ...(e.fee !== undefined ? { platformFee: inMinor(e.fee) } : {}), ...(e.minimum !== undefined ? { minimumCharge: inMinor(e.minimum) } : {}) };
    const listPrice = p.listPrice ?? 0;
    if (shape === 'tiered') return { sku: p.sku, tier: p.tier, term: p.term, ladder: priceLadders[e.ladder % priceLadders.length]?.id as string, ...extras };
    if (shape === 'package') return { ...p, packageSize: e.packageSize, ...(e.included !== undefined ? { includedUnits: e.included } : {}), ...extras };
    if (shape === 'usage') return { ...p, listPrice: mu === 0 ? Math.max(1, Math.round(e.rate)) : e.rate, ...(e.included !== undefined ? { includedUnits: e.included } : {}), ...extras };
    return { ...p, listPrice: inMinor(listPrice / 10), platformFee: inMinor(e.fee ?? 500) , ...(e.minimum !== undefined ? { minimumCharge: inMinor(e.minimum) } : {}) };
  });
  const quote = model.quote ?? { lines: [] };
  return {
    ...model,
    products,
    prices,
    priceLadders,
    quote: { ...quote, ...(picks.commitment !== undefined ? { minimumCommitment: inMinor(picks.commitment) } : {}) },
  };
}
