/** Downloads a workbook description as an .xlsx file; the renderer (and exceljs) load only when asked. */
import type { WorkbookSpec } from '../workbook/spec';
import { saveFile } from './saveFile';

export async function downloadXlsx(spec: WorkbookSpec, fileName = 'tiercraft.xlsx'): Promise<string> {
  const { renderXlsx } = await import(/* webpackChunkName: "xlsx-renderer" */ '../workbook/xlsx/renderXlsx');
  saveFile(await renderXlsx(spec), fileName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return fileName;
}
