/**
 * The price points of two models side by side: each price-book entry's list price, platform fee and
 * minimum charge, and each fixed-price bundle's price per term. Only the points that differ are kept,
 * in the other model's price-book order, then the points only the base has.
 */
import { type Decimal, compare, dec } from '../decimal';
import type { Model } from '../model/schema';
import { roundMoney } from '../rounding/roundMoney';
import { figureChange } from './priceMix';
import { keptPerPair } from './keptPerPair';
import type { PricePointChange, PricePointField } from './types';

interface Point {
  readonly key: string;
  readonly item: { readonly sku: string } | { readonly bundle: string };
  readonly tier: string;
  readonly term: string;
  readonly field: PricePointField;
  readonly value: Decimal;
}

const PRICE_FIELDS: readonly { field: PricePointField; key: 'listPrice' | 'platformFee' | 'minimumCharge' }[] = [
  { field: 'list price', key: 'listPrice' },
  { field: 'platform fee', key: 'platformFee' },
  { field: 'minimum charge', key: 'minimumCharge' },
];

/** The price points of each model already read: a model is never changed once loaded. */
const pointsKept = new WeakMap<Model, readonly Point[]>();

/** Every price point of a model, in price-book order (then the bundles); read once per model. */
export function pricePointsOf(model: Model): readonly Point[] {
  const kept = pointsKept.get(model);
  if (kept !== undefined) return kept;
  const points = Object.freeze(readPricePoints(model));
  pointsKept.set(model, points);
  return points;
}

function readPricePoints(model: Model): Point[] {
  const { minorUnits, mode } = model.rounding;
  const money = (n: number): Decimal => roundMoney(dec(n), minorUnits, mode);
  const points: Point[] = [];
  for (const p of model.prices) {
    for (const { field, key } of PRICE_FIELDS) {
      const value = p[key];
      if (value === undefined) continue;
      points.push({ key: `sku\u0000${p.sku}\u0000${p.tier}\u0000${p.term}\u0000${field}`, item: { sku: p.sku }, tier: p.tier, term: p.term, field, value: money(value) });
    }
  }
  for (const b of model.bundles) {
    if (b.pricing.kind !== 'fixed') continue;
    for (const [term, price] of Object.entries(b.pricing.prices)) {
      points.push({ key: `bundle\u0000${b.id}\u0000${b.tier}\u0000${term}`, item: { bundle: b.id }, tier: b.tier, term, field: 'bundle price', value: money(price) });
    }
  }
  return points;
}

/** "BK-STD · Product · Annual": the item, then the tier's and term's names (from either model; else the id). */
function labelOf(point: Point, models: readonly Model[]): string {
  const tier = models.map((m) => m.tiers.find((t) => t.id === point.tier)?.name).find((n) => n !== undefined) ?? point.tier;
  const term = models.map((m) => m.terms.find((t) => t.id === point.term)?.name).find((n) => n !== undefined) ?? point.term;
  return `${'sku' in point.item ? point.item.sku : point.item.bundle} · ${tier} · ${term}`;
}

function changeOf(point: Point, base: Decimal | null, other: Decimal | null, models: readonly Model[]): PricePointChange {
  const both = base !== null && other !== null ? figureChange(base, other) : null;
  return {
    item: point.item,
    label: labelOf(point, models),
    tier: point.tier,
    term: point.term,
    field: point.field,
    base,
    other,
    change: both?.change ?? null,
    changePct: both?.changePct ?? null,
  };
}

/** The price points that differ, kept per pair of models (keptPerPair.ts). */
export const pricePointChanges = keptPerPair((base: Model, other: Model): PricePointChange[] => {
  const models = [other, base];
  const before = new Map(pricePointsOf(base).map((p) => [p.key, p]));
  const out: PricePointChange[] = [];
  for (const point of pricePointsOf(other)) {
    const was = before.get(point.key);
    before.delete(point.key);
    if (was === undefined) out.push(changeOf(point, null, point.value, models));
    else if (compare(was.value, point.value) !== 0) out.push(changeOf(point, was.value, point.value, models));
  }
  for (const gone of before.values()) out.push(changeOf(gone, gone.value, null, models));
  return out;
});
