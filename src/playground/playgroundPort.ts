/**
 * The WorkbookPort of the playground: the model is kept in localStorage (so a reload restores it) and
 * the workbook is the description the engine builds, held by a PlaygroundWorkbook for the preview.
 */
import type { Model, ModelInput } from '../engine/model/schema';
import { describeWorkbook } from '../workbook/build/describeWorkbook';
import { nextHistory } from '../workbook/history/nextHistory';
import { parseStoredHistory } from '../workbook/history/storedHistory';
import { HISTORY_JSON_COL, MODEL_JSON_COL, REGISTRY_AT, joinModelChunks } from '../workbook/registry';
import { sheetByKey, type WorkbookSpec } from '../workbook/spec';
import { workedExample } from '../taskpane/workbook/example';
import { nextTurn } from '../taskpane/workbook/nextTurn';
import { abortError, type BuildOptions, type BuildResult, type ReadResult, type WorkbookPort } from '../taskpane/workbook/WorkbookPort';
import { EXAMPLE_SHEET, type PlaygroundWorkbook } from './PlaygroundWorkbook';
import { downloadQuotePdf } from './quotePdf/downloadQuotePdf';

export const MODEL_STORAGE_KEY = 'tiercraft.playground.model';

export interface PlaygroundPortOptions {
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

/** The JSON in chunks down column `col` of a description's model sheet, or null when there is none. */
function jsonDown(spec: WorkbookSpec, col: number): string | null {
  const sheet = sheetByKey(spec, 'model');
  if (!sheet) return null;
  const chunks = sheet.cells
    .filter((c) => c.at.col === col && c.at.row > REGISTRY_AT.row)
    .sort((a, b) => a.at.row - b.at.row)
    .map((c) => (c.cell.kind === 'text' ? c.cell.value : null));
  return chunks.length === 0 ? null : joinModelChunks(chunks);
}

/** The model JSON the model sheet of a description carries. */
export function modelFromSpec(spec: WorkbookSpec): ModelInput {
  const json = jsonDown(spec, MODEL_JSON_COL);
  if (json === null) throw new Error('The workbook has no Tiercraft model sheet.');
  return JSON.parse(json) as ModelInput;
}

export function playgroundPort(workbook: PlaygroundWorkbook, options: PlaygroundPortOptions = {}): WorkbookPort {
  const storage = options.storage ?? window.localStorage;
  return {
    host: 'playground',
    async loadModel() {
      const saved = storage.getItem(MODEL_STORAGE_KEY);
      if (saved === null) return null;
      return JSON.parse(saved) as ModelInput;
    },
    async saveModel(model) {
      storage.setItem(MODEL_STORAGE_KEY, JSON.stringify(model));
    },
    async build(model: Model, build: BuildOptions = {}): Promise<BuildResult> {
      // The history the playground's workbook keeps, as a workbook would; no user name in a browser.
      const current = workbook.getSnapshot().spec;
      // "Preparing the sheets" is drawn before the description is made (reused from the checks when they described this model).
      await nextTurn();
      const history = await nextHistory(parseStoredHistory(current ? jsonDown(current, HISTORY_JSON_COL) : null), { model, by: '', where: 'Playground', pause: nextTurn });
      const spec = describeWorkbook(model, { history, ...(build.source ? { source: build.source } : {}) });
      const total = spec.sheets.length;
      for (const [i, sheet] of spec.sheets.entries()) {
        if (build.signal?.aborted) throw abortError();
        build.onProgress?.({ done: i, total, stage: `Writing ${sheet.name}` });
        await nextTurn();
      }
      if (build.signal?.aborted) throw abortError();
      build.onProgress?.({ done: total, total, stage: 'Done' });
      workbook.setSpec(spec);
      return { sheets: spec.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name), notes: [] };
    },
    async readFromWorkbook(): Promise<ReadResult> {
      const spec = workbook.getSnapshot().spec;
      if (!spec) throw new Error('The workbook is empty: build it first.');
      return { model: modelFromSpec(spec), problems: [] };
    },
    async writeQuote(model: Model) {
      const fresh = describeWorkbook(model);
      const current = workbook.getSnapshot().spec;
      const quote = sheetByKey(fresh, 'quote');
      if (!current || !quote) return workbook.setSpec(fresh);
      workbook.setSpec({ ...current, sheets: current.sheets.map((s) => (s.key === 'quote' ? quote : s)) });
    },
    async selectCell(location) {
      workbook.select(location);
    },
    async insertExample() {
      workbook.setExample(workedExample());
      return { sheet: EXAMPLE_SHEET, address: 'A1' };
    },
    downloadQuotePdf,
  };
}
