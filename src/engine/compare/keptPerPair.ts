/**
 * A list worked out from two models, kept per pair of model objects (a model is never changed once
 * loaded): a page can work out each part of a comparison in a turn of its own, and compareModels then
 * finds it done. Each caller gets a list of its own.
 */
import type { Model } from '../model/schema';

export function keptPerPair<T>(compute: (base: Model, other: Model) => T[]): (base: Model, other: Model) => T[] {
  const kept = new WeakMap<Model, WeakMap<Model, readonly T[]>>();
  return (base, other) => {
    let withBase = kept.get(base);
    if (withBase === undefined) kept.set(base, (withBase = new WeakMap()));
    let result = withBase.get(other);
    if (result === undefined) withBase.set(other, (result = compute(base, other)));
    return [...result];
  };
}
