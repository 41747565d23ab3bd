/**
 * The WorkbookPort inside Excel: every call is one Excel.run, awaited, using the Office renderer
 * (src/workbook/office) and the pure workbook description and read-back. The only module of the task
 * pane that touches Office.js.
 */
import type { Model, ModelInput } from '../../engine/model/schema';
import { describeWorkbook } from '../../workbook/build/describeWorkbook';
import { buildHistory, loadModel, previousBuild, readWorkbookInputs, renderWorkbook, saveModel, selectCell, WorkbookUnchangedError } from '../../workbook/office';
import { textInput } from '../../workbook/office/cellInput';
import { readBack, ReadBackError } from '../../workbook/read/readBack';
import { a1, type CellSpec, type WorkbookSpec } from '../../workbook/spec';
import { workedExample } from './example';
import { abortError, type BuildOptions, type BuildResult, type CellLocation, type ReadResult, type WorkbookPort } from './WorkbookPort';

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

async function readFromWorkbook(context: Excel.RequestContext): Promise<ReadResult> {
  const inputs = await readWorkbookInputs(context);
  if (inputs.model === null) throw new Error('This workbook has no Tiercraft model: build the workbook first.');
  try {
    const model = readBack({ stored: inputs.model as ModelInput, tables: inputs.tables, customer: inputs.customer });
    return { model, problems: [] };
  } catch (error) {
    if (error instanceof ReadBackError) throw new Error(`Some cells could not be read: ${error.issues.join('; ')}`);
    throw error;
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
    build: async (model: Model, options: BuildOptions = {}): Promise<BuildResult> => {
      try {
        const result = await Excel.run(async (context) => {
          // Only reads: the build then writes the history with everything else, or puts it back on failure.
          const history = await buildHistory(context, model);
          return renderWorkbook(context, (layout) => describeWorkbook(model, { ...layout, history, ...(options.source ? { source: options.source } : {}) }), {
            signal: options.signal,
            onProgress: (done, total, label) => options.onProgress?.({ done, total, stage: label }),
            onClash: async (sheet) => (options.onClash ? options.onClash({ sheet }) : 'cancel'),
            describePrevious: previousBuild(context),
          });
        });
        return { sheets: result.sheets.filter((s) => s.key !== 'model').map((s) => s.name), notes: result.messages };
      } catch (error) {
        if (error instanceof WorkbookUnchangedError && error.reason === 'cancelled') throw abortError();
        throw error;
      }
    },
    readFromWorkbook: async () => Excel.run(readFromWorkbook),
    writeQuote: async (model: Model) => {
      const quoteOnly = (spec: WorkbookSpec): WorkbookSpec => ({ ...spec, sheets: spec.sheets.filter((s) => s.key === 'quote') });
      await Excel.run((context) =>
        renderWorkbook(context, (layout) => quoteOnly(describeWorkbook(model, layout)), {
          onClash: async () => 'rename',
          describePrevious: async (layout) => {
            const before = await previousBuild(context)(layout);
            return before && quoteOnly(before);
          },
        }),
      );
    },
    selectCell: async (location) => Excel.run((context) => selectCell(context, location.sheet, location.address)),
    insertExample: async () => Excel.run(insertExample),
  };
}
