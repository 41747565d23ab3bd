/** Downloads a workbook description as an .xlsx file; the renderer (and exceljs) load only when asked. */
import type { WorkbookSpec } from '../workbook/spec';

export async function downloadXlsx(spec: WorkbookSpec, fileName = 'tiercraft.xlsx'): Promise<string> {
  const { renderXlsx } = await import(/* webpackChunkName: "xlsx-renderer" */ '../workbook/xlsx/renderXlsx');
  const bytes = await renderXlsx(spec);
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return fileName;
}
