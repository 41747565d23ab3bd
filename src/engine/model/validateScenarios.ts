/**
 * Checks of the scenarios: ids unique; every change names a known level, channel, term, product, tier
 * or family; a rate change gives exactly one of set and add, changes a value the target has (no rebate
 * on a level with rebate tiers, no distributor discount on a channel that is not two-tier), at most once
 * per scenario, and keeps it within 0% to 100%; a list-price change matches some price-book entry and no
 * entry another change of the scenario already changes. A scenario that passes these is applied, and
 * the model it gives must still pass the checks of the partner programme and of discounts off list
 * (validateChannels, validateDiscounts): Gold at 95% through a distributor taking 10% is past list.
 */
import { add, dec, multiply, toNumber } from '../decimal';
import { applyScenario, matchesEntry } from '../compare/applyScenario';
import { rowsTouched } from '../compare/touchedRows';
import { IssueLog, type ModelIssue } from './issues';
import { modelMessages as m } from './messages';
import type { Model } from './schema';
import type { LevelFieldName, Scenario, ScenarioChange } from './scenarioSchema';
import { type Ids, indexIds, ref } from './validateCatalog';
import { validateChannels } from './validateChannels';
import { type DiscountedLine, checkLine, validateModelDiscounts } from './validateDiscounts';

type RateChange = Exclude<ScenarioChange, { target: 'listPrice' }>;
type ListPriceChange = Extract<ScenarioChange, { target: 'listPrice' }>;

const LEVEL_FIELDS: Record<LevelFieldName, string> = { discount: 'discount', dealRegistration: 'deal-registration discount', rebate: 'rebate', mdf: 'MDF', coop: 'co-op' };
const percent = (n: number): string => `${toNumber(multiply(dec(n), dec(100)))}%`;

/** The value a rate change applies to, in words ("Gold's discount"), and its current value; null when unknown. */
function rateTarget(model: Model, change: RateChange): { what: string; value: number; key: string } | null {
  if (change.target === 'level') {
    const level = model.levels.find((l) => l.id === change.level);
    return level ? { what: `${level.name}'s ${LEVEL_FIELDS[change.field]}`, value: level[change.field], key: `level\u0000${level.id}\u0000${change.field}` } : null;
  }
  if (change.target === 'channel') {
    const channel = model.channels.find((c) => c.id === change.channel);
    return channel ? { what: `${channel.name}'s distributor discount`, value: channel.distributorDiscount, key: `channel\u0000${channel.id}` } : null;
  }
  const term = model.terms.find((t) => t.id === change.term);
  return term ? { what: `${term.name}'s term discount`, value: term.discount, key: `term\u0000${term.id}` } : null;
}

function checkRate(log: IssueLog, model: Model, ids: Ids, change: RateChange, path: string, seen: Map<string, string>): void {
  const known =
    change.target === 'level'
      ? ref(log, ids.levels, `${path}.level`, change.level, 'partner level')
      : change.target === 'channel'
        ? ref(log, ids.channels, `${path}.channel`, change.channel, 'channel')
        : ref(log, ids.terms, `${path}.term`, change.term, 'term');
  if (change.set !== undefined && change.add !== undefined) log.error(path, m.setAndAdd(change.set, change.add), { set: change.set, add: change.add });
  if (change.set === undefined && change.add === undefined) log.error(path, m.setOrAdd());
  const target = known ? rateTarget(model, change) : null;
  if (target === null) return;
  const first = seen.get(target.key);
  if (first !== undefined) log.error(`${path}.field`, m.changedTwice(target.what, first), change.field);
  else seen.set(target.key, path);
  if (change.target === 'level' && change.field === 'rebate' && model.levels.find((l) => l.id === change.level)?.rebateTiers !== undefined) {
    log.error(`${path}.field`, m.rebateWithTiers(change.level), change.field);
  }
  if (change.target === 'channel') {
    const kind = model.channels.find((c) => c.id === change.channel)?.kind;
    if (kind !== undefined && kind !== 'two-tier') log.error(`${path}.channel`, m.notTwoTier(change.channel, kind), change.channel);
  }
  if (change.set === undefined && change.add !== undefined) {
    const result = toNumber(add(dec(target.value), dec(change.add)));
    if (result < 0 || result > 1) log.error(`${path}.add`, m.rateOutOfRange(target.what, percent(result)), change.add);
  }
}

