/**
 * The Scenarios sheet as described: after the Quote sheet, the selector (Base by default, the scenario
 * kept in the model otherwise) named Tiercraft.Scenario, the scenarios and changes as inputs with their
 * drop-downs, the values in use holding the selected scenario's values, every live formula redirected to
 * them only when the model has scenarios, and the comparison with the engine's figures and its chart.
 */
import { applyScenario, compareScenarios, toNumber } from '../../../src/engine';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { nameKey } from '../../../src/workbook/build/definedNames';
import { SELECTOR_AT } from '../../../src/workbook/build/scenarioInputs';
import { type CellSpec, SHEET_KEYS, type SheetSpec, type TableSpec, type WorkbookSpec } from '../../../src/workbook/spec';
import { example, load } from '../../support/models';
import { scenarioExample } from '../../support/scenarioModel';

const model = load(scenarioExample());
const spec = describeWorkbook(model);
const sheetOf = (s: WorkbookSpec, key: SheetSpec['key']): SheetSpec => s.sheets.find((x) => x.key === key) as SheetSpec;
const tableOf = (s: WorkbookSpec, name: string): TableSpec => s.sheets.flatMap((x) => x.tables).find((t) => t.name === name) as TableSpec;
const cellAt = (sheet: SheetSpec, row: number, col: number): CellSpec | undefined => sheet.cells.find((c) => c.at.row === row && c.at.col === col)?.cell;
const result = (c: CellSpec | undefined): unknown => (c?.kind === 'formula' ? c.result : c?.kind === 'blank' || c === undefined ? null : c.value);
const column = (t: TableSpec, header: string): unknown[] => t.rows.map((r) => result(r[t.columns.findIndex((c) => c.header === header)]));
const formulasOf = (s: SheetSpec): string[] => [...s.tables.flatMap((t) => t.rows.flat()), ...s.cells.map((c) => c.cell)].flatMap((c) => (c.kind === 'formula' ? [c.formula] : []));

