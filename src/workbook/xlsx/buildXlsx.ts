/**
 * Build a model into an .xlsx: a new workbook, or an update of an existing one that keeps everything
 * Tiercraft did not write. Pure in/out bytes (Node and browser); the CLI adds the file handling.
 *
 * Updating an existing workbook (see docs/workbook.md):
 * - sheets are found through the registry (renamed sheets included); a sheet Tiercraft did not create is
 *   never written to: a wanted name it holds is a clash (SheetClashError) unless `renameOnClash`;
 * - Tiercraft's tables stay where they stand and keep their names; on each of its sheets only its own
 *   content changes (updateSheet.ts): its tables, loose cells, and the rules within its footprint;
 * - refused before anything is written (UpdateConflictError): a rebuild whose tables would now cover
 *   cells holding a user's value, formula or note, or whose pieces would overlap;
 * - exceljs cannot carry charts, pictures, pivot tables or macros through a load and save: a workbook
 *   holding any outside Tiercraft's charts is refused (UnsafeUpdateError) rather than silently losing them.
 */
import type ExcelJS from 'exceljs';
import type { Model, ModelInput } from '../../engine/model/schema';
import { describeWorkbook } from '../build/describeWorkbook';
import type { BuildPlace } from '../history/buildRecord';
import { type FoundHistory, nextHistory } from '../history/nextHistory';
import { NO_HISTORY, parseStoredHistory } from '../history/storedHistory';
import { claimedRects, layoutProblems, sheetFootprint } from '../footprint';
import { workbookMessages } from '../messages';
import { planSheetNames, type RegistryEntry, REGISTRY_TABLE, type SheetNamePlan } from '../registry';
import type { SheetKey, WorkbookSpec } from '../spec';
import { addCharts } from './charts';
import { putDefinedNames, userDefinedNames } from './definedNames';
import { type PackageInfo, preparePackage } from './package';
import { anchorsOf } from '../previousFootprint';
import { filledCellsIn, type PreviousSheet, previousSheet } from './previous';
import { findModelSheet, loadXlsx, readRegistry } from './readXlsx';
import { renderXlsx } from './renderXlsx';
import { UnsafeUpdateError, UpdateConflictError, type UserCells } from './updateErrors';
import { updateSheet } from './updateSheet';
import { writeSheet } from './writeSheet';

export { UnsafeUpdateError, UpdateConflictError };

export interface BuildXlsxOptions {
  /** Sheet names asked for (others: the registry's current names, else the defaults). */
  readonly sheetNames?: Partial<Record<SheetKey, string>>;
  readonly renameOnClash?: boolean;
  /** The workbook to update, if any. */
  readonly existing?: Uint8Array;
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /**
   * Who builds, and where: the build adds its record to the workbook's change history (kept from the
   * workbook updated). Without it the History sheet is left empty.
   */
  readonly record?: { readonly by: string; readonly where: BuildPlace; readonly at?: Date };
}

export interface BuildXlsxResult {
  readonly bytes: Uint8Array;
  readonly spec: WorkbookSpec;
  readonly plan: SheetNamePlan;
}

