/**
 * Build a model into an .xlsx: a new workbook, or an update of an existing one that keeps everything
 * Tiercraft did not write. Pure in/out bytes (Node and browser); the CLI adds the file handling.
 *
 * Updating an existing workbook:
 * - sheets are found through the registry (renamed sheets included); a sheet Tiercraft did not create is
 *   never written to: a wanted name it holds is a clash (SheetClashError) unless `renameOnClash`;
 * - on a registered sheet, only what Tiercraft wrote last time is cleared (its tables' ranges, their
 *   captions, the title and note, validations and conditional formats inside those ranges), so cells a
 *   user added beside the tables stay;
 * - exceljs cannot carry charts, pivot tables or macros through a load and save: a workbook holding any
 *   outside Tiercraft's chart sheets is refused (UnsafeUpdateError) rather than silently losing them.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Model, ModelInput } from '../../engine/model/schema';
import { describeWorkbook } from '../build/describeWorkbook';
import { planSheetNames, type SheetNamePlan } from '../registry';
import type { SheetKey, WorkbookSpec } from '../spec';
import { addCharts } from './charts';
import { findModelSheet, loadXlsx, readRegistry, tablesOf } from './readXlsx';
import { renderXlsx } from './renderXlsx';
import { writeSheet } from './writeSheet';

export interface BuildXlsxOptions {
  /** Sheet names asked for (others: the registry's current names, else the defaults). */
  readonly sheetNames?: Partial<Record<SheetKey, string>>;
  readonly renameOnClash?: boolean;
  /** The workbook to update, if any. */
  readonly existing?: Uint8Array;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface BuildXlsxResult {
  readonly bytes: Uint8Array;
  readonly spec: WorkbookSpec;
  readonly plan: SheetNamePlan;
}

/** An update would lose content exceljs cannot keep. */
export class UnsafeUpdateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeUpdateError';
  }
}

export async function buildXlsx(model: Model, source: ModelInput, options: BuildXlsxOptions = {}): Promise<BuildXlsxResult> {
  if (options.existing === undefined) {
    const plan = planSheetNames({ wanted: options.sheetNames, existing: [], registry: [], renameOnClash: options.renameOnClash ?? false });
    const spec = describeWorkbook(model, { sheetNames: plan.names, source });
    return { bytes: await renderXlsx(spec, { onProgress: options.onProgress }), spec, plan };
  }
  const wb = await loadXlsx(options.existing);
  const { registry } = readRegistry(wb);
  const plan = planSheetNames({ wanted: options.sheetNames, existing: wb.worksheets.map((w) => w.name), registry, renameOnClash: options.renameOnClash ?? false });
  const ours = new Map(registry.map((e) => [e.key, e]));
  await refuseLosses(options.existing, new Set(plan.update.map((k) => ours.get(k)?.sheet ?? '')));
  const spec = describeWorkbook(model, { sheetNames: plan.names, source });
  spec.sheets.forEach((sheet, i) => {
    const entry = plan.update.includes(sheet.key) ? ours.get(sheet.key) : undefined;
    const found = entry !== undefined ? wb.getWorksheet(entry.sheet) : undefined;
    const ws = found ?? (sheet.key === 'model' ? (findModelSheet(wb) ?? wb.addWorksheet(sheet.name)) : wb.addWorksheet(sheet.name));
    if (found !== undefined || sheet.key === 'model') clearTiercraftContent(ws);
    ws.name = sheet.name;
    writeSheet(ws, sheet, spec);
    options.onProgress?.(i + 1, spec.sheets.length, sheet.name);
  });
  const buffer = await wb.xlsx.writeBuffer();
  return { bytes: await addCharts(new Uint8Array(buffer as ArrayBuffer), spec), spec, plan };
}

/** Clears what a previous build wrote on a registered sheet: tables, captions, title, note and their rules. */
function clearTiercraftContent(ws: ExcelJS.Worksheet): void {
  const ranges = [...tablesOf(ws).values()];
  for (const name of tablesOf(ws).keys()) ws.removeTable(name);
  const clear = (row: number, col: number): void => {
    const cell = ws.getCell(row + 1, col + 1);
    cell.value = null;
    cell.style = {};
    const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations;
    delete dv.model[cell.address];
  };
  clear(0, 0);
  clear(1, 0);
  for (const { from, to } of ranges) {
    if (from.row > 0) clear(from.row - 1, from.col);
    for (let r = from.row; r <= to.row; r += 1) for (let c = from.col; c <= to.col; c += 1) clear(r, c);
  }
  const cfs = (ws as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings;
  if (cfs !== undefined) cfs.length = 0;
}

/** Refuses an update when the package holds parts a load and save through exceljs would drop. */
async function refuseLosses(bytes: Uint8Array, tiercraftSheets: ReadonlySet<string>): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  if (zip.file(/^xl\/pivotTables\//).length > 0) throw new UnsafeUpdateError('The workbook holds pivot tables, which this tool cannot carry through an update; nothing was changed. Update it in Excel with the add-in, or build into a new file.');
  if (zip.file('xl/vbaProject.bin') !== null) throw new UnsafeUpdateError('The workbook holds macros, which this tool cannot carry through an update; nothing was changed.');
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1]?.replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"') ?? '';
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
    const path = (target?.[1] ?? target?.[2] ?? '').replace(/^\/?(xl\/)?/, '');
    const sheetRels = (await zip.file(`xl/${path.replace(/([^/]+)$/, '_rels/$1.rels')}`)?.async('string')) ?? '';
    if (/relationships\/drawing"/.test(sheetRels) && !tiercraftSheets.has(name)) {
      throw new UnsafeUpdateError(`Sheet '${name}' holds charts or drawings, which this tool cannot carry through an update; nothing was changed. Update it in Excel with the add-in, or build into a new file.`);
    }
  }
}
