/**
 * Building the workbook in Excel, reading it back and writing the quote: the heavy half of the Excel
 * WorkbookPort (excelPort.ts), loaded when first used. Each call is one Excel.run, awaited, using the
 * Office renderer (src/workbook/office) and the pure workbook description and read-back.
 */
import type { Model, ModelInput } from '../../engine/model/schema';
import { describeWorkbook } from '../../workbook/build/describeWorkbook';
import { buildHistory, previousBuild, readWorkbookInputs, renderWorkbook, WorkbookUnchangedError } from '../../workbook/office';
import { readBack, ReadBackError } from '../../workbook/read/readBack';
import type { WorkbookSpec } from '../../workbook/spec';
import { nextTurn } from './nextTurn';
import { abortError, type BuildOptions, type BuildResult, type ReadResult } from './WorkbookPort';

export async function buildInExcel(model: Model, options: BuildOptions = {}): Promise<BuildResult> {
  try {
    const result = await Excel.run(async (context) => {
      // Only reads: the build then writes the history with everything else, or puts it back on failure.
      // The comparison with the last build in turns, so that the pane draws its progress in between.
      const history = await buildHistory(context, model, { pause: nextTurn });
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
}

export const readFromWorkbook = (): Promise<ReadResult> => Excel.run(readWorkbook);

async function readWorkbook(context: Excel.RequestContext): Promise<ReadResult> {
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

/** Writes the Quote sheet only. */
export async function writeQuote(model: Model): Promise<void> {
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
}