export async function buildXlsx(model: Model, source: ModelInput, options: BuildXlsxOptions = {}): Promise<BuildXlsxResult> {
  if (options.existing === undefined) {
    const plan = planSheetNames({ wanted: options.sheetNames, existing: [], registry: [], renameOnClash: options.renameOnClash ?? false });
    const history = options.record === undefined ? undefined : await nextHistory(NO_HISTORY, { model, ...options.record });
    const spec = describeWorkbook(model, { sheetNames: plan.names, source, ...(history ? { history } : {}) });
    return { bytes: await renderXlsx(spec, { onProgress: options.onProgress }), spec, plan };
  }
  const prepared = await preparePackage(options.existing).catch((e: unknown) => {
    throw new UnsafeUpdateError(workbookMessages.unreadable(e instanceof Error ? e.message : String(e)));
  });
  const wb = await loadXlsx(prepared.bytes).catch((e: unknown) => {
    throw new UnsafeUpdateError(workbookMessages.unreadable(e instanceof Error ? e.message : String(e)));
  });
  const { registry, modelJson, historyJson } = readRegistry(wb);
  const history = options.record === undefined ? undefined : await nextHistory(foundHistory(historyJson, modelJson), { model, ...options.record });
  const plan = planSheetNames({ wanted: options.sheetNames, existing: wb.worksheets.map((w) => w.name), registry, renameOnClash: options.renameOnClash ?? false });
  const previous = previousSheets(wb, registry, plan);
  refuseLosses(prepared.info, new Set([...previous.values()].map((p) => p.ws.name)));
  const spec = describeWorkbook(model, { sheetNames: plan.names, source, anchors: anchorsOf([...previous.values()].map((p) => p.footprint)), ...(history ? { history } : {}) });
  refuseConflicts(spec, previous);
  spec.sheets.forEach((sheet, i) => {
    const before = previous.get(sheet.key);
    if (before !== undefined) updateSheet(before, sheet, spec);
    else writeSheet(wb.addWorksheet(sheet.name), sheet, spec);
    options.onProgress?.(i + 1, spec.sheets.length, sheet.name);
  });
  const buffer = await wb.xlsx.writeBuffer();
  const withNames = await putDefinedNames(await addCharts(new Uint8Array(buffer as ArrayBuffer), spec), await userDefinedNames(options.existing), spec.names ?? [], spec.sheets);
  return { bytes: withNames, spec, plan };
}

/** The history an existing workbook keeps, with its stored model for when the last build's is missing. */
function foundHistory(historyJson: string | null, modelJson: string | null): FoundHistory {
  const found = parseStoredHistory(historyJson);
  if (found.built !== null || modelJson === null) return found;
  try {
    return { ...found, stored: JSON.parse(modelJson) as unknown };
  } catch {
    return found;
  }
}

/** Tiercraft's sheets being updated, by key, with what the previous build left on them. */
function previousSheets(wb: ExcelJS.Workbook, registry: readonly RegistryEntry[], plan: SheetNamePlan): Map<SheetKey, PreviousSheet> {
  const out = new Map<SheetKey, PreviousSheet>();
  for (const key of plan.update) {
    const entry = registry.find((e) => e.key === key);
    const ws = entry === undefined ? undefined : wb.getWorksheet(entry.sheet);
    if (entry !== undefined && ws !== undefined) out.set(key, previousSheet(ws, key, entry));
  }
  // A model sheet the registry does not list (a damaged registry) is still Tiercraft's own.
  const modelSheet = findModelSheet(wb);
  if (!out.has('model') && modelSheet !== undefined) out.set('model', previousSheet(modelSheet, 'model', { tables: [REGISTRY_TABLE], cells: null }));
  return out;
}

/** Refuses an update when the package holds parts a load and save through exceljs would drop. */
function refuseLosses(info: PackageInfo, tiercraftSheets: ReadonlySet<string>): void {
  if (info.pivotTables) throw new UnsafeUpdateError(workbookMessages.pivotTables);
  if (info.macros) throw new UnsafeUpdateError(workbookMessages.macros);
  for (const [sheet, holds] of info.drawings) {
    if (!tiercraftSheets.has(sheet)) throw new UnsafeUpdateError(workbookMessages.drawings(sheet));
    if (holds !== 'charts') throw new UnsafeUpdateError(workbookMessages.drawingsOnTiercraftSheet(sheet));
  }
}

/** Refuses a rebuild whose pieces overlap, or whose footprint claims cells holding a user's content. */
function refuseConflicts(spec: WorkbookSpec, previous: ReadonlyMap<SheetKey, PreviousSheet>): void {
  const problems = layoutProblems(spec);
  if (problems.length > 0) throw UpdateConflictError.layout(problems);
  const found: UserCells[] = [];
  for (const sheet of spec.sheets) {
    const before = previous.get(sheet.key);
    if (before === undefined) continue;
    const cells = filledCellsIn(before.ws, claimedRects(sheetFootprint(sheet), before.footprint));
    if (cells.length > 0) found.push({ sheet: before.ws.name, cells });
  }
  if (found.length > 0) throw UpdateConflictError.userCells(found);
}
