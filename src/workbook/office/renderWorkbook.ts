/**
 * Renders a workbook description live in Excel through Office.js. `Excel.run` stays with the caller
 * (the task pane's adapter), which passes its request context.
 *
 * The user's workbook stays theirs:
 * - sheets Tiercraft did not create (not in the registry) are never written, renamed or deleted; a
 *   wanted name held by one is resolved through `onClash` (a free name, or cancel before any write);
 * - Tiercraft's sheets are updated in place: its tables keep their names and places and are resized
 *   (never deleted and re-added), its other cells are rewritten, and nothing outside its previous and
 *   new footprint is touched, so every reference a user made into a Tiercraft sheet keeps working and
 *   what they added beside the tables stays, with the sheet's visibility, position and tab colour;
 * - a rebuild that would write over a user's cell stops before writing anything and names the cells;
 * - whatever the build may overwrite is read first (snapshot.ts), and any failure or cancellation puts
 *   it back (restore.ts).
 * Writes are whole 2D arrays in requests of bounded size (see batcher.ts).
 */
import { layoutProblems, sheetFootprint } from '../footprint';
import { workbookMessages } from '../messages';
import { type Rect, intersection, rectA1 } from '../rects';
import { DEFAULT_SHEET_NAMES, SHEET_KEYS, type CellAddress, type SheetKey, type SheetSpec, type WorkbookSpec } from '../spec';
import { Batcher, DEFAULT_REQUEST_BUDGET, type Step, throwIfAborted } from './batcher';
import { formatCodes } from './cellInput';
import { checkClaims } from './claims';
import { type NameSnapshot, nameSteps, queueNames } from './names';
import { WorkbookBuildError, WorkbookUnchangedError, describeError, officeMessages } from './messages';
import { type OwnRule, queueOwnRules } from './ownRules';
import { pageLayoutSteps, pageLayoutSupported } from './pageLayoutSteps';
import { type ClashChoice, resolveClashes } from './plan';
import { anchorsOf } from '../previousFootprint';
import { type PreviousSheet, footprintOf, readPrevious, registeredSheets } from './previous';
import { readWorkbookState, type WorkbookState } from './readState';
import { type RestorePlan, restoreWorkbook } from './restore';
import { CHART_PREFIX, sheetSteps, stepBytes, validationRects } from './sheetSteps';
import { type SheetSnapshot, columnBytes, takeSnapshots } from './snapshot';
import { clearSteps } from './updateSteps';

/** Where a description puts Tiercraft's sheets and tables in the workbook being updated. */
export interface WorkbookLayout {
  /** Each sheet's name: the registered sheet's current name, else the default. */
  readonly sheetNames: Readonly<Record<SheetKey, string>>;
  /** Where each of Tiercraft's tables stands now (lower-case name → header cell). */
  readonly anchors: ReadonlyMap<string, CellAddress>;
}

export type Describe = WorkbookSpec | ((layout: WorkbookLayout) => WorkbookSpec);

export interface RenderWorkbookOptions {
  /** Called after every request with the bytes written so far, the total, and the sheet being written. */
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /** Asked when a wanted sheet name is held by a sheet Tiercraft did not create. */
  readonly onClash: (name: string) => Promise<ClashChoice>;
  /** Cancels between requests; the workbook is then put back as it was. */
  readonly signal?: AbortSignal;
  /** Bytes per request (default 1 MB; Excel on the web rejects requests over 5 MB). */
  readonly requestBudget?: number;
  /**
   * The previous build's description in this layout (from the model stored in the workbook), so that a
   * failed rebuild can put Tiercraft's drop-down lists, conditional formats and charts back.
   */
  readonly describePrevious?: (layout: WorkbookLayout) => Promise<WorkbookSpec | null>;
  /**
   * Whether to set each sheet's page setup (Worksheet.pageLayout, ExcelApi 1.9); default: whether the
   * host supports ExcelApi 1.9. Without it the sheets are built without a page setup and the result says so.
   */
  readonly pageLayout?: boolean;
}

export interface RenderWorkbookResult {
  /** Every sheet written, by key, with its final name. */
  readonly sheets: readonly { readonly key: SheetKey; readonly name: string }[];
  /** Sheets that took another name because a user's sheet held the wanted one. */
  readonly renamed: readonly { readonly wanted: string; readonly chosen: string }[];
  /** Messages for the user (a renamed sheet). */
  readonly messages: readonly string[];
}

