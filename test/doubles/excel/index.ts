/** The Excel test double: `new FakeExcel()`, then pass `asRequestContext(fake)` to code written for Office.js. */
import type { FakeExcel } from './fakeExcel';

export { EXCEL_WEB_REQUEST_LIMIT, FakeExcel, InjectedSyncFailure, type FakeExcelOptions, type SyncRecord } from './fakeExcel';
export { ExcelApiError, PropertyNotLoadedError } from './host';
export type { CellState, WorkbookState } from './state';

/** The double's context typed as Office.js's (it implements the subset the renderer calls). */
export function asRequestContext(fake: FakeExcel): Excel.RequestContext {
  return fake.context as unknown as Excel.RequestContext;
}
