/**
 * Office.js renderer: syncs and request sizes of a build, on the Excel test double (which records each
 * request as the JSON of its queued operations), for the example model and for a generated model of
 * 10,000 products × 3 tiers × 3 terms; a rebuild of the same workbook too.
 */
import { performance } from 'node:perf_hooks';
import { EXCEL_WEB_REQUEST_LIMIT, FakeExcel, asRequestContext } from '../test/doubles/excel';
import { exampleInput, generatedInput, specOf } from '../test/unit/workbook/office/fixtures';
import { renderWorkbook } from '../src/workbook/office';
import type { ModelInput } from '../src/engine/model/schema';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function measure(label: string, input: ModelInput): Promise<void> {
  const t0 = performance.now();
  const spec = specOf(input);
  const describeMs = performance.now() - t0;
  const cells = spec.sheets.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length * t.columns.length, 0) + s.cells.length, 0);
  const excel = new FakeExcel();
  for (const pass of ['build', 'rebuild'] as const) {
    excel.resetLog();
    const t1 = performance.now();
    await renderWorkbook(asRequestContext(excel), spec, { onClash: async () => 'rename' });
    const ms = performance.now() - t1;
    const s = excel.stats();
    console.log(
      `${label.padEnd(34)} ${pass.padEnd(8)} cells ${String(cells).padStart(9)}  syncs ${String(s.syncs).padStart(3)}  total ${mb(s.totalBytes).padStart(9)}  ` +
        `largest ${mb(s.largestBytes).padStart(8)} (limit ${mb(EXCEL_WEB_REQUEST_LIMIT)})  describe ${describeMs.toFixed(0)} ms  render on double ${ms.toFixed(0)} ms`,
    );
  }
}

export async function run(): Promise<void> {
  await measure('example model', exampleInput());
  await measure('10 products × 3 tiers × 3 terms', generatedInput(10));
  await measure('10,000 products × 3 tiers × 3 terms', generatedInput(10_000));
}