interface Prepared {
  readonly spec: WorkbookSpec;
  readonly renamed: readonly { readonly wanted: string; readonly chosen: string }[];
  readonly previous: ReadonlyMap<SheetKey, PreviousSheet>;
  readonly snapshots: ReadonlyMap<SheetKey, SheetSnapshot>;
  /** On each sheet being updated, where Tiercraft's drop-down lists of the previous and the new build stand. */
  readonly rules: ReadonlyMap<SheetKey, readonly Rect[]>;
  /** On each sheet being updated, Tiercraft's own conditional formats (a user's are never deleted). */
  readonly ownRules: ReadonlyMap<SheetKey, readonly OwnRule[]>;
  readonly previousSpec: WorkbookSpec | null;
  readonly charts: ReadonlyMap<SheetKey, readonly string[]>;
  /** Every chart on each sheet being updated, before the build (a chart not among them is the build's). */
  readonly chartsBefore: ReadonlyMap<SheetKey, readonly string[]>;
  /** Tiercraft's defined names of the sheets built, before the build. */
  readonly names: readonly NameSnapshot[];
}

export async function renderWorkbook(context: Excel.RequestContext, describe: Describe, options: RenderWorkbookOptions): Promise<RenderWorkbookResult> {
  const budget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
  throwIfAborted(options.signal);
  options.onProgress?.(0, 1, 'Reading the workbook');
  const prepared = await unchanged(() => prepare(context, describe, options));
  const { spec, previous } = prepared;

  const restorePlan: RestorePlan & { created: { id: string | null; name: string }[]; renamed: { id: string; name: string }[] } = {
    created: [],
    renamed: [],
    names: { before: prepared.names, keys: keysOf(spec) },
    updated: spec.sheets.flatMap((s) => {
      const snapshot = prepared.snapshots.get(s.key);
      if (!snapshot) return [];
      const before = prepared.previousSpec?.sheets.find((p) => p.key === s.key) ?? null;
      const p = previous.get(s.key) as PreviousSheet;
      const addedTables = s.tables.map((t) => t.name).filter((name) => !p.tables.has(name.toLowerCase()));
      const own = prepared.ownRules.get(s.key) ?? [];
      return [{ snapshot, addedTables, rules: prepared.rules.get(s.key) ?? [], previous: before, formats: { before: own, ours: [...own.map((r) => r.spec), ...s.conditionalFormats] }, charts: prepared.chartsBefore.get(s.key) ?? [] }];
    }),
  };
  try {
    await writeSheets(context, prepared, restorePlan, budget, options);
  } catch (error) {
    try {
      await restoreWorkbook(context, restorePlan, budget);
    } catch (restoreError) {
      throw new WorkbookBuildError(officeMessages.restoreFailed(describeError(error), describeError(restoreError)), false, error);
    }
    if (error instanceof WorkbookUnchangedError) throw error;
    throw new WorkbookBuildError(officeMessages.failed(describeError(error)), true, error);
  }
  options.onProgress?.(1, 1, 'Done');
  const skipped = !pageLayoutOn(options) && spec.sheets.some((s) => s.print !== undefined);
  const messages = [...prepared.renamed.map((r) => officeMessages.clashRenamed(r.wanted, r.chosen)), ...(skipped ? [officeMessages.pageLayoutUnsupported] : [])];
  return { sheets: spec.sheets.map((s) => ({ key: s.key, name: s.name })), renamed: prepared.renamed, messages };
}

/**
 * Where Tiercraft's drop-down lists stand on an updated sheet: the new ones, and the previous build's
 * (re-described), or its tables when the previous build cannot be described.
 */
function ruleAreas(next: SheetSpec, before: SheetSpec | null, p: PreviousSheet): Rect[] {
  const tables = [...p.tables.values()].map((t) => t.rect);
  const ours = [...tables, ...sheetFootprint(next).tables.map((t) => t.rect)];
  // Never beyond Tiercraft's tables, whatever the previous description says.
  const wanted = [...validationRects(next), ...(before ? validationRects(before) : tables)];
  return wanted.flatMap((r) => ours.map((o) => intersection(r, o)).filter((x): x is Rect => x !== null));
}

/**
 * Bytes a snapshot read may bring back: its estimate is an upper bound (twice the longest text of each
 * column), so it may take more than a write, still well under Excel on the web's 5 MB per response.
 */
