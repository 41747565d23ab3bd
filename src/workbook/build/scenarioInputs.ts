/**
 * The Scenarios sheet's inputs: the selector (which scenario the workbook's live formulas follow), the
 * Scenarios table (id, name, description) and the Changes table, the model's changes in long form (one
 * row per change), both read back into `model.scenarios` (read/readScenarios.ts).
 */
import type { Scenario, ScenarioChange } from '../../engine/model/scenarioSchema';
import { a1 } from '../a1';
import type { CellAddress, CellSpec, TableSpec, ValidationSpec } from '../spec';
import { col, columnRange, formula, numOrBlank, text, textOrBlank } from './cells';
import { type BuildContext, on } from './context';
import type { ChangeRefs } from './scenarioInUse';

/** The selector's label (A3), the selector (B3, named Tiercraft.Scenario) and the selected scenario's id (C3). */
export const SELECTOR_LABEL_AT: CellAddress = { row: 2, col: 0 };
export const SELECTOR_AT: CellAddress = { row: 2, col: 1 };
export const SELECTED_ID_AT: CellAddress = { row: 2, col: 2 };
/** What the selector shows for the model without any scenario applied. */
export const BASE_CHOICE = 'Base';
/**
 * A drop-down's list typed in as values is one comma-separated string
 * (https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation, `source`). Microsoft does
 * not document its length limit; spreadsheet libraries report Excel refusing more than 255 characters, so
 * a longer list (or a name with a comma) is read from the Scenarios table's names instead (blank: Base).
 */
const LIST_LIMIT = 255;
/** Rows under each input table that keep its drop-downs, for changes typed in later. */
const SPARE_ROWS = 20;

export const SCENARIO_COLUMNS = ['Scenario', 'Name', 'Description'] as const;
export const CHANGE_COLUMNS = ['Scenario', 'Target', 'Applies to', 'Field', 'Set', 'Add', 'Family', 'SKU', 'Tier', 'Term', 'List change'] as const;
export const CHANGE_TARGETS = ['level', 'channel', 'term', 'listPrice'] as const;
export const LEVEL_FIELDS = ['discount', 'dealRegistration', 'rebate', 'mdf', 'coop'] as const;
export const CHANGE_FIELDS = [...LEVEL_FIELDS, 'distributorDiscount'] as const;
export const changeColumn = (h: (typeof CHANGE_COLUMNS)[number]): number => CHANGE_COLUMNS.indexOf(h);

/** The scenario the selector shows: the model's selected one, else none (the base). */
export function selectedScenario(scenarios: readonly Scenario[], selected: string | undefined): Scenario | undefined {
  return selected === undefined ? undefined : scenarios.find((s) => s.id === selected);
}

export function scenariosTable(ctx: BuildContext, at: CellAddress): TableSpec {
  return {
    name: 'Scenarios',
    at,
    style: 'TableStyleMedium6',
    caption: 'Scenarios (each a named set of the changes beside)',
    columns: [col('Scenario', 'text', 'input', 'scenarios[].id'), col('Name', 'text', 'input', 'scenarios[].name'), col('Description', 'text', 'input', 'scenarios[].description')],
    rows: ctx.model.scenarios.map((s) => [text(s.id), text(s.name), textOrBlank(s.description)]),
  };
}

function changeRow(scenario: string, c: ScenarioChange): CellSpec[] {
  if (c.target === 'listPrice') {
    return [text(scenario), text(c.target), textOrBlank(''), textOrBlank(''), numOrBlank(undefined), numOrBlank(undefined), textOrBlank(c.family), textOrBlank(c.sku), textOrBlank(c.tier), textOrBlank(c.term), numOrBlank(c.change)];
  }
  const id = c.target === 'level' ? c.level : c.target === 'channel' ? c.channel : c.term;
  return [text(scenario), text(c.target), text(id), text(c.field), numOrBlank(c.set), numOrBlank(c.add), textOrBlank(''), textOrBlank(''), textOrBlank(''), textOrBlank(''), numOrBlank(undefined)];
}

