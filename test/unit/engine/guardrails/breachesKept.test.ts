/**
 * A model's breaches are worked out once and kept with the model (the task pane checks each model it
 * shows; the History summary compares the model built with the one built before), and a comparison of
 * kept breaches gives what a comparison of breaches worked out afresh gives.
 */
import { checkModel, checkQuote, compareModels, marketGuardrailBreaches, modelBreaches, priceCorridorBreaches, type Breach } from '../../../../src/engine';
import { breachChanges, breachSubject, breachSubjects } from '../../../../src/engine/compare/breaches';
import type { BreachChanges } from '../../../../src/engine/compare/types';
import type { Model } from '../../../../src/engine/model/schema';
import { exampleModel } from '../model/example';

/** Costs raised so that margins fall below the floor through several routes: many breaches. */
const costly = () => exampleModel((j) => j.products.forEach((p: { unitCost: number }) => (p.unitCost *= 4)));

/** The breaches as modelBreaches orders them, worked out afresh. */
function afresh(model: ReturnType<typeof exampleModel>): Breach[] {
  const all = [...checkModel(model), ...marketGuardrailBreaches(model), ...priceCorridorBreaches(model), ...checkQuote(model)];
  return [...all.filter((b) => b.severity === 'error'), ...all.filter((b) => b.severity !== 'error')];
}

describe('modelBreaches', () => {
  it('gives the same frozen list for the same model, equal to the breaches worked out afresh', () => {
    const model = costly();
    const first = modelBreaches(model);
    expect(first.length).toBeGreaterThan(10);
    expect(modelBreaches(model)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toEqual(afresh(model));
  });

  it('works out another model of equal content again (kept by model, not by content)', () => {
    const model = costly();
    const twin = costly();
    expect(modelBreaches(twin)).not.toBe(modelBreaches(model));
    expect(modelBreaches(twin)).toEqual(modelBreaches(model));
  });
});

/** breachChanges as first written: every breach counted, its subject worked out each time it is read. */
function reference(base: Model, baseBreaches: readonly Breach[], other: Model, otherBreaches: readonly Breach[]): BreachChanges {
  const count = (model: Model, list: readonly Breach[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const b of list) counts.set(breachSubject(model, b), (counts.get(breachSubject(model, b)) ?? 0) + 1);
    return counts;
  };
  const only = (model: Model, list: readonly Breach[], against: Map<string, number>): Breach[] =>
    list.filter((b) => {
      const left = against.get(breachSubject(model, b)) ?? 0;
      if (left > 0) against.set(breachSubject(model, b), left - 1);
      return left === 0;
    });
  return { appeared: only(other, otherBreaches, count(base, baseBreaches)), disappeared: only(base, baseBreaches, count(other, otherBreaches)) };
}

/** A breach of rule `rule` on the first price, told apart by `n` (its message). */
const on = (rule: Breach['rule'], n: number, path = 'prices[0]'): Breach => ({ rule, path, severity: 'error', message: `#${n}` });

describe('breachChanges', () => {
  const model = exampleModel();
  // Lists with a common start, then breaches on the same subject in other numbers and orders.
  it.each([
    ['equal lists', [on('price-cliff', 1), on('max-customer-discount', 2)], [on('price-cliff', 1), on('max-customer-discount', 2)]],
    ['one more on a subject after a common start', [on('price-cliff', 1), on('price-cliff', 2)], [on('price-cliff', 3), on('price-cliff', 4), on('price-cliff', 5)]],
    ['one fewer', [on('price-cliff', 1), on('price-cliff', 2), on('max-customer-discount', 3)], [on('price-cliff', 4), on('max-customer-discount', 5)]],
    ['the same subjects in another order', [on('price-cliff', 1), on('max-customer-discount', 2), on('price-cliff', 3)], [on('max-customer-discount', 4), on('price-cliff', 5), on('price-cliff', 6), on('price-cliff', 7)]],
    ['other paths', [on('price-cliff', 1, 'prices[1]')], [on('price-cliff', 2, 'prices[2]'), on('price-cliff', 3, 'prices[1]')]],
    ['an empty side', [], [on('price-cliff', 1)]],
  ])('gives what counting every breach gives: %s', (_, baseList, otherList) => {
    expect(breachChanges(model, baseList, model, otherList)).toEqual(reference(model, baseList, model, otherList));
    expect(breachChanges(model, otherList, model, baseList)).toEqual(reference(model, otherList, model, baseList));
  });

  it('gives what counting every breach gives for two models of many breaches', () => {
    const base = costly();
    const other = exampleModel((j) => j.products.forEach((p: { unitCost: number }, i: number) => (p.unitCost *= i % 2 === 0 ? 5 : 3)));
    expect(breachChanges(base, modelBreaches(base), other, modelBreaches(other))).toEqual(reference(base, modelBreaches(base), other, modelBreaches(other)));
  });
});

describe('breach subjects kept with a model’s breaches', () => {
  it('are each breach’s subject, and are not reused for another model given the same list', () => {
    const base = costly();
    const kept = modelBreaches(base);
    expect(breachSubjects(base, kept)).toEqual(kept.map((b) => breachSubject(base, b)));
    expect(breachSubjects(base, kept)).toBe(breachSubjects(base, kept));
    // The same list read against a model whose price book stands in another order: other subjects.
    const moved = exampleModel((j) => j.prices.reverse());
    expect(breachSubjects(moved, kept)).toEqual(kept.map((b) => breachSubject(moved, b)));
    expect(breachSubjects(moved, kept)).not.toEqual(breachSubjects(base, kept));
  });

  it('give the breach changes that lists worked out afresh give', () => {
    const base = costly();
    const other = exampleModel((j) => j.products.forEach((p: { unitCost: number }, i: number) => (p.unitCost *= i % 2 === 0 ? 5 : 1)));
    const fresh = breachChanges(base, afresh(base), other, afresh(other));
    expect(fresh.appeared.length + fresh.disappeared.length).toBeGreaterThan(0);
    expect(breachChanges(base, modelBreaches(base), other, modelBreaches(other))).toEqual(fresh);
    expect(compareModels(base, other).breaches).toEqual(fresh);
  });
});
