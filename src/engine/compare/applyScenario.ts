/**
 * A scenario applied to a model: its changes in order on a copy, giving a plain model (no scenarios)
 * with the same mix and quote. A rate change sets the value or adds points to it (exact decimals); a
 * list-price change multiplies every matching price-book entry's list price by (1 + change), rounded
 * once to the minor unit with the model's rounding mode. Platform fees, minimum charges, price ladders
 * and fixed bundle prices are left as they are.
 */
import { add, dec, multiply, ONE, toNumber } from '../decimal';
import { PricingError } from '../errors';
import type { Channel, Model, PartnerLevel, Price, Term } from '../model/schema';
import type { Scenario, ScenarioChange } from '../model/scenarioSchema';
import { roundMoney } from '../rounding/roundMoney';
import { compareMessages as m } from './messages';

type RateChange = Exclude<ScenarioChange, { target: 'listPrice' }>;
type ListPriceChange = Extract<ScenarioChange, { target: 'listPrice' }>;

/** The value a rate change gives: `set`, else base + `add` exactly (a change with neither keeps the base). */
function changedRate(base: number, change: Pick<RateChange, 'set' | 'add'>): number {
  if (change.set !== undefined) return change.set;
  if (change.add === undefined) return base;
  return toNumber(add(dec(base), dec(change.add)));
}

/** Whether a list-price change applies to a price-book entry (every filter given must match). */
export function matchesEntry(model: Model, change: ListPriceChange, price: Price, familyOf?: ReadonlyMap<string, string>): boolean {
  if (change.sku !== undefined && change.sku !== price.sku) return false;
  if (change.tier !== undefined && change.tier !== price.tier) return false;
  if (change.term !== undefined && change.term !== price.term) return false;
  if (change.family === undefined) return true;
  const family = familyOf ? familyOf.get(price.sku) : model.products.find((p) => p.sku === price.sku)?.family;
  return family === change.family;
}

export const familiesOf = (model: Model): Map<string, string> => new Map(model.products.map((p) => [p.sku, p.family]));

function applyRate(model: Model, change: RateChange): Model {
  const target = (base: number): number => changedRate(base, change);
  switch (change.target) {
    case 'level': {
      if (!model.levels.some((l) => l.id === change.level)) throw new PricingError('not-found', m.unknownTarget('partner level', change.level), 'level');
      const levels = model.levels.map((l): PartnerLevel => (l.id === change.level ? { ...l, [change.field]: target(l[change.field]) } : l));
      return { ...model, levels };
    }
    case 'channel': {
      if (!model.channels.some((c) => c.id === change.channel)) throw new PricingError('not-found', m.unknownTarget('channel', change.channel), 'channel');
      const channels = model.channels.map((c): Channel => (c.id === change.channel ? { ...c, distributorDiscount: target(c.distributorDiscount) } : c));
      return { ...model, channels };
    }
    case 'term': {
      if (!model.terms.some((t) => t.id === change.term)) throw new PricingError('not-found', m.unknownTarget('term', change.term), 'term');
      const terms = model.terms.map((t): Term => (t.id === change.term ? { ...t, discount: target(t.discount) } : t));
      return { ...model, terms };
    }
  }
}

function applyListPrice(model: Model, change: ListPriceChange): Model {
  const factor = add(ONE, dec(change.change));
  const { minorUnits, mode } = model.rounding;
  const families = change.family === undefined ? undefined : familiesOf(model);
  const prices = model.prices.map((p): Price =>
    matchesEntry(model, change, p, families) ? { ...p, listPrice: toNumber(roundMoney(multiply(dec(p.listPrice), factor), minorUnits, mode)) } : p,
  );
  return { ...model, prices };
}

/** The model with one change applied. */
export function applyChange(model: Model, change: ScenarioChange): Model {
  return change.target === 'listPrice' ? applyListPrice(model, change) : applyRate(model, change);
}

/** The model with the scenario (or the scenario of that id) applied: a plain model, `scenarios: []`. */
export function applyScenario(model: Model, scenario: Scenario | string): Model {
  const found = typeof scenario === 'string' ? model.scenarios.find((s) => s.id === scenario) : scenario;
  if (found === undefined) throw new PricingError('not-found', m.unknownScenario(String(scenario)), 'scenario');
  const applied = found.changes.reduce(applyChange, model);
  return { ...applied, scenarios: [] };
}

/** Every scenario of the model with the model it gives, in the model's order. */
export function scenarioModels(model: Model): { scenario: Scenario; model: Model }[] {
  return model.scenarios.map((scenario) => ({ scenario, model: applyScenario(model, scenario) }));
}
