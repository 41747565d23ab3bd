/**
 * Read-back of the Scenarios sheet: the Scenarios table (one scenario per row), the ScenarioChanges table
 * (one change per row, by its scenario's id, in order) and the selector (a scenario's name, or Base) into
 * `scenarios` and `selectedScenario`. Each bad cell is named ("Scenarios!E7: 'discnt' is not one of
 * discount, …"); what the engine checks beyond a cell (a level that does not exist, Set and Add both given)
 * loadModel reports by path. A workbook built before the sheet keeps the stored scenarios.
 */
import type { ModelInput } from '../../engine/model/schema';
import { BASE_CHOICE, CHANGE_TARGETS, LEVEL_FIELDS } from '../build/scenarioInputs';
import type { GridValue, RowReader } from './cells';
import { readMessages as m } from './messages';

type Scenarios = NonNullable<ModelInput['scenarios']>;

/** The Field a change of each target may take. */
const FIELDS = { level: LEVEL_FIELDS, channel: ['distributorDiscount'], term: ['discount'] } as const;

function change(r: RowReader): Record<string, unknown> | undefined {
  const target = r.oneOf('Target', CHANGE_TARGETS);
  if (target === undefined) return undefined;
  if (target === 'listPrice') {
    const filters = Object.fromEntries((['Family', 'SKU', 'Tier', 'Term'] as const).flatMap((h) => {
      const v = r.text(h)?.trim();
      return v ? [[h === 'SKU' ? 'sku' : h.toLowerCase(), v]] : [];
    }));
    const listChange = r.signed('List change');
    if (listChange === undefined && r.text('List change') === undefined) r.id('List change', 'list change');
    return { target, ...filters, change: listChange };
  }
  const id = r.id('Applies to', `${target} id`);
  const field = r.oneOf('Field', FIELDS[target]);
  const set = r.share('Set');
  const add = r.signed('Add');
  return { target, [target]: id, field, ...(set === undefined ? {} : { set }), ...(add === undefined ? {} : { add }) };
}

export function readScenarios(
  stored: ModelInput,
  table: (name: string, required: readonly string[]) => RowReader[] | undefined,
  selector: { readonly value: GridValue; readonly where: string } | undefined,
  out: Record<string, unknown>,
  issues: string[],
): void {
  const scenarios = table('Scenarios', ['Scenario', 'Name']);
  const changes = table('ScenarioChanges', ['Scenario', 'Target']);
  if (scenarios || changes) {
    const base = scenarios
      ? scenarios.map((r) => ({ id: r.id('Scenario', 'scenario id'), name: r.id('Name', 'scenario name'), description: r.text('Description') ?? '' }))
      : (stored.scenarios ?? []).map((s) => ({ id: s.id, name: s.name, description: s.description ?? '' }));
    const ids = new Set(base.map((s) => s.id));
    const changesOf = new Map<string, Record<string, unknown>[]>();
    for (const r of changes ?? []) {
      const id = r.id('Scenario', 'scenario id');
      if (id === undefined) continue;
      if (!ids.has(id)) issues.push(m.unknownScenario(r.where('Scenario'), id));
      const c = change(r);
      if (c !== undefined) changesOf.set(id, [...(changesOf.get(id) ?? []), c]);
    }
    const read = base.map((s) => ({ ...s, changes: changes ? (changesOf.get(s.id ?? '') ?? []) : ((stored.scenarios ?? []).find((x) => x.id === s.id)?.changes ?? []) })) as Scenarios;
    // None, in a model file that wrote none: written as it was (the default).
    if (read.length > 0 || stored.scenarios !== undefined) out.scenarios = read;
  }
  if (selector === undefined) return;
  const list = (out.scenarios as { id?: string; name?: string }[] | undefined) ?? [];
  const shown = selector.value === null ? '' : String(selector.value).trim();
  if (shown === '' || shown === BASE_CHOICE) {
    delete out.selectedScenario;
    return;
  }
  const chosen = list.find((s) => s.name === shown);
  if (chosen?.id === undefined) issues.push(m.notAChoice(selector.where, shown, [BASE_CHOICE, ...list.map((s) => s.name ?? '')]));
  else out.selectedScenario = chosen.id;
}
