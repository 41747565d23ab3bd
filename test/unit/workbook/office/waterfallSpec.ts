/** A hand-made description for the renderer's specs with a waterfall chart on its Quote sheet. */
import type { WorkbookSpec } from '../../../../src/workbook/spec';
import { WATERFALL_CHART } from '../../../support/waterfallSpec';

/** The synthetic workbook with the waterfall beside the Quote sheet's own chart. */
export function withWaterfall(spec: WorkbookSpec): WorkbookSpec {
  return { ...spec, sheets: spec.sheets.map((s) => (s.key === 'quote' ? { ...s, charts: [...s.charts, WATERFALL_CHART] } : s)) };
}
