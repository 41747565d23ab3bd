/**
 * The figures the panels show, all computed by the engine (never re-implemented here): the ladder's
 * effective unit price by quantity, a bundle's price and its allocation, a channel's waterfall, the
 * guardrail checks. Each returns a value or a message to show in place of the figure.
 */
import { compileDiscountLadder, discountedTotal } from '../../engine/ladder';
import type { ModelInput } from '../../engine/model/schema';

/** A figure set, or the engine's message saying why it cannot be computed. */
export type Figures<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export const failed = (error: unknown): { ok: false; message: string } => ({ ok: false, message: error instanceof Error ? error.message : String(error) });

export interface CurvePoint {
  readonly quantity: number;
  readonly unitPrice: number;
}

/** Quantities where the curve is drawn: 1, every band edge and just past it, and steps in between. */
function sampleQuantities(edges: readonly number[], top: number): number[] {
  const qs = new Set<number>([1, top]);
  for (const e of edges) {
    if (e > top) continue;
    qs.add(e);
    qs.add(Math.min(top, e + 1));
  }
  const step = Math.max(1, Math.ceil(top / 60));
  for (let q = step; q < top; q += step) qs.add(q);
  return [...qs].filter((q) => q > 0).sort((a, b) => a - b);
}

/** The effective unit price (net total ÷ quantity) of a ladder at a list price, from 1 unit to past its last edge. */
export function ladderCurve(ladder: NonNullable<ModelInput['ladders']>[number], listPrice: number, minorUnits: number): Figures<readonly CurvePoint[]> {
  try {
    const bands = ladder.bands.map((b) => ({ upTo: b.upTo ?? null, discount: b.discount }));
    const compiled = compileDiscountLadder(bands, ladder.mode);
    const edges = bands.map((b) => b.upTo).filter((u): u is number => u !== null);
    const bounded = bands[bands.length - 1]?.upTo !== null;
    const last = edges.length > 0 ? Math.max(...edges) : 10;
    const top = bounded ? last : Math.max(10, Math.ceil(last * 1.5));
    return {
      ok: true,
      value: sampleQuantities(edges, top).map((q) => ({ quantity: q, unitPrice: discountedTotal(compiled, listPrice, q, { minorUnits, unrounded: true }).net / q })),
    };
  } catch (error) {
    return failed(error);
  }
}

/** The list price the ladder chart uses: the first price of a product that uses the ladder, else 100. */
export function sampleListPrice(model: ModelInput, ladderId: string): { readonly price: number; readonly label: string } {
  const tiersUsing = new Set((model.tiers ?? []).filter((t) => t.ladder === ladderId).map((t) => t.id));
  for (const p of model.prices ?? []) {
    const product = (model.products ?? []).find((x) => x.sku === p.sku);
    const price = p.listPrice ?? 0;
    if (product && (product.ladder === ladderId || (!product.ladder && tiersUsing.has(p.tier))) && price > 0) {
      return { price, label: `${product.name || product.sku}, ${p.tier}, ${p.term}` };
    }
  }
  return { price: 100, label: 'a list price of 100' };
}