const snapshotBudget = (requestBudget: number): number => Math.min(3_000_000, 2.5 * requestBudget);

const pageLayoutOn = (options: RenderWorkbookOptions): boolean => options.pageLayout ?? pageLayoutSupported();

const keysOf = (spec: WorkbookSpec): Set<SheetKey> => new Set(spec.sheets.map((s) => s.key));

/** Runs the steps that only read: a failure there leaves the workbook untouched by construction. */
async function unchanged<T>(steps: () => Promise<T>): Promise<T> {
  try {
    return await steps();
  } catch (error) {
    if (error instanceof WorkbookUnchangedError) throw error;
    throw new WorkbookBuildError(officeMessages.failed(describeError(error)), true, error);
  }
}

/** Each sheet's name: the registered sheet's current name, else the default. */
function currentNames(state: WorkbookState): Record<SheetKey, string> {
  const registered = registeredSheets(state);
  return Object.fromEntries(SHEET_KEYS.map((key) => [key, registered.get(key)?.sheet.name ?? DEFAULT_SHEET_NAMES[key]])) as Record<SheetKey, string>;
}

/** Reads the workbook, describes the build in its layout, checks it, and reads what it will overwrite. */
async function prepare(context: Excel.RequestContext, describe: Describe, options: RenderWorkbookOptions): Promise<Prepared> {
  const state = await readWorkbookState(context);
  const all = await readPrevious(context, state, new Set(SHEET_KEYS));
  const layout: WorkbookLayout = { sheetNames: currentNames(state), anchors: anchorsOf([...all.values()].map(footprintOf)) };
  const described = typeof describe === 'function' ? describe(layout) : describe;
  const ours = new Set([...all.entries()].filter(([key]) => described.sheets.some((s) => s.key === key)).map(([, p]) => p.sheet.id));
  const resolved = await resolveClashes(described, state, ours, options.onClash);
  throwIfAborted(options.signal);
  const spec = resolved.spec;
  const previous = new Map([...all].filter(([key]) => spec.sheets.some((s) => s.key === key)));
  const problems = [...layoutProblems(spec), ...placeProblems(spec, previous), ...tableNameProblems(spec, state, all)];
  if (problems.length > 0) throw new WorkbookUnchangedError('layout', workbookMessages.layout(problems));
  await checkClaims(context, spec, previous);
  throwIfAborted(options.signal);
  const previousSpec = previous.size > 0 && options.describePrevious ? await options.describePrevious(layout) : null;
  const chartLoads = [...previous].map(([key, p]) => ({ key, charts: context.workbook.worksheets.getItem(p.sheet.id).charts.load('items/name') }));
  const namesNow = queueNames(context, keysOf(spec));
  // Tiercraft's formats are those of the build that wrote them; without its description, those the new one would write again.
  const searched = [...previous].map(([key, p]) => ({ key, sheetId: p.sheet.id, rules: (previousSpec?.sheets.find((x) => x.key === key) ?? spec.sheets.find((x) => x.key === key))?.conditionalFormats ?? [] }));
  const formatsNow = queueOwnRules(context, searched);
  await context.sync();
  const names = namesNow();
  const formatDetails = formatsNow();
  if (formatDetails.needsSync) await context.sync();
  const ownRules = new Map(formatDetails.read().map((own, i) => [searched[i]?.key as SheetKey, own]));
  const chartsBefore = new Map(chartLoads.map(({ key, charts: c }) => [key, c.items.map((ch) => ch.name)]));
  const charts = new Map([...chartsBefore].map(([key, names]) => [key, names.filter((n) => n.startsWith(CHART_PREFIX))]));
  const updated = spec.sheets.flatMap((s) => {
    const p = previous.get(s.key);
    return p ? [{ key: s.key, area: { sheetId: p.sheet.id, columnBytes: columnBytes(s), previous: footprintOf(p), next: sheetFootprint(s), tables: [...p.tables.values()] } }] : [];
  });
  const taken = await takeSnapshots(context, updated.map((u) => u.area), snapshotBudget(options.requestBudget ?? DEFAULT_REQUEST_BUDGET));
  const snapshots = new Map(updated.map((u, i) => [u.key, taken[i] as SheetSnapshot]));
  throwIfAborted(options.signal);
  const rules = new Map(
    spec.sheets.flatMap((s) => {
      const p = previous.get(s.key);
      return p ? [[s.key, ruleAreas(s, previousSpec?.sheets.find((x) => x.key === s.key) ?? null, p)] as const] : [];
    }),
  );
  return { spec, renamed: resolved.renamed, previous, snapshots, rules, ownRules, previousSpec, charts, chartsBefore, names };
}

