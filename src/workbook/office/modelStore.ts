/**
 * The model JSON kept in the very hidden model sheet: read it back, or save the task pane's edits without
 * rebuilding the sheets. The JSON is cut into chunks under Excel's cell limit and kept in one of two
 * slots (registry.ts): a save writes the slot not in use and then names it in one last small request,
 * so whichever request fails, or is applied only in part, a reader finds the old model or the new one.
 *
 * That holds for one save at a time. The task pane autosaves shortly after each edit, and a large model
 * takes several requests, with `await context.sync()` between them: a second save started meanwhile
 * read the same slot pointer, wrote the same spare slot over the first save's chunks, and the two left
 * a mix of both models behind (broken JSON), or the older model last. A load could likewise read a slot
 * that a save cleared between two of its requests. So saves and slot reads take turns (`inTurn`).
 */
import type { ModelInput } from '../../engine/model/schema';
import { buildModelSheet } from '../build/modelSheet';
import { DEFAULT_SHEET_NAMES } from '../spec';
import {
  HISTORY_JSON_COL,
  MODEL_JSON_COLS,
  MODEL_JSON_FIRST_ROW,
  MODEL_JSON_HEADERS,
  MODEL_SLOT_LABEL,
  MODEL_SLOT_LABEL_AT,
  type ModelSlot,
  joinModelChunks,
  leadingChunks,
  liveModelSlot,
  modelChunks,
  otherModelSlot,
} from '../registry';
import { sheetNameKey } from '../names';
import { DEFAULT_REQUEST_BUDGET, jsonBytes } from './batcher';
import { textInput } from './cellInput';
import { StoredModelError, WorkbookBuildError, describeError, officeMessages } from './messages';
import { readWorkbookState, type WorkbookState } from './readState';
import { parseRangeAddress } from './rects';
import { type RenderWorkbookResult, renderWorkbook } from './renderWorkbook';
import { groupBySize } from './requestGroups';

/** JSON chunks (30,000 characters each, at most 32,767) per read request: a response of about 1 MB. */
const CHUNKS_PER_READ = 30;

/** The current name of the model sheet, from the registry, if the workbook has one. */
export function modelSheetName(state: WorkbookState): string | null {
  const entry = state.registry.find((e) => e.key === 'model');
  if (!entry) return null;
  return state.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(entry.sheet))?.name ?? null;
}

