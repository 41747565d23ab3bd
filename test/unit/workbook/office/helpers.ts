/** Shared set-up of the renderer's specs. */
import { FakeExcel, asRequestContext } from '../../../doubles/excel';
import { type RenderWorkbookOptions, type RenderWorkbookResult, renderWorkbook } from '../../../../src/workbook/office';
import type { WorkbookSpec } from '../../../../src/workbook/spec';

export const noClash = async (name: string): Promise<never> => {
  throw new Error(`unexpected clash with ${name}`);
};

export function build(excel: FakeExcel, spec: WorkbookSpec, options: Partial<RenderWorkbookOptions> = {}): Promise<RenderWorkbookResult> {
  return renderWorkbook(asRequestContext(excel), spec, { onClash: noClash, ...options });
}

/** A workbook a user has worked in: their own sheet with a formula, before Tiercraft arrives. */
export function userWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.setCells('Sheet1', { A1: 'My notes', B2: 42, C3: '=B2*2' });
  return excel;
}

/** Syncs of the write phase, as a sequence of request sizes. */
export const requestSizes = (excel: FakeExcel): number[] => excel.syncs.map((s) => s.bytes);
