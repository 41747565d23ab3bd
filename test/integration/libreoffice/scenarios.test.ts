/**
 * The scenario selector recalculated by LibreOffice: for Base and each scenario of the example, the
 * selector typed in (every cached result left as built for Base: a user's pick), every formula cell of
 * every other sheet equals the same cell of the workbook described from the model with that scenario
 * applied (applyScenario; the layouts match, a scenario only changes input values), and the Scenarios
 * sheet's values in use and live quote totals equal the engine's.
 */
import { applyScenario } from '../../../src/engine';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { SELECTOR_AT } from '../../../src/workbook/build/scenarioInputs';
import type { SheetSpec, TableSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { mismatches } from './compare';
import { readRawValues } from './rawValues';
import { recalculateAll } from './recalc';
import { load } from '../../support/models';
import { SCENARIO_INPUTS, scenarioExample } from '../../support/scenarioModel';
import { shapesModel } from '../../support/shapeModels';

jest.setTimeout(300_000);

const source = scenarioExample();
const model = load(source);
const spec = describeWorkbook(model, { source });
const choices = ['Base', ...SCENARIO_INPUTS.map((s) => s.name)];

/** The description with the selector typed over. */
function withSelector(s: WorkbookSpec, name: string): WorkbookSpec {
  const edit = (sheet: SheetSpec): SheetSpec =>
    sheet.key !== 'scenarios' ? sheet : { ...sheet, cells: sheet.cells.map((c) => (c.at.row === SELECTOR_AT.row && c.at.col === SELECTOR_AT.col ? { ...c, cell: { kind: 'text', value: name } } : c)) };
  return { ...s, sheets: s.sheets.map(edit) };
}

/**
 * What a scenario's own workbook is compared on: every sheet but the Scenarios and model sheets, less the
 * parts that are not live formulas over a scenario's values:
 * - the input tables' own formulas, which show the model as it stands: the PartnerLevels table's
 *   Registered discount, the PriceShapes table's Reads as (the words of the list price typed there);
 * - the Overview's BreachList, whose rows are the breaches the engine found when the workbook was built
 *   (its counts by rule, GuardrailStatus, are live and compared);
 * - the bundle allocation's integer helpers (Weight … Rank), scaled by the decimals the list prices of
 *   every scenario need where a scenario's own workbook scales by its own (its Allocation is compared).
 */
const SCALED = new Set(['Weight', 'Floor units', 'Remainder', 'Rank']);
const blanked = (t: TableSpec, drop: (header: string) => boolean): TableSpec => ({
  ...t,
  rows: t.rows.map((r) => r.map((c, k) => (c.kind === 'formula' && drop(t.columns[k]?.header ?? '') ? { kind: 'blank' as const } : c))),
});
const others = (s: WorkbookSpec): WorkbookSpec => ({
  ...s,
  sheets: s.sheets
    .filter((x) => x.key !== 'scenarios' && x.key !== 'model')
    .map((x) => ({
      ...x,
      tables: x.tables
        .filter((t) => t.name !== 'BreachList')
        .map((t) => (t.name === 'PartnerLevels' ? blanked(t, (h) => h === 'Registered discount') : t.name === 'PriceShapes' ? blanked(t, (h) => h === 'Reads as') : t.name === 'BundleAllocation' ? blanked(t, (h) => SCALED.has(h)) : t)),
      cells: x.cells,
    })),
});
/** The Scenarios sheet only. */
const scenariosOnly = (s: WorkbookSpec): WorkbookSpec => ({ ...s, sheets: s.sheets.filter((x) => x.key === 'scenarios') });

describe('LibreOffice follows the scenario selector to the engine’s figures', () => {
  const recalculated = (async () => {
    const files = await Promise.all(choices.map((name) => renderXlsx(withSelector(spec, name))));
    return Promise.all(recalculateAll(files).map((bytes) => readRawValues(bytes)));
  })();

  it.each(choices.map((name, k) => [name, k] as const))('%s: every other sheet as the model with it applied, the values in use and the live totals as the engine', async (name, k) => {
    const values = (await recalculated)[k];
    if (values === undefined) throw new Error('no workbook');
    const scenario = SCENARIO_INPUTS.find((s) => s.name === name);
    const applied = scenario === undefined ? model : applyScenario(model, scenario.id);
    // The Scenarios sheet as built with that scenario selected: its cached results (the values in use,
    // the live quote totals) are the engine's.
    expect(mismatches(scenariosOnly(describeWorkbook(load(scenarioExample(scenario?.id)), { source })), values)).toEqual([]);
    // The inputs stay as the model stands; every formula reads the values in use.
    expect(mismatches(others(describeWorkbook(applied, { source })), values)).toEqual([]);
  });
});

describe('LibreOffice follows a scenario over the list prices of products not priced per unit', () => {
  // Packages, a platform's per-user price and a usage rate raised; the quote prices each live.
  const shaped = {
    ...shapesModel(),
    scenarios: [{ id: 'shaped-up', name: 'Shaped +7%', changes: [{ target: 'listPrice' as const, sku: 'PACK', change: 0.07 }, { target: 'listPrice' as const, sku: 'PLAT', change: 0.05 }, { target: 'listPrice' as const, sku: 'USE', change: 0.5 }] }],
  };
  const base = load(shaped);

  it('as the model with it applied on every other sheet', async () => {
    const [bytes] = recalculateAll([await renderXlsx(withSelector(describeWorkbook(base, { source: shaped }), 'Shaped +7%'))]);
    const values = await readRawValues(bytes as Uint8Array);
    const applied = applyScenario(base, 'shaped-up');
    expect(applied.prices.find((p) => p.sku === 'PACK')?.listPrice).toBe(10.7);
    expect(mismatches(scenariosOnly(describeWorkbook(load({ ...shaped, selectedScenario: 'shaped-up' }), { source: shaped })), values)).toEqual([]);
    expect(mismatches(others(describeWorkbook(applied, { source: shaped })), values)).toEqual([]);
  });
});