/** A table of the description that stands elsewhere than the table it updates (it is never moved). */
function placeProblems(spec: WorkbookSpec, previous: ReadonlyMap<SheetKey, PreviousSheet>): string[] {
  return spec.sheets.flatMap((s) =>
    s.tables.flatMap((t) => {
      const was = previous.get(s.key)?.tables.get(t.name.toLowerCase());
      if (!was || (was.rect.row === t.at.row && was.rect.col === t.at.col)) return [];
      return [officeMessages.tableMoved(s.name, t.name, rectA1(was.rect))];
    }),
  );
}

/** A table name of the description already held by a table that is not the one it updates. */
function tableNameProblems(spec: WorkbookSpec, state: WorkbookState, previous: ReadonlyMap<SheetKey, PreviousSheet>): string[] {
  const ours = new Set([...previous.values()].flatMap((p) => [...p.tables.keys()]));
  const taken = new Set(state.tables.map((t) => t.toLowerCase()));
  return spec.sheets.flatMap((s) => s.tables.filter((t) => taken.has(t.name.toLowerCase()) && !ours.has(t.name.toLowerCase())).map((t) => officeMessages.tableNameTaken(t.name)));
}

/** Adds the new sheets, renames updated ones if asked, then writes every sheet in bounded requests. */
async function writeSheets(
  context: Excel.RequestContext,
  prepared: Prepared,
  restorePlan: { created: { id: string | null; name: string }[]; renamed: { id: string; name: string }[] },
  budget: number,
  options: RenderWorkbookOptions,
): Promise<void> {
  const { spec, previous } = prepared;
  const worksheets = context.workbook.worksheets;
  const sheets = spec.sheets.map((s) => {
    const p = previous.get(s.key);
    if (p) {
      const sheet = worksheets.getItem(p.sheet.id);
      if (p.sheet.name !== s.name) {
        restorePlan.renamed.push({ id: p.sheet.id, name: p.sheet.name });
        sheet.name = s.name;
      }
      return { spec: s, sheet, p };
    }
    const created = { id: null as string | null, name: s.name };
    restorePlan.created.push(created);
    const sheet = worksheets.add(s.name);
    if (s.visibility === 'veryHidden') sheet.visibility = 'VeryHidden';
    sheet.load('id');
    return { spec: s, sheet, p, created };
  });
  await context.sync();
  for (const s of sheets) if (s.created) s.created.id = s.sheet.id;

  const formatCode = formatCodes(spec.currency, spec.minorUnits);
  const steps: Step[] = sheets.flatMap(({ spec: s, sheet, p }) => {
    const existingTables = new Map([...(p?.tables.values() ?? [])].map((t) => [t.name.toLowerCase(), t.name]));
    const target = { sheet, formatCode, chunkBytes: Math.floor(budget / 2), tableName: (t: { name: string }) => t.name, existingTables, newSheet: p === undefined };
    if (!p) return sheetSteps(target, s);
    const kept = new Set(s.tables.map((t) => t.name.toLowerCase()));
    const droppedTables = [...p.tables.values()].filter((t) => !kept.has(t.name.toLowerCase())).map((t) => t.name);
    const clear = clearSteps(sheet, { previous: footprintOf(p), next: sheetFootprint(s), rules: prepared.rules.get(s.key) ?? [], formats: (prepared.ownRules.get(s.key) ?? []).map((r) => r.format), charts: prepared.charts.get(s.key) ?? [], droppedTables }, s.name);
    return [...clear, ...sheetSteps(target, s)];
  });
  const keys = keysOf(spec);
  steps.push(...nameSteps(context, prepared.names, (spec.names ?? []).filter((n) => keys.has(n.key)), 'Names'));
  // Last, so that a build failing before them leaves every page setup as it was (pageLayoutSteps.ts).
  if (pageLayoutOn(options)) steps.push(...sheets.flatMap(({ spec: s, sheet }) => pageLayoutSteps(sheet, s)));
  const batcher = new Batcher(context, { budget, total: stepBytes(steps), onProgress: options.onProgress, signal: options.signal });
  for (const step of steps) await batcher.add(step);
  await batcher.flush();
  throwIfAborted(options.signal);
}