let lastTurn: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` after every save and slot read asked for before it has settled, whether it succeeded or
 * failed: saves land in the order they were made (the last edit wins) and never interleave their
 * requests. `work` must not itself wait for a turn (it would wait for itself).
 */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = lastTurn.then(work);
  lastTurn = turn.catch(() => undefined);
  return turn;
}

/** The slot in use and the last used row of the model sheet (one request). */
async function readSlots(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<{ live: ModelSlot; lastRow: number }> {
  const pointer = sheet.getRangeByIndexes(MODEL_SLOT_LABEL_AT.row, MODEL_SLOT_LABEL_AT.col, 1, 2).load('values');
  const used = sheet.getUsedRangeOrNullObject(true).load('address');
  await context.sync();
  return { live: liveModelSlot((pointer.values as unknown[][])[0]?.[1]), lastRow: used.isNullObject ? -1 : parseRangeAddress(used.address).lastRow };
}

/**
 * The chunks down column `col`, rows MODEL_JSON_FIRST_ROW to `lastRow`. All reads of one group are queued
 * and synced once; JSON over CHUNKS_PER_READ chunks takes one request per group, on purpose: a response
 * must stay well under Excel on the web's 5 MB, and the JSON can run to tens of megabytes.
 */
async function readChunks(context: Excel.RequestContext, sheet: Excel.Worksheet, col: number, lastRow: number): Promise<string[]> {
  const rows = lastRow - MODEL_JSON_FIRST_ROW + 1;
  const cells: unknown[] = [];
  for (const group of groupBySize(Array.from({ length: Math.max(0, rows) }, () => 1), CHUNKS_PER_READ)) {
    const range = sheet.getRangeByIndexes(MODEL_JSON_FIRST_ROW + group.start, col, group.count, 1).load('values');
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per group of CHUNKS_PER_READ chunks, not per item: Excel on the web caps a response at 5 MB (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization); the read takes its turn, so no save interleaves
    await context.sync(); // one bounded response per group (see above)
    cells.push(...(range.values as unknown[][]).map((row) => row[0]));
    if (leadingChunks(cells).length < cells.length) break; // the column ended in this group
  }
  return leadingChunks(cells);
}

/** The stored model in a workbook whose state was read: parsed JSON (not validated), or null. */
export async function loadStoredModel(context: Excel.RequestContext, state: WorkbookState): Promise<unknown> {
  const name = modelSheetName(state);
  if (name === null) return null;
  const chunks = await inTurn(async () => {
    const sheet = context.workbook.worksheets.getItem(name);
    const { live, lastRow } = await readSlots(context, sheet);
    return readChunks(context, sheet, MODEL_JSON_COLS[live], lastRow);
  });
  if (chunks.length === 0) return null;
  try {
    return JSON.parse(joinModelChunks(chunks)) as unknown;
  } catch (error) {
    throw new StoredModelError(officeMessages.badModelJson(describeError(error)));
  }
}

/** The change history's JSON kept on the model sheet (history/storedHistory.ts), or null when there is none. */
export async function loadHistoryJson(context: Excel.RequestContext, state: WorkbookState): Promise<string | null> {
  const name = modelSheetName(state);
  if (name === null) return null;
  const chunks = await inTurn(async () => {
    const sheet = context.workbook.worksheets.getItem(name);
    const { lastRow } = await readSlots(context, sheet);
    return readChunks(context, sheet, HISTORY_JSON_COL, lastRow);
  });
  return chunks.length === 0 ? null : joinModelChunks(chunks);
}

/**
 * The model stored in the workbook, parsed from JSON but not validated (load it with the engine's
 * model loader), or null when the workbook holds no Tiercraft model. Throws when the JSON is broken.
 */
export async function loadModel(context: Excel.RequestContext): Promise<unknown> {
  return loadStoredModel(context, await readWorkbookState(context));
}

/** Clears the chunk rows of `slot` down to `lastRow` (one small operation, whatever the rows). */
function clearSlot(sheet: Excel.Worksheet, slot: ModelSlot, lastRow: number): void {
  if (lastRow >= MODEL_JSON_FIRST_ROW) sheet.getRangeByIndexes(MODEL_JSON_FIRST_ROW, MODEL_JSON_COLS[slot], lastRow - MODEL_JSON_FIRST_ROW + 1, 1).clear('Contents');
}

/**
 * Stores `model` in the model sheet, replacing the previous JSON atomically (see the top of this file).
 * A workbook without a model sheet gets one (only the model sheet, registered; a clash with a user's
 * sheet picks a free name).
 */
export function saveModel(context: Excel.RequestContext, model: ModelInput, budget = DEFAULT_REQUEST_BUDGET): Promise<RenderWorkbookResult | null> {
  return inTurn(() => saveModelNow(context, model, budget));
}

async function saveModelNow(context: Excel.RequestContext, model: ModelInput, budget: number): Promise<RenderWorkbookResult | null> {
  const state = await readWorkbookState(context);
  const name = modelSheetName(state);
  if (name === null) {
    const modelSheet = buildModelSheet(DEFAULT_SHEET_NAMES.model, [], model);
    return renderWorkbook(context, { currency: model.currency, minorUnits: 2, sheets: [modelSheet] }, { onClash: async () => 'rename' });
  }
  const sheet = context.workbook.worksheets.getItem(name);
  const { live, lastRow } = await readSlots(context, sheet);
  const target = otherModelSlot(live);
  const values = modelChunks(JSON.stringify(model)).map((chunk) => [textInput(chunk)]);
  const groups = groupBySize(values.map((v) => jsonBytes(v) + 2), budget - 1_000);
  try {
    // The slot not in use: cleared, then written in as many requests as the size budget needs (one
    // sync per group, on purpose). A failure here leaves the slot in use, and the model, untouched.
    for (const [i, group] of groups.entries()) {
      if (i === 0) {
        clearSlot(sheet, target, lastRow);
        sheet.getRangeByIndexes(MODEL_JSON_FIRST_ROW - 1, MODEL_JSON_COLS[target], 1, 1).values = [[textInput(MODEL_JSON_HEADERS[target])]];
      }
      sheet.getRangeByIndexes(MODEL_JSON_FIRST_ROW + group.start, MODEL_JSON_COLS[target], group.count, 1).values = values.slice(group.start, group.start + group.count);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized group, not per chunk: Excel on the web caps a request at 5 MB (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization); saves take turns (inTurn), so two saves never interleave these requests
      await context.sync();
    }
    // One last small request names the new slot, then clears the old one: applied in part, it either
    // names nothing new (old model) or names the new slot first (new model).
    sheet.getRangeByIndexes(MODEL_SLOT_LABEL_AT.row, MODEL_SLOT_LABEL_AT.col, 1, 2).values = [[textInput(MODEL_SLOT_LABEL), target]];
    clearSlot(sheet, live, lastRow);
    await context.sync();
  } catch (error) {
    throw new WorkbookBuildError(officeMessages.modelNotSaved(name, describeError(error)), true, error);
  }
  return null;
}
