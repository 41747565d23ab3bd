/**
 * The Office.js renderer writes the Scenarios sheet of the example with three scenarios: the selector
 * (text, its drop-down of Base and every scenario's name, the name Tiercraft.Scenario pointing at it),
 * the values in use as formulas, the comparison's chart; and a second build keeps its tables in place.
 */
import { FakeExcel } from '../../../doubles/excel';
import { SELECTOR_AT } from '../../../../src/workbook/build/scenarioInputs';
import type { SheetSpec } from '../../../../src/workbook/spec';
import { scenarioExample } from '../../../support/scenarioModel';
import { specOf } from './fixtures';
import { build } from './helpers';

describe('the Scenarios sheet through Office.js', () => {
  const spec = specOf(scenarioExample());
  const sheet = spec.sheets.find((s) => s.key === 'scenarios') as SheetSpec;
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = new FakeExcel();
    await build(excel, spec);
  });
  const written = () => excel.state.sheets.find((s) => s.name === 'Scenarios');

  it('writes the selector as text with its drop-down, and names it Tiercraft.Scenario', () => {
    expect(written()?.cells.get(`${SELECTOR_AT.row},${SELECTOR_AT.col}`)?.value).toBe('Base');
    const rule = written()?.validations.find((v) => v.rect.row === SELECTOR_AT.row && v.rect.col === SELECTOR_AT.col);
    expect(JSON.stringify(rule)).toContain('Base,Gold +2 pts,Distributor 10%,Backup list +5%');
    expect(excel.state.names.find((n) => n.name === 'Tiercraft.Scenario')?.formula).toMatch(/Scenarios'?!\$B\$3$/);
  });

  it('writes the values in use as formulas and the comparison chart', () => {
    const levels = sheet.tables.find((t) => t.name === 'LevelsInUse');
    if (levels === undefined) throw new Error('no LevelsInUse');
    const discount = written()?.cells.get(`${levels.at.row + 1},${levels.at.col + 1}`);
    expect(String(discount?.formula)).toMatch(/^=IF\(/);
    expect(written()?.charts.map((c) => c.type)).toEqual(['ColumnClustered']);
  });

  it('keeps every table in place through a second build', async () => {
    const before = written()?.tables.map((t) => [t.name, t.rect.row, t.rect.col]);
    await build(excel, spec);
    expect(written()?.tables.map((t) => [t.name, t.rect.row, t.rect.col])).toEqual(before);
  });
});
