/**
 * The figures the panels show, all computed by the engine (never re-implemented here): the ladder's
 * effective unit price by quantity, a bundle's price and its allocation, a channel's waterfall, the
 * guardrail checks. Each returns a value or a message to show in place of the figure.
 */
import { add, allocate, bundleNetPrice, channelWaterfall, dec, multiply, sum, toNumber, type Decimal, type WaterfallRow } from '../../engine';
import { compileDiscountLadder, discountedTotal } from '../../engine/ladder';
import type { Model, ModelInput } from '../../engine/model/schema';
import type { Check } from './checks';

export type Figures<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const failed = (error: unknown): { ok: false; message: string } => ({ ok: false, message: error instanceof Error ? error.message : String(error) });

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
    if (product && (product.ladder === ladderId || (!product.ladder && tiersUsing.has(p.tier))) && p.listPrice > 0) {
      return { price: p.listPrice, label: `${product.name || product.sku}, ${p.tier}, ${p.term}` };
    }
  }
  return { price: 100, label: 'a list price of 100' };
}

export const listPriceOf = (model: Model, sku: string, tier: string, term: string): number | undefined =>
  model.prices.find((p) => p.sku === sku && p.tier === tier && p.term === term)?.listPrice;

export interface AllocationRow {
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly list: number;
  readonly allocated: number;
}

export interface BundleFigures {
  readonly standalone: number;
  readonly price: number;
  readonly rows: readonly AllocationRow[];
}

/** A bundle's price on a term and its allocation to the components in proportion to their list value. */
export function bundleFigures(model: Model, bundleId: string, term: string): Figures<BundleFigures> {
  try {
    const bundle = model.bundles.find((b) => b.id === bundleId);
    if (!bundle) return { ok: false, message: `No bundle "${bundleId}".` };
    const lines = bundle.components.map((c) => {
      const list = listPriceOf(model, c.sku, bundle.tier, term);
      if (list === undefined) throw new Error(`${c.sku} has no list price in tier ${bundle.tier} on term ${term}.`);
      return { sku: c.sku, listPrice: dec(list), quantity: dec(c.quantity) };
    });
    const weights: Decimal[] = lines.map((l) => multiply(l.listPrice, l.quantity));
    const minor = model.rounding.minorUnits;
    const standalone = toNumber(sum(weights));
    let price: Decimal;
    if (bundle.pricing.kind === 'discount') price = bundleNetPrice(lines, dec(bundle.pricing.discount), minor);
    else {
      const fixed = bundle.pricing.prices[term];
      if (fixed === undefined) return { ok: false, message: `The bundle has no fixed price for term ${term}.` };
      price = dec(fixed);
    }
    const parts = allocate(price, weights, minor);
    return {
      ok: true,
      value: {
        standalone,
        price: toNumber(price),
        rows: bundle.components.map((c, i) => ({ sku: c.sku, name: model.products.find((p) => p.sku === c.sku)?.name ?? c.sku, quantity: c.quantity, list: toNumber(weights[i]!), allocated: toNumber(parts[i]!) })),
      },
    };
  } catch (error) {
    return failed(error);
  }
}

export interface MarginQuestion {
  readonly sku: string;
  readonly tier: string;
  readonly term: string;
  readonly channel: string;
  readonly level: string;
  readonly dealRegistration: boolean;
}

/** Each party's price and margin for one unit of a product sold through a channel at a partner level. */
export function channelMargins(model: Model, q: MarginQuestion): Figures<readonly WaterfallRow[]> {
  try {
    const list = listPriceOf(model, q.sku, q.tier, q.term);
    if (list === undefined) return { ok: false, message: `${q.sku} has no list price in tier ${q.tier} on term ${q.term}.` };
    const channel = model.channels.find((c) => c.id === q.channel);
    const level = model.levels.find((l) => l.id === q.level);
    if (!channel) return { ok: false, message: 'Choose a channel.' };
    const partner = channel.kind !== 'direct' && level;
    const zero = dec(0);
    const resellerDiscount = partner ? add(dec(level.discount), dec(q.dealRegistration ? level.dealRegistration : 0)) : zero;
    return {
      ok: true,
      value: channelWaterfall(
        {
          listPrice: dec(list),
          customerDiscount: zero,
          resellerDiscount,
          distributorDiscount: channel.kind === 'two-tier' ? dec(channel.distributorDiscount) : zero,
          rebate: partner ? dec(level.rebate) : zero,
          mdf: partner ? dec(level.mdf) : zero,
        },
        model.rounding.minorUnits,
      ),
    };
  } catch (error) {
    return failed(error);
  }
}

/** The guardrail checks of a valid model. */
export function guardrailChecks(_model: Model): readonly Check[] {
  return [];
}

export interface WaterfallStep {
  readonly label: string;
  readonly amount: number | null;
}

export interface QuoteLineFigures {
  readonly label: string;
  readonly steps: readonly WaterfallStep[];
}

export interface QuoteTotal {
  readonly label: string;
  readonly amount: number;
  /** A share of the customer total (margins), or null. */
  readonly share: number | null;
}

export interface QuoteFigures {
  readonly lines: readonly QuoteLineFigures[];
  readonly totals: readonly QuoteTotal[];
}

/** The quote's waterfall per line and its totals, from the quote engine. */
export function quoteFigures(_model: Model): Figures<QuoteFigures> {
  return { ok: false, message: 'The quote figures are not available in this build.' };
}
