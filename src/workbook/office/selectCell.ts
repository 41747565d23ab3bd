/** Brings a cell into view and selects it (the Checks list's links). */
import { officeMessages } from './messages';

export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load('name');
  await context.sync();
  if (sheet.isNullObject) throw new Error(officeMessages.noSheet(sheetName));
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
