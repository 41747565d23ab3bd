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
import { WorkbookBuildError, describeError, officeMessages } from './messages';
import { readWorkbookState, type WorkbookState } from './readState';
import { parseRangeAddress } from './rects';
import { type RenderWorkbookResult, renderWorkbook } from './renderWorkbook';

const FIRST_CHUNK_ROW = REGISTRY_AT.row + 1;

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
  const range = sheet.getRangeByIndexes(FIRST_CHUNK_ROW, MODEL_JSON_COL, lastRow - FIRST_CHUNK_ROW + 1, 1).load('values');
  await context.sync();
  const chunks = (range.values as unknown[][]).map((row) => row[0]).filter((v): v is string => typeof v === 'string' && v !== '');
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
    throw new Error(officeMessages.badModelJson(describeError(error)));
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
  const values = Array.from({ length: rows }, (_, i) => [chunks[i] ?? '']);
  const range = context.workbook.worksheets.getItem(name).getRangeByIndexes(FIRST_CHUNK_ROW, MODEL_JSON_COL, rows, 1);
  range.numberFormat = values.map(() => ['@']);
  range.values = values;
  try {
    await context.sync();
  } catch (error) {
    throw new WorkbookBuildError(`The model could not be saved in ${name}!${columnLetters(MODEL_JSON_COL)}${FIRST_CHUNK_ROW + 1} (${describeError(error)}).`, true, error);
  }
  return null;
}
