/**
 * Renders a workbook description live in Excel through Office.js. `Excel.run` stays with the caller
 * (the task pane's adapter), which passes its request context.
 *
 * Nothing is lost:
 * - sheets Tiercraft did not create (not in the registry) are never written, renamed or deleted; a
 *   wanted name held by one is resolved through `onClash` (a free name, or cancel before any write);
 * - every sheet is built under a temporary hidden name; a rebuilt sheet starts as a copy of the previous
 *   one, so what a user added beside Tiercraft's tables stays, and a new table that would cover a user's
 *   cell stops the build before anything is written;
 * - the finished sheets are swapped in only when everything is written (see swap.ts); any failure,
 *   including one in the swap, deletes what the build created and restores the previous sheets.
 * Writes are whole 2D arrays in requests of bounded size (see batcher.ts).
 */
import type { SheetKey, WorkbookSpec } from '../spec';
import { Batcher, DEFAULT_REQUEST_BUDGET, type Step, throwIfAborted } from './batcher';
import { formatCodes } from './cellInput';
import { WorkbookBuildError, WorkbookUnchangedError, describeError, officeMessages } from './messages';
import { type ClashChoice, freeNames, freeTableName, resolveClashes } from './plan';
import { type PreviousLayout, checkUserCells, clearPreviousContent, keepsUserContent, readPreviousLayout } from './previousSheets';
import { type SheetInfo, readWorkbookState } from './readState';
import { renameSpecSheets } from './renameSheets';
import { sheetSteps, stepBytes } from './sheetSteps';
import { type Incoming, type Outgoing, type SwapPlan, dropBackups, remainingBackups, restoreWorkbook, swapIn } from './swap';

export interface RenderWorkbookOptions {
  /** Called after every request with the bytes written so far, the total, and the sheet being written. */
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /** Asked when a wanted sheet name is held by a sheet Tiercraft did not create. */
  readonly onClash: (name: string) => Promise<ClashChoice>;
  /** Cancels between requests, until the finished sheets are swapped in. */
  readonly signal?: AbortSignal;
  /** Bytes per request (default 1 MB; Excel on the web rejects requests over 5 MB). */
  readonly requestBudget?: number;
}

export interface RenderWorkbookResult {
  /** Every sheet written, by key, with its final name. */
  readonly sheets: readonly { readonly key: SheetKey; readonly name: string }[];
  /** Sheets that took another name because a user's sheet held the wanted one. */
  readonly renamed: readonly { readonly wanted: string; readonly chosen: string }[];
  /** Messages for the user (a renamed sheet, backups that could not be removed). */
  readonly messages: readonly string[];
}

const TEMP_STEM = 'Tiercraft build';
const BACKUP_STEM = 'Tiercraft old';
/** Hidden sheets an interrupted build (Excel closed mid-way) left behind; removed with the backups. */
const LEFTOVER = /^Tiercraft (build|old) \d+$/;

export async function renderWorkbook(context: Excel.RequestContext, spec: WorkbookSpec, options: RenderWorkbookOptions): Promise<RenderWorkbookResult> {
  const budget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
  throwIfAborted(options.signal);
  options.onProgress?.(0, 1, 'Reading the workbook');
  const { state, wanted, renamed, previous, layouts } = await unchanged(async () => {
    const read = await readWorkbookState(context);
    const resolved = await resolveClashes(spec, read, options.onClash);
    throwIfAborted(options.signal);
    const previousLayouts = await readPreviousLayout(context, resolved.previous, read.tables);
    await checkUserCells(context, resolved.spec, resolved.previous, previousLayouts);
    throwIfAborted(options.signal);
    return { state: read, wanted: resolved.spec, renamed: resolved.renamed, previous: resolved.previous, layouts: previousLayouts };
  });

  const takenSheets = [...state.sheets.map((s) => s.name), ...wanted.sheets.map((s) => s.name)];
  const temps = freeNames(TEMP_STEM, wanted.sheets.length, takenSheets);
  const backups = freeNames(BACKUP_STEM, previous.size, [...takenSheets, ...temps]);
  const takenTables = new Set([...state.tables, ...wanted.sheets.flatMap((s) => s.tables.map((t) => t.name))].map((t) => t.toLowerCase()));
  const existingTables = new Set(state.tables.map((t) => t.toLowerCase()));
  const incoming: Incoming[] = wanted.sheets.map((s, i) => {
    const prev = previous.get(s.key);
    return {
      id: null,
      tempName: temps[i] as string,
      finalName: s.name,
      visibility: s.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible',
      tables: s.tables.map((t) => ({ from: freeTableName(t.name, '_tcnew', takenTables), to: t.name })),
      copyOf: prev && keepsUserContent(s.key, prev.sheet) ? prev.sheet.name : null,
    };
  });
  const outgoing: Outgoing[] = [...previous.values()].map((p, i) => ({
    sheet: p.sheet,
    backupName: backups[i] as string,
    tables: p.tables.filter((t) => existingTables.has(t.toLowerCase())).map((t) => ({ from: t, to: freeTableName(t, '_tcold', takenTables) })),
  }));
  const leftovers = state.sheets.filter((s) => s.visibility !== 'Visible' && LEFTOVER.test(s.name)).map((sheet) => ({ sheet, backupName: sheet.name, tables: [] }));
  const plan: SwapPlan = { outgoing: [...outgoing, ...leftovers], incoming };
  const tempSpec = renameSpecSheets(wanted, new Map(incoming.map((inc) => [inc.finalName, inc.tempName])), false);

  const restore = async (error: unknown): Promise<never> => {
    try {
      await restoreWorkbook(context, state.sheets, plan);
    } catch (restoreError) {
      throw new WorkbookBuildError(officeMessages.restoreFailed(describeError(error), describeError(restoreError), temps), false, error);
    }
    if (error instanceof WorkbookUnchangedError) throw error;
    throw new WorkbookBuildError(officeMessages.failed(describeError(error)), true, error);
  };

  try {
    await writeSheets(context, tempSpec, wanted, plan, previous, layouts, budget, options);
  } catch (error) {
    return restore(error);
  }
  try {
    await swapIn(context, plan);
  } catch (error) {
    return restore(error);
  }
  const messages = renamed.map((r) => officeMessages.clashRenamed(r.wanted, r.chosen));
  try {
    await dropBackups(context, plan);
  } catch (error) {
    messages.push(...(await finishDespite(context, plan, state.sheets, error, restore)));
  }
  options.onProgress?.(1, 1, 'Done');
  return { sheets: wanted.sheets.map((s) => ({ key: s.key, name: s.name })), renamed, messages };
}

