/**
 * The WorkbookPort inside Excel: every call is one Excel.run, awaited. With excelBuild.ts, the only
 * modules of the task pane that touch Office.js.
 *
 * What the pane needs as it opens (the model saved with the workbook, saving edits, selecting a cell,
 * the worked example) is here; building, reading the workbook back and writing the quote load with
 * excelBuild.ts on first use: the workbook's description, the Office renderer and the read-back are
 * most of the pane's code, and none of it is needed to show the pane.
 */
import type { Model, ModelInput } from '../../engine/model/schema';
import { textInput } from '../../workbook/office/cellInput';
import { loadModel, saveModel } from '../../workbook/office/modelStore';
import { selectCell } from '../../workbook/office/selectCell';
import { a1, type CellSpec } from '../../workbook/spec';
import { workedExample } from './example';
import type { BuildOptions, BuildResult, CellLocation, WorkbookPort } from './WorkbookPort';

/** Building, reading back and writing the quote, loaded on first use. */
const excelBuild = (): Promise<typeof import('./excelBuild')> => import(/* webpackChunkName: "excel-build" */ './excelBuild');

/**
 * A cell of the example as Office.js `formulas` takes it. Text cells are formatted as text first and
 * still escaped: what '=', '+' or '-' do in a text-formatted cell is not documented (cellInput.ts).
 */
function formulaOf(cell: CellSpec): string | number | boolean {
  switch (cell.kind) {
    case 'blank':
      return '';
    case 'formula':
      return cell.formula;
    case 'text':
      return textInput(cell.value);
    default:
      return cell.value;
  }
}

/** Where the example goes: A1 of the active sheet when it is empty there, else two columns right of what it holds. */
async function insertExample(context: Excel.RequestContext): Promise<CellLocation> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load('name');
  used.load('columnIndex,columnCount');
  await context.sync();
  const col0 = used.isNullObject ? 0 : used.columnIndex + used.columnCount + 1;
  const example = workedExample(0, col0);
  const range = sheet.getRangeByIndexes(0, col0, example.rows.length, example.cols);
  range.load('values,address');
  await context.sync();
  if (range.values.some((row) => row.some((v) => v !== '' && v !== null))) {
    throw new Error(`The cells at ${range.address} are not empty; nothing was written.`);
  }
  range.numberFormat = example.rows.map((row) => row.map((c) => (c.kind === 'text' ? '@' : 'General')));
  range.formulas = example.rows.map((row) => row.map(formulaOf));
  for (const row of [0, 2, 7]) sheet.getRangeByIndexes(row, col0, 1, example.cols).format.font.bold = true;
  range.format.autofitColumns();
  await context.sync();
  return { sheet: sheet.name, address: a1({ row: 0, col: col0 }) };
}

/**
 * Every method is async, so that a synchronous throw (no `Excel` namespace outside Excel, a bad argument)
 * reaches the caller as a rejected promise, which the pane shows, rather than as an exception that
 * unmounts it.
 */
export function excelPort(): WorkbookPort {
  return {
    host: 'excel',
    loadModel: async () => Excel.run(async (context) => (await loadModel(context)) as ModelInput | null),
    saveModel: async (model) => Excel.run(async (context) => void (await saveModel(context, model))),
    build: async (model: Model, options: BuildOptions = {}): Promise<BuildResult> => (await excelBuild()).buildInExcel(model, options),
    readFromWorkbook: async () => (await excelBuild()).readFromWorkbook(),
    writeQuote: async (model: Model) => (await excelBuild()).writeQuote(model),
    selectCell: async (location) => Excel.run((context) => selectCell(context, location.sheet, location.address)),
    insertExample: async () => Excel.run(insertExample),
  };
}
