/**
 * The peer of PRICING.TIERED over a column: LibreOffice Calc recalculating the same 100,000 quantities
 * on the same 10-band graduated ladder with native formulas, one per row:
 *   ROUND(SUMPRODUCT(((q-(q-Cap)*(q>Cap))-Above)*(q>Above)*Price),2)
 * (the workbook builder's graduated ladder formula, src/workbook/build/ladderFormulas.ts, with unit
 * prices instead of discounts). LibreOffice is timed from outside, so its recalculation is the
 * difference of two headless conversions of the same workbook: one in a profile that recalculates
 * every formula on load (OOXMLRecalcMode 0, as test/integration/libreoffice/recalc.ts does) less one
 * in a profile that keeps the cached results (OOXMLRecalcMode 1); start-up, loading and saving cancel
 * out. The recalculated results are checked against the engine's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { compilePriceLadder, priceTotal } from '../src/engine/ladder';

/** The 10-band graduated ladder both sides price (a blank last Up to: no limit). */
export const BENCH_LADDER: readonly { readonly upTo: number | null; readonly unitPrice: number }[] = [
  ...[10, 25, 50, 100, 250, 500, 1000, 2500, 5000].map((upTo, i) => ({ upTo, unitPrice: Number((9.99 - i * 0.85).toFixed(2)) })),
  { upTo: null, unitPrice: 1.25 },
];

export const COLUMN_ROWS = 100_000;
export const columnQuantities = (): number[] => Array.from({ length: COLUMN_ROWS }, (_, i) => (i * 7919) % 8000);

export type PeerTiming =
  | { readonly kind: 'absent'; readonly reason: string }
  | { readonly kind: 'measured'; readonly version: string; readonly runs: number; readonly ms: number; readonly withRecalc: number; readonly withoutRecalc: number; readonly mismatches: number };

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

const profileXcu = (mode: number): string => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`;

/**
 * The ladder and the column as a workbook. Each Total is cached as 0, so a right figure read back proves
 * that LibreOffice recalculated it; the engine's totals are returned to check against.
 */
async function columnWorkbook(): Promise<{ bytes: Buffer; expected: number[] }> {
  const ladder = compilePriceLadder(BENCH_LADDER, 'graduated');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Column');
  sheet.getRow(1).values = ['Quantity', 'Total', '', 'Up to', 'Unit price', 'Above', 'Cap'];
  BENCH_LADDER.forEach((band, i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(4).value = band.upTo;
    row.getCell(5).value = band.unitPrice;
    row.getCell(6).value = i === 0 ? 0 : { formula: `D${i + 1}`, result: BENCH_LADDER[i - 1]!.upTo ?? 0 };
    row.getCell(7).value = { formula: `IF(D${i + 2}="",1E+15,D${i + 2})`, result: band.upTo ?? 1e15 };
  });
  const last = BENCH_LADDER.length + 1;
  const [above, cap, price] = [`$F$2:$F$${last}`, `$G$2:$G$${last}`, `$E$2:$E$${last}`];
  const expected: number[] = [];
  columnQuantities().forEach((q, i) => {
    const r = i + 2;
    const total = priceTotal(ladder, q, { minorUnits: 2 });
    expected.push(total);
    sheet.getCell(r, 1).value = q;
    sheet.getCell(r, 2).value = { formula: `ROUND(SUMPRODUCT(((A${r}-(A${r}-${cap})*(A${r}>${cap}))-${above})*(A${r}>${above})*${price}),2)`, result: 0 };
  });
  return { bytes: Buffer.from(await book.xlsx.writeBuffer()), expected };
}

/** Rows whose recalculated Total differs from the engine's by more than half a cent. */
async function mismatches(xlsx: string, expected: readonly number[]): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheet = book.worksheets[0]!;
  let wrong = 0;
  expected.forEach((total, i) => {
    const value = sheet.getCell(i + 2, 2).value;
    const result = typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
    if (typeof result !== 'number' || Math.abs(result - total) > 0.005) wrong++;
  });
  return wrong;
}

/**
 * Median of `runs` recalculations by LibreOffice, or why there is none; `warmUp` first starts each
 * profile once untimed (its first start sets the profile up), which a short pass skips.
 */
export async function libreOfficeColumnMs(runs: number, warmUp = true): Promise<PeerTiming> {
  const soffice = SOFFICE.find((p) => existsSync(p));
  if (soffice === undefined) return { kind: 'absent', reason: `LibreOffice is not installed (no soffice at ${SOFFICE.join(', ')}; npm run setup installs it)` };
  const version = execFileSync(soffice, ['--version'], { encoding: 'utf8' }).trim().split(' ').slice(0, 2).join(' ');
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-peer-'));
  try {
    const { bytes, expected } = await columnWorkbook();
    const input = join(dir, 'column.xlsx');
    writeFileSync(input, bytes);
    const convert = (mode: number): number => {
      const profile = join(dir, `profile${mode}`);
      const out = join(dir, `out${mode}`);
      if (!existsSync(profile)) {
        mkdirSync(join(profile, 'user'), { recursive: true });
        writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), profileXcu(mode));
      }
      const started = performance.now();
      execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, input], { stdio: 'pipe', timeout: 300_000 });
      const ms = performance.now() - started;
      if (!existsSync(join(out, 'column.xlsx'))) throw new Error(`LibreOffice wrote no ${join(out, 'column.xlsx')}`);
      return ms;
    };
    if (warmUp) {
      convert(0);
      convert(1);
    }
    const differences: number[] = [], withRecalc: number[] = [], withoutRecalc: number[] = [];
    for (let r = 0; r < runs; r++) {
      const a = convert(0);
      const b = convert(1);
      withRecalc.push(a);
      withoutRecalc.push(b);
      differences.push(a - b);
    }
    const median = (xs: readonly number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    // LibreOffice adds in binary floating point, so a few totals that end in half a cent round the
    // other way; more than 1% of rows differing means the formulas were not recalculated at all.
    const wrong = await mismatches(join(dir, 'out0', 'column.xlsx'), expected);
    if (wrong > expected.length / 100) throw new Error(`LibreOffice's recalculated totals differ from the engine's in ${wrong} of ${expected.length} rows`);
    return { kind: 'measured', version, runs, ms: median(differences), withRecalc: median(withRecalc), withoutRecalc: median(withoutRecalc), mismatches: wrong };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