export function changesTable(ctx: BuildContext, at: CellAddress): TableSpec {
  const percent = new Set(['Set', 'Add', 'List change']);
  return {
    name: 'ScenarioChanges',
    at,
    style: 'TableStyleMedium6',
    caption: 'Changes (level, channel or term: Applies to, Field and Set or Add; listPrice: the filters and List change)',
    columns: CHANGE_COLUMNS.map((h) => col(h, percent.has(h) ? 'percent' : 'text', 'input', `scenarios[].changes[].${h}`)),
    rows: ctx.model.scenarios.flatMap((s) => s.changes.map((c) => changeRow(s.id, c))),
  };
}

/** The qualified ranges the in-use formulas read the Changes table and the selected id through. */
export function changeRefs(ctx: BuildContext, changes: TableSpec): ChangeRefs {
  const r = (h: (typeof CHANGE_COLUMNS)[number]): string => on(ctx, 'scenarios', columnRange(changes, changeColumn(h)));
  return {
    selected: on(ctx, 'scenarios', a1(SELECTED_ID_AT, true)),
    scenario: r('Scenario'),
    target: r('Target'),
    appliesTo: r('Applies to'),
    field: r('Field'),
    set: r('Set'),
    add: r('Add'),
    family: r('Family'),
    sku: r('SKU'),
    tier: r('Tier'),
    term: r('Term'),
    listChange: r('List change'),
  };
}

/** The selected id: the id of the scenario whose name the selector shows; "" for Base (or a name no scenario has). */
export function selectedIdFormula(scenarios: TableSpec): string {
  return `=IFERROR(INDEX(${columnRange(scenarios, 0)},MATCH(${a1(SELECTOR_AT, true)},${columnRange(scenarios, 1)},0))&"","")`;
}

/** Drop-downs: the selector, and the Changes table's Scenario, Target, Field, SKU, Tier and Term. */
export function scenarioValidations(ctx: BuildContext, scenarios: TableSpec, changes: TableSpec, lists: { skus: string; tierIds: string; termIds: string }): ValidationSpec[] {
  const choices = [BASE_CHOICE, ...ctx.model.scenarios.map((s) => s.name)];
  const rows = changes.rows.length + SPARE_ROWS;
  const column = (h: (typeof CHANGE_COLUMNS)[number]) => ({ at: { row: changes.at.row + 1, col: changes.at.col + changeColumn(h) }, rows, cols: 1 });
  const range = (h: (typeof CHANGE_COLUMNS)[number], source: string, what: string): ValidationSpec => ({ range: column(h), source: { kind: 'range', formula: `=${source}` }, allowBlank: true, error: `Pick ${what} from the list` });
  return [
    {
      range: { at: SELECTOR_AT, rows: 1, cols: 1 },
      source: choices.join(',').length <= LIST_LIMIT && choices.every((c) => !c.includes(',')) ? { kind: 'values', values: choices } : { kind: 'range', formula: `=${on(ctx, 'scenarios', columnRange(scenarios, 1))}` },
      allowBlank: true,
      error: `Pick ${BASE_CHOICE} or a scenario of the Scenarios table`,
    },
    range('Scenario', on(ctx, 'scenarios', columnRange(scenarios, 0)), 'a scenario of the Scenarios table'),
    { range: column('Target'), source: { kind: 'values', values: [...CHANGE_TARGETS] }, allowBlank: true, error: `Pick ${CHANGE_TARGETS.join(', ')}` },
    { range: column('Field'), source: { kind: 'values', values: [...CHANGE_FIELDS] }, allowBlank: true, error: `Pick ${CHANGE_FIELDS.join(', ')} (blank for a listPrice change)` },
    range('SKU', lists.skus, 'a product'),
    range('Tier', lists.tierIds, 'a tier'),
    range('Term', lists.termIds, 'a term'),
  ];
}

/** The selector's cells: its label, the selector (the name shown) and the selected id. */
export function selectorCells(ctx: BuildContext, scenarios: TableSpec): { at: CellAddress; cell: CellSpec; style: 'label' | 'value' | 'note'; format: 'text' }[] {
  const chosen = selectedScenario(ctx.model.scenarios, ctx.model.selectedScenario);
  return [
    { at: SELECTOR_LABEL_AT, cell: text('Scenario in use'), style: 'label', format: 'text' },
    { at: SELECTOR_AT, cell: text(chosen?.name ?? BASE_CHOICE), style: 'value', format: 'text' },
    { at: SELECTED_ID_AT, cell: formula(selectedIdFormula(scenarios), chosen?.id ?? ''), style: 'note', format: 'text' },
  ];
}
