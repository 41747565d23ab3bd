/**
 * A model's breaches are worked out once and kept with the model (the task pane checks each model it
 * shows; the History summary compares the model built with the one built before), and a comparison of
 * kept breaches gives what a comparison of breaches worked out afresh gives.
 */
import { checkModel, checkQuote, compareModels, marketGuardrailBreaches, modelBreaches, priceCorridorBreaches, type Breach } from '../../../../src/engine';
import { breachChanges, breachSubject, breachSubjects } from '../../../../src/engine/compare/breaches';
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
