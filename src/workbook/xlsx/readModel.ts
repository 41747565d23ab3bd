/** An edited Tiercraft .xlsx → the updated model (the stored model plus the edits of its input tables). */
import type { ModelInput } from '../../engine/model/schema';
import { readBack, ReadBackError } from '../read/readBack';
import { readXlsx, type WorkbookContent } from './readXlsx';

/** Read-back from what a renderer read: throws ReadBackError when the workbook holds no Tiercraft model or a cell is bad. */
export function modelFromContent(content: WorkbookContent): ModelInput {
  if (content.modelJson === null) throw new ReadBackError(['This workbook holds no Tiercraft model (no model sheet); build it with Tiercraft first.']);
  let stored: ModelInput;
  try {
    stored = JSON.parse(content.modelJson) as ModelInput;
  } catch (e) {
    throw new ReadBackError([`${content.modelSheet ?? 'Model sheet'}: the stored model is damaged (${e instanceof Error ? e.message : String(e)})`]);
  }
  const ours = new Set(content.registry.flatMap((e) => e.tables));
  const tables = new Map([...content.tables].filter(([name]) => ours.has(name)));
  return readBack({
    stored,
    tables,
    customer: content.customer,
    ...(content.partnerPurchases === undefined ? {} : { partnerPurchases: content.partnerPurchases }),
    ...(content.scenario === undefined ? {} : { scenario: content.scenario }),
  });
}

export async function readModelFromXlsx(bytes: Uint8Array): Promise<ModelInput> {
  return modelFromContent(await readXlsx(bytes));
}