const filtersText = (change: ListPriceChange): string => {
  const parts = (['family', 'sku', 'tier', 'term'] as const).filter((k) => change[k] !== undefined).map((k) => `${k} "${change[k] ?? ''}"`);
  return parts.length === 0 ? 'no filter' : parts.join(', ');
};

function checkListPrices(log: IssueLog, model: Model, ids: Ids, scenario: Scenario, i: number, families: ReadonlyMap<string, string>): void {
  const firstChange = new Map<number, string>();
  const familyKnown = new Set(families.values());
  scenario.changes.forEach((change, j) => {
    if (change.target !== 'listPrice') return;
    const path = `scenarios[${i}].changes[${j}]`;
    const known = [
      ref(log, ids.products, `${path}.sku`, change.sku, 'product'),
      ref(log, ids.tiers, `${path}.tier`, change.tier, 'tier'),
      ref(log, ids.terms, `${path}.term`, change.term, 'term'),
    ].every(Boolean);
    if (change.family !== undefined && !familyKnown.has(change.family)) {
      log.error(`${path}.family`, m.unknownFamily(change.family), change.family);
      return;
    }
    if (!known) return;
    let matched = false;
    let overlapReported = false;
    model.prices.forEach((p, k) => {
      if (!matchesEntry(model, change, p, families)) return;
      matched = true;
      const first = firstChange.get(k);
      if (first === undefined) firstChange.set(k, path);
      else if (!overlapReported) {
        overlapReported = true;
        log.error(path, m.listChangeOverlap(`prices[${k}]`, p.sku, p.tier, p.term, first), change);
      }
    });
    if (!matched) log.error(path, m.listChangeMatchesNothing(filtersText(change)), change);
  });
}

export function validateScenarios(log: IssueLog, model: Model, ids: Ids): void {
  if (model.scenarios.length === 0) return;
  const before = log.errors.length;
  indexIds(log, model.scenarios, 'scenarios', (s) => s.id, 'scenario');
  const families = new Map(model.products.map((p) => [p.sku, p.family]));
  model.scenarios.forEach((scenario, i) => {
    const seen = new Map<string, string>();
    scenario.changes.forEach((change, j) => {
      if (change.target !== 'listPrice') checkRate(log, model, ids, change, `scenarios[${i}].changes[${j}]`, seen);
    });
    checkListPrices(log, model, ids, scenario, i, families);
  });
  if (log.errors.length > before) return;
  // The lines are checked only where a scenario changes their rates: 10,000 mix rows are not checked
  // again for each scenario (the others are as on the base, checked by validateDiscounts).
  const programme = (checked: Model, touched: (line: DiscountedLine) => boolean): readonly ModelIssue[] => {
    const sub = new IssueLog();
    validateChannels(sub, checked);
    validateModelDiscounts(sub, checked);
    if (checked.discountBasis === 'list') {
      checked.quote.lines.forEach((line, k) => touched(line) && checkLine(sub, checked, line, `quote.lines[${k}]`));
      checked.mix?.rows.forEach((row, k) => touched(row) && checkLine(sub, checked, row, `mix.rows[${k}]`));
    }
    return sub.errors;
  };
  // A place the base model already fails at (loadModel checks the programme and discounts before the
  // scenarios) is reported once, for the base, not again for each scenario.
  const already = new Set(log.errors.map((e) => e.path));
  model.scenarios.forEach((scenario, i) => {
    const touched = rowsTouched(model, scenario);
    for (const fault of programme(applyScenario(model, scenario), touched)) {
      if (!already.has(fault.path)) log.error(`scenarios[${i}]`, m.scenarioBreaksModel(scenario.name, fault.message));
    }
  });
}