/** Runs the steps that only read: a failure there leaves the workbook untouched by construction. */
async function unchanged<T>(steps: () => Promise<T>): Promise<T> {
  try {
    return await steps();
  } catch (error) {
    if (error instanceof WorkbookUnchangedError) throw error;
    throw new WorkbookBuildError(officeMessages.failed(describeError(error)), true, error);
  }
}

/** After a failed final step: restore if no backup went yet; otherwise finish removing them. */
async function finishDespite(context: Excel.RequestContext, plan: SwapPlan, _before: readonly SheetInfo[], error: unknown, restore: (e: unknown) => Promise<never>): Promise<string[]> {
  let left;
  try {
    left = await remainingBackups(context, plan);
  } catch {
    left = plan.outgoing;
  }
  if (left.length === plan.outgoing.length) return restore(error);
  try {
    await dropBackups(context, { outgoing: left, incoming: [] });
    return [];
  } catch {
    return [officeMessages.cleanupPending(left.map((o) => o.backupName))];
  }
}

/** Creates the temporary sheets (copies of previous ones where user content is kept), clears, writes. */
async function writeSheets(
  context: Excel.RequestContext,
  tempSpec: WorkbookSpec,
  wanted: WorkbookSpec,
  plan: SwapPlan,
  previous: ReadonlyMap<SheetKey, { readonly sheet: SheetInfo; readonly tables: readonly string[] }>,
  layouts: ReadonlyMap<SheetKey, PreviousLayout>,
  budget: number,
  options: RenderWorkbookOptions,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const created = tempSpec.sheets.map((sheetSpec, i) => {
    const inc = plan.incoming[i] as Incoming;
    const prev = previous.get(sheetSpec.key);
    const sheet = inc.copyOf !== null && prev ? worksheets.getItem(prev.sheet.id).copy('After', worksheets.getItem(prev.sheet.id)) : worksheets.add(inc.tempName);
    sheet.name = inc.tempName;
    sheet.visibility = 'Hidden';
    sheet.load('id');
    const tables = inc.copyOf !== null ? sheet.tables.load('items/name') : null;
    const charts = inc.copyOf !== null ? sheet.charts.load('items/name') : null;
    return { sheetSpec, inc, sheet, tables, charts };
  });
  await context.sync();
  created.forEach((c) => (c.inc.id = c.sheet.id));
  const copies = created.filter((c) => c.tables !== null);
  const tableRanges = copies.map((c) => (c.tables as Excel.TableCollection).items.map((table) => ({ table, range: table.getRange().load('address') })));
  if (copies.length > 0) await context.sync();
  copies.forEach((c, i) => {
    const layout = layouts.get(c.sheetSpec.key);
    const next = wanted.sheets.find((s) => s.key === c.sheetSpec.key);
    if (!layout || !next) return;
    const tables = (tableRanges[i] ?? []).map((t) => ({ table: t.table, address: t.range.address }));
    clearPreviousContent(c.sheet, tables, (c.charts as Excel.ChartCollection).items.map((ch) => ch.name), layout, next);
  });

  const formatCode = formatCodes(tempSpec.currency, tempSpec.minorUnits);
  const steps: Step[] = created.flatMap(({ sheetSpec, inc, sheet }) => {
    const tempTable = new Map(inc.tables.map((t) => [t.to, t.from]));
    return sheetSteps({ sheet, formatCode, chunkBytes: Math.floor(budget / 2), tableName: (t) => tempTable.get(t.name) ?? t.name }, sheetSpec);
  });
  const batcher = new Batcher(context, { budget, total: stepBytes(steps), onProgress: options.onProgress, signal: options.signal });
  for (const step of steps) await batcher.add(step);
  await batcher.flush();
  throwIfAborted(options.signal);
}
