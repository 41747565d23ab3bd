/**
 * The .xlsx renderer: a WorkbookSpec → the bytes of an .xlsx file, with exceljs (Node and browser).
 * Formula cells carry their cached results; charts are added to the package afterwards (charts.ts).
 */
import ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../spec';
import { addCharts } from './charts';
import { putDefinedNames } from './definedNames';
import { writeSheet } from './writeSheet';

export interface RenderOptions {
  /** Called after each sheet is written (done, total). */
  readonly onProgress?: (done: number, total: number, sheet: string) => void;
}

/** Renders a new workbook holding exactly the described sheets. */
export async function renderXlsx(spec: WorkbookSpec, options: RenderOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tiercraft';
  wb.calcProperties.fullCalcOnLoad = true;
  spec.sheets.forEach((sheet, i) => {
    const ws = wb.addWorksheet(sheet.name);
    writeSheet(ws, sheet, spec);
    options.onProgress?.(i + 1, spec.sheets.length, sheet.name);
  });
  const buffer = await wb.xlsx.writeBuffer();
  return putDefinedNames(await addCharts(new Uint8Array(buffer as ArrayBuffer), spec), [], spec.names ?? [], spec.sheets);
}
