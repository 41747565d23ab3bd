/**
 * Office.js renderer: requests of a build and of a rebuild, on the Excel test double (which records each
 * request as the JSON of its queued operations, and each response as the JSON of what its reads return):
 * their number, total size, and the largest request and response, against Excel on the web's 5 MB limit on
 * each. A rebuild first reads everything it may overwrite (snapshot.ts), so it takes more requests.
 *
 * Models: the example, and generated models of 10, 1,000 and 10,000 products × 3 tiers × 3 terms.
 * The double keeps every cell in memory (about 2.5 GB for the 10,000-product model).
 */
import { performance } from 'node:perf_hooks';
import { EXCEL_WEB_REQUEST_LIMIT, FakeExcel, asRequestContext } from '../test/doubles/excel';
import { exampleInput, generatedInput, specOf } from '../test/unit/workbook/office/fixtures';
import { renderWorkbook } from '../src/workbook/office';
import type { WorkbookSpec } from '../src/workbook/spec';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function measure(label: string, spec: WorkbookSpec, describeMs: number | null, passes: readonly ('build' | 'rebuild')[] = ['build', 'rebuild']): Promise<void> {
  const cells = spec.sheets.reduce((n, s) => n + s.tables.reduce((m, t) => m + t.rows.length * t.columns.length, 0) + s.cells.length, 0);
  const excel = new FakeExcel();
  for (const pass of passes) {
    excel.resetLog();
    const t1 = performance.now();
    await renderWorkbook(asRequestContext(excel), spec, { onClash: async () => 'rename', pageLayout: true });
    const ms = performance.now() - t1;
    const s = excel.stats();
    console.log(
      `${label.padEnd(36)} ${pass.padEnd(7)} cells ${String(cells).padStart(9)}  syncs ${String(s.syncs).padStart(4)}  total ${mb(s.totalBytes).padStart(10)}  ` +
        `largest ${mb(s.largestBytes)}, response ${mb(s.largestResponse)} (limit ${mb(EXCEL_WEB_REQUEST_LIMIT)} each)  describe ${describeMs === null ? '   -' : describeMs.toFixed(0).padStart(4)} ms  render on the double ${ms.toFixed(0)} ms`,
    );
  }
}

function described(products: number | null): { spec: WorkbookSpec; ms: number } {
  const t0 = performance.now();
  const spec = specOf(products === null ? exampleInput() : generatedInput(products));
  return { spec, ms: performance.now() - t0 };
}

export async function run(): Promise<void> {
  const example = described(null);
  await measure('example model', example.spec, example.ms);
  const small = described(10);
  await measure('10 products × 3 tiers × 3 terms', small.spec, small.ms);
  const thousand = described(1_000);
  await measure('1,000 products × 3 tiers × 3 terms', thousand.spec, thousand.ms);
  const large = described(10_000);
  await measure('10,000 products × 3 tiers × 3 terms', large.spec, large.ms);
}
