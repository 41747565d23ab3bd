/**
 * Round trip of the Scenarios sheet through an .xlsx: the scenarios, their changes and the selector read
 * back as written, edits included (a scenario picked, a change's Add, a list change cut), and bad cells
 * named by sheet and cell.
 */
import ExcelJS from 'exceljs';
import { SELECTOR_AT } from '../../../src/workbook/build/scenarioInputs';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { cellName } from '../../../src/workbook/a1';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { load } from '../../support/models';
import { locate } from '../../support/locate';
import { scenarioExample } from '../../support/scenarioModel';
import { readBackIssues } from '../../support/readBackIssues';

const source = scenarioExample();
const model = load(source);

type Edit = { table: string; row: number; header: string; value: ExcelJS.CellValue } | { selector: ExcelJS.CellValue };

async function edited(bytes: Uint8Array, spec: WorkbookSpec, edits: readonly Edit[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) {
    if ('selector' in e) {
      wb.getWorksheet('Scenarios')!.getCell(SELECTOR_AT.row + 1, SELECTOR_AT.col + 1).value = e.selector;
      continue;
    }
    const at = locate(spec, e.table, e.row, e.header);
    wb.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = e.value;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}


const where = (spec: WorkbookSpec, table: string, row: number, header: string): string => {
  const at = locate(spec, table, row, header);
  return cellName(at.sheet, { row: at.row - 1, col: at.col - 1 });
};

describe('the Scenarios sheet read back from an .xlsx', () => {
  const built = buildXlsx(model, source);

  it('gives the scenarios, their changes and Base as written when nothing was edited', async () => {
    const { bytes } = await built;
    const read = load(await readModelFromXlsx(bytes));
    expect(read.scenarios).toEqual(model.scenarios);
    expect(read.selectedScenario).toBeUndefined();
    expect(read).toEqual(model);
  });

  it('reads the scenario picked in the selector, a new Add and a list change as edited', async () => {
    const { bytes, spec } = await built;
    const read = load(
      await readModelFromXlsx(
        await edited(bytes, spec, [
          { selector: 'Distributor 10%' },
          { table: 'ScenarioChanges', row: 0, header: 'Add', value: 0.03 },
          { table: 'ScenarioChanges', row: 5, header: 'List change', value: -0.2 },
          { table: 'Scenarios', row: 2, header: 'Name', value: 'Backup list up' },
        ]),
      ),
    );
    expect(read.selectedScenario).toBe('distribution-10');
    expect(read.scenarios[0]?.changes[0]).toEqual({ target: 'level', level: 'gold', field: 'discount', add: 0.03 });
    expect(read.scenarios[2]?.changes[0]).toEqual({ target: 'listPrice', family: 'Backup tool', change: -0.2 });
    expect(read.scenarios[2]?.name).toBe('Backup list up');
    // Rebuilt, the selector shows the scenario picked: it is kept in the model as its id.
    const again = (await buildXlsx(read, read)).spec.sheets.find((s) => s.key === 'scenarios');
    expect(again?.cells.find((c) => c.at.row === SELECTOR_AT.row && c.at.col === SELECTOR_AT.col)?.cell).toEqual({ kind: 'text', value: 'Distributor 10%' });
  });

  it('names every bad cell: a field misspelt, a target unknown, a Set over 100%, a change of no scenario, a selector naming none', async () => {
    const { bytes, spec } = await built;
    const issues = await readBackIssues(
      await edited(bytes, spec, [
        { table: 'ScenarioChanges', row: 0, header: 'Field', value: 'discnt' },
        { table: 'ScenarioChanges', row: 1, header: 'Target', value: 'levels' },
        { table: 'ScenarioChanges', row: 3, header: 'Set', value: 1.5 },
        { table: 'ScenarioChanges', row: 4, header: 'Scenario', value: 'nowhere' },
        { selector: 'Platinum +5' },
      ]),
    );
    expect(issues).toEqual([
      `${where(spec, 'ScenarioChanges', 0, 'Field')}: 'discnt' is not one of discount, dealRegistration, rebate, mdf, coop`,
      `${where(spec, 'ScenarioChanges', 1, 'Target')}: 'levels' is not one of level, channel, term, listPrice`,
      `${where(spec, 'ScenarioChanges', 3, 'Set')}: 1.5 is not a percentage between 0% and 100%`,
      `${where(spec, 'ScenarioChanges', 4, 'Scenario')}: 'nowhere' is not a scenario of the Scenarios table`,
      "Scenarios!B3: 'Platinum +5' is not one of Base, Gold +2 pts, Distributor 10%, Backup list +5%",
    ]);
  });
});
