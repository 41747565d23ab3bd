/** Shared set-up of the renderer's specs. */
import { FakeExcel, asRequestContext } from '../../../doubles/excel';
import { type Describe, type RenderWorkbookOptions, type RenderWorkbookResult, previousBuild, renderWorkbook } from '../../../../src/workbook/office';

export const noClash = async (name: string): Promise<never> => {
  throw new Error(`unexpected clash with ${name}`);
};

/**
 * Builds into the double as the task pane does: the previous build is re-described from the model the
 * workbook stores, unless the spec says otherwise (hand-made descriptions store no real model).
 */
export function build(excel: FakeExcel, describe: Describe, options: Partial<RenderWorkbookOptions> = {}): Promise<RenderWorkbookResult> {
  const context = asRequestContext(excel);
  return renderWorkbook(context, describe, { onClash: noClash, describePrevious: previousBuild(context), pageLayout: excel.isSetSupported('ExcelApi', '1.9'), ...options });
}

/** A workbook a user has worked in: their own sheet with a formula, before Tiercraft arrives. */
export function userWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.setCells('Sheet1', { A1: 'My notes', B2: 42, C3: '=B2*2' });
  return excel;
}
