/** The Office.js renderer: the workbook description written live in Excel, and the model stored in it. */
export { renderWorkbook, type Describe, type RenderWorkbookOptions, type RenderWorkbookResult, type WorkbookLayout } from './renderWorkbook';
export { readModelFromWorkbook, readWorkbookInputs, type TableValues, type WorkbookInputs } from './readInputs';
export { loadModel, saveModel } from './modelStore';
export { previousBuild } from './previousBuild';
export { buildHistory, lastAuthor } from './buildHistory';
export { selectCell } from './selectCell';
export { readWorkbookState, type SheetInfo, type WorkbookState } from './readState';
export { type ClashChoice } from './plan';
export { WorkbookBuildError, WorkbookUnchangedError, officeMessages } from './messages';
export { DEFAULT_REQUEST_BUDGET } from './batcher';
