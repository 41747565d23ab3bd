/**
 * The model JSON kept in the very hidden model sheet (column G from row 5, in chunks under Excel's cell
 * limit): read it back, or save the task pane's edits without rebuilding the sheets.
 */
import type { ModelInput } from '../../engine/model/schema';
import { buildModelSheet } from '../build/modelSheet';
import { DEFAULT_SHEET_NAMES } from '../spec';
import { MODEL_JSON_COL, REGISTRY_AT, joinModelChunks, modelChunks } from '../registry';
import { sheetNameKey } from '../names';
import { columnLetters } from '../a1';
import { StoredModelError, WorkbookBuildError, describeError, officeMessages } from './messages';
import { readWorkbookState, type WorkbookState } from './readState';
import { parseRangeAddress } from './rects';
import { type RenderWorkbookResult, renderWorkbook } from './renderWorkbook';

const FIRST_CHUNK_ROW = REGISTRY_AT.row + 1;
/** JSON chunks (30,000 characters each) per request, read or written: about 1 MB. */
const CHUNKS_PER_REQUEST = 30;

/** The current name of the model sheet, from the registry, if the workbook has one. */
export function modelSheetName(state: WorkbookState): string | null {
  const entry = state.registry.find((e) => e.key === 'model');
  if (!entry) return null;
  return state.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(entry.sheet))?.name ?? null;
}

/** The model JSON cells of the model sheet, as text (one sync after the registry's two). */
async function readChunks(context: Excel.RequestContext, sheetName: string): Promise<{ chunks: string[]; lastRow: number }> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true).load('address');
  await context.sync();
  const lastRow = used.isNullObject ? -1 : parseRangeAddress(used.address).lastRow;
  if (lastRow < FIRST_CHUNK_ROW) return { chunks: [], lastRow };
  const chunks: string[] = [];
  for (let row = FIRST_CHUNK_ROW; row <= lastRow; row += CHUNKS_PER_REQUEST) {
    const rows = Math.min(CHUNKS_PER_REQUEST, lastRow - row + 1);
    const range = sheet.getRangeByIndexes(row, MODEL_JSON_COL, rows, 1).load('values');
    await context.sync();
    for (const [v] of range.values as unknown[][]) if (typeof v === 'string' && v !== '') chunks.push(v);
  }
  return { chunks, lastRow };
}

/**
 * The model stored in the workbook, parsed from JSON but not validated (load it with the engine's
 * model loader), or null when the workbook holds no Tiercraft model. Throws when the JSON is broken.
 */
export async function loadModel(context: Excel.RequestContext): Promise<unknown> {
  const state = await readWorkbookState(context);
  const name = modelSheetName(state);
  if (name === null) return null;
  const { chunks } = await readChunks(context, name);
  if (chunks.length === 0) return null;
  try {
    return JSON.parse(joinModelChunks(chunks)) as unknown;
  } catch (error) {
    throw new StoredModelError(officeMessages.badModelJson(describeError(error)));
  }
}

/**
 * Stores `model` in the model sheet, replacing the previous JSON. A workbook without a model sheet gets
 * one (only the model sheet, registered; a clash with a user's sheet picks a free name).
 */
export async function saveModel(context: Excel.RequestContext, model: ModelInput): Promise<RenderWorkbookResult | null> {
  const state = await readWorkbookState(context);
  const name = modelSheetName(state);
  const json = JSON.stringify(model);
  if (name === null) {
    const modelSheet = buildModelSheet(DEFAULT_SHEET_NAMES.model, [], model);
    return renderWorkbook(context, { currency: model.currency, minorUnits: 2, sheets: [modelSheet] }, { onClash: async () => 'rename' });
  }
  const { lastRow } = await readChunks(context, name);
  const chunks = modelChunks(json);
  const rows = Math.max(chunks.length, lastRow - FIRST_CHUNK_ROW + 1);
  const sheet = context.workbook.worksheets.getItem(name);
  // One request up to about 0.9 MB of JSON (a failure leaves the stored model whole); a larger model
  // takes several, and a failure between them leaves a stored JSON that loadModel reports as broken
  // (a rebuild, which swaps in a whole new model sheet, stores it atomically).
  const starts = Array.from({ length: Math.ceil(rows / CHUNKS_PER_REQUEST) }, (_, i) => i * CHUNKS_PER_REQUEST);
  try {
    for (const start of starts) {
      const values = Array.from({ length: Math.min(CHUNKS_PER_REQUEST, rows - start) }, (_, i) => [chunks[start + i] ?? '']);
      const range = sheet.getRangeByIndexes(FIRST_CHUNK_ROW + start, MODEL_JSON_COL, values.length, 1);
      range.numberFormat = values.map(() => ['@']);
      range.values = values;
      await context.sync();
    }
  } catch (error) {
    throw new WorkbookBuildError(`The model could not be saved in ${name}!${columnLetters(MODEL_JSON_COL)}${FIRST_CHUNK_ROW + 1} (${describeError(error)}).`, true, error);
  }
  return null;
}
