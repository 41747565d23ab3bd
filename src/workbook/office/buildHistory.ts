/**
 * The change history a build in Excel writes: the records the workbook keeps (history/storedHistory.ts)
 * and this build's, by the workbook's last author. Only reads, before the build writes anything.
 */
import type { Model } from '../../engine/model/schema';
import { type BuildPlace, type BuildRecord } from '../history/buildRecord';
import { nextHistory } from '../history/nextHistory';
import { parseStoredHistory } from '../history/storedHistory';
import { loadHistoryJson, loadStoredModel } from './modelStore';
import { readWorkbookState } from './readState';

/**
 * Who Excel says last edited the workbook: `workbook.properties.lastAuthor` (Excel.DocumentProperties,
 * "Gets the last author of the workbook", read-only, ExcelApi 1.7:
 * https://learn.microsoft.com/javascript/api/excel/excel.documentproperties#excel-excel-documentproperties-lastauthor-member),
 * loaded and synced like every other property. '' where Office does not give it (a host without
 * ExcelApi 1.7 fails the sync that loads it: the build goes on without a name).
 */
export async function lastAuthor(context: Excel.RequestContext): Promise<string> {
  try {
    const properties = context.workbook.properties.load('lastAuthor');
    await context.sync();
    return typeof properties.lastAuthor === 'string' ? properties.lastAuthor : '';
  } catch {
    return '';
  }
}

/** Every record the build writes, its own last (when: now, unless given; `pause`: see BuildSource). */
export async function buildHistory(context: Excel.RequestContext, model: Model, options: { where?: BuildPlace; at?: Date; pause?: () => Promise<void> } = {}): Promise<BuildRecord[]> {
  const state = await readWorkbookState(context);
  const found = parseStoredHistory(await loadHistoryJson(context, state));
  // A workbook whose history lost the last build's model: compare with the model it stores.
  const stored = found.records.length > 0 && found.built === null ? await loadStoredModel(context, state).catch(() => null) : null;
  const by = await lastAuthor(context);
  return nextHistory({ ...found, stored }, { model, by, where: options.where ?? 'Excel add-in', ...(options.at ? { at: options.at } : {}), ...(options.pause ? { pause: options.pause } : {}) });
}
