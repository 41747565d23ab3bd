/** The issues the read-back names in a workbook; none when it reads cleanly. */
import { ReadBackError } from '../../src/workbook/read/readBack';
import { readModelFromXlsx } from '../../src/workbook/xlsx/readModel';

export async function readBackIssues(bytes: Uint8Array): Promise<readonly string[]> {
  try {
    await readModelFromXlsx(bytes);
  } catch (e) {
    if (e instanceof ReadBackError) return e.issues;
    throw e;
  }
  return [];
}