describe('the Scenarios sheet', () => {
  it('stands after the Quote and Customer quote sheets, named Scenarios, with the selector in B3 named Tiercraft.Scenario', () => {
    expect(SHEET_KEYS.indexOf('scenarios')).toBe(SHEET_KEYS.indexOf('customerQuote') + 1);
    const sheet = sheetOf(spec, 'scenarios');
    expect(sheet.name).toBe('Scenarios');
    expect(cellAt(sheet, SELECTOR_AT.row, SELECTOR_AT.col)).toEqual({ kind: 'text', value: 'Base' });
    expect(spec.names?.find((n) => n.name === 'Tiercraft.Scenario')).toMatchObject({ key: 'scenarios', formula: "='Scenarios'!$B$3" });
    expect(nameKey('Tiercraft.Scenario')).toBe('scenarios');
    const selector = sheet.validations.find((v) => v.range.at.row === SELECTOR_AT.row && v.range.at.col === SELECTOR_AT.col);
    expect(selector?.source).toEqual({ kind: 'values', values: ['Base', 'Gold +2 pts', 'Distributor 10%', 'Backup list +5%'] });
  });

  it('lists the scenarios and their changes, one row per change, with drop-downs for target and field', () => {
    expect(column(tableOf(spec, 'Scenarios'), 'Scenario')).toEqual(['gold-plus', 'distribution-10', 'backup-list']);
    const changes = tableOf(spec, 'ScenarioChanges');
    expect(changes.rows.map((r) => r.slice(0, 6).map((c) => result(c)))).toEqual([
      ['gold-plus', 'level', 'gold', 'discount', null, 0.02],
      ['gold-plus', 'level', 'silver', 'rebate', 0.03, null],
      ['gold-plus', 'level', 'silver', 'coop', null, 0.01],
      ['distribution-10', 'channel', 'distribution', 'distributorDiscount', 0.1, null],
      ['distribution-10', 'term', '3-year', 'discount', null, 0.05],
      ['backup-list', 'listPrice', null, null, null, null],
      ['backup-list', 'listPrice', null, null, null, null],
    ]);
    expect(column(changes, 'List change')).toEqual([null, null, null, null, null, 0.05, -0.1]);
    const sources = sheetOf(spec, 'scenarios').validations.map((v) => v.source);
    expect(sources).toContainEqual({ kind: 'values', values: ['level', 'channel', 'term', 'listPrice'] });
    expect(sources).toContainEqual({ kind: 'values', values: ['discount', 'dealRegistration', 'rebate', 'mdf', 'coop', 'distributorDiscount'] });
  });

  it('holds the selected scenario’s values in use, and every other sheet’s results are that scenario’s', () => {
    const selected = describeWorkbook(load(scenarioExample('gold-plus')));
    expect(cellAt(sheetOf(selected, 'scenarios'), SELECTOR_AT.row, SELECTOR_AT.col)).toEqual({ kind: 'text', value: 'Gold +2 pts' });
    const levels = tableOf(selected, 'LevelsInUse');
    expect(column(levels, 'Level')).toEqual(['registered', 'silver', 'gold', 'platinum']);
    expect(column(levels, 'Discount')).toEqual([0.1, 0.15, 0.22, 0.25]);
    expect(column(levels, 'Rebate')[1]).toBe(0.03);
    // In the base workbook, the values in use are the inputs.
    expect(column(tableOf(spec, 'LevelsInUse'), 'Discount')).toEqual([0.1, 0.15, 0.2, 0.25]);
    // Input tables show the model as it stands; the Quote's results are the scenario's.
    expect(column(tableOf(selected, 'PartnerLevels'), 'Discount')).toEqual([0.1, 0.15, 0.2, 0.25]);
    const applied = describeWorkbook(applyScenario(model, 'gold-plus'));
    expect(column(tableOf(selected, 'QuoteLines'), 'Vendor net')).toEqual(column(tableOf(applied, 'QuoteLines'), 'Vendor net'));
    const prices = tableOf(describeWorkbook(load(scenarioExample('backup-list'))), 'PricesInUse');
    expect(prices.rows[0]?.slice(3, 6).map(result)).toEqual([9.45, 94.5, 283.5]);
  });

  it('redirects the live formulas to the values in use only when the model has scenarios', () => {
    const plain = describeWorkbook(load(example()));
    for (const key of ['quote', 'routes', 'checks', 'ladders', 'bundles', 'markets'] as const) {
      expect(formulasOf(sheetOf(plain, key)).filter((f) => f.includes("'Scenarios'!"))).toEqual([]);
    }
    expect(formulasOf(sheetOf(spec, 'quote')).some((f) => f.includes("'Scenarios'!"))).toBe(true);
    expect(formulasOf(sheetOf(spec, 'routes')).some((f) => f.includes("'Scenarios'!"))).toBe(true);
    // The input tables themselves never read the values in use.
    expect(formulasOf(sheetOf(spec, 'channels')).filter((f) => f.includes("'Scenarios'!"))).toEqual([]);
    expect(formulasOf(sheetOf(spec, 'priceBook')).filter((f) => f.includes("'Scenarios'!"))).toEqual([]);
  });

  it('compares the base with every scenario on the quote with the engine’s figures, and charts it', () => {
    const t = tableOf(spec, 'ScenarioComparison');
    expect(column(t, 'Scenario')).toEqual(['Base', 'Gold +2 pts', 'Distributor 10%', 'Backup list +5%']);
    expect(column(t, 'Book')).toEqual(['Quote', 'Quote', 'Quote', 'Quote']);
    const engine = compareScenarios(model);
    expect(column(t, 'Vendor pocket')).toEqual([engine.quote, ...engine.scenarios.map((s) => s.comparison.quote?.other)].map((b) => toNumber(b!.parties.vendor.pocket)));
    expect(column(t, 'Reseller margin change')).toEqual([0, ...engine.scenarios.map((s) => toNumber(s.comparison.quote!.parties.find((p) => p.party === 'reseller')!.margin.change))]);
    expect(column(t, 'New breaches')).toEqual(['', ...engine.scenarios.map((s) => s.comparison.breaches.appeared.length)]);
    const chart = sheetOf(spec, 'scenarios').charts[0];
    expect(chart?.kind).toBe('column');
    expect(chart?.series.map((s) => s.name)).toEqual(['Vendor pocket', 'Vendor margin', 'Distributor margin', 'Reseller margin', 'Customer margin']);
    expect(chart?.categories).toEqual({ at: { row: t.at.row + 1, col: t.at.col + 1 }, rows: 4, cols: 1 });
  });

  it('is there, empty, for a model without scenarios', () => {
    const plain = describeWorkbook(load(example()));
    expect(tableOf(plain, 'Scenarios').rows).toEqual([]);
    expect(tableOf(plain, 'ScenarioComparison').rows).toEqual([]);
    expect(sheetOf(plain, 'scenarios').charts).toEqual([]);
    // No copy of the price book: nothing reads the prices in use until the model has a scenario.
    expect(tableOf(plain, 'PricesInUse').rows).toEqual([]);
    expect(tableOf(plain, 'ShapePricesInUse').rows).toEqual([]);
  });
});
