/**
 * The custom function path as Excel drives it: PRICING.TIERED called for one cell with the ladder
 * passed as a 2D array built afresh on every call (Excel's runtime passes a new array each time, so
 * the function must find its parsed ladder by content, not identity), and one call over a column of
 * 100,000 quantities; then, when LibreOffice is installed, the same column recalculated by LibreOffice
 * with native SUMPRODUCT formulas (see libreOfficePeer.ts). Every verdict is the median wall time of
 * several rounds; no assertions.
 * Run: `npm run bench -- functions` (BENCH_SHORT=1 for a quick pass).
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { BENCH_LADDER, columnQuantities, libreOfficeColumnMs } from './libreOfficePeer';

/** Excel's runtime provides CustomFunctions; outside Excel the functions need a stand-in for errors. */
function ensureRuntime(): void {
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions !== undefined) return;
  class ExcelError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? '');
    }
  }
  scope.CustomFunctions = { Error: ExcelError, ErrorCode: {}, associate: () => undefined };
}

const TARGET_CALLS_PER_SECOND = 3e6;
const TARGET_COLUMN_MS = 20;

const UP_TO = BENCH_LADDER.map((b) => b.upTo);
const UNIT_PRICE = BENCH_LADDER.map((b) => b.unitPrice);

/** The ladder with its header row, as a pricing sheet's range holds it: a new array of new row arrays. */
function ladderRange(): unknown[][] {
  const range = new Array<unknown[]>(UP_TO.length + 1);
  range[0] = ['Up to', 'Unit price'];
  for (let i = 0; i < UP_TO.length; i++) range[i + 1] = [UP_TO[i], UNIT_PRICE[i]];
  return range;
}

const format = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall-clock milliseconds of each of `rounds` runs of `work`. */
function rounds(count: number, work: () => void): number[] {
  const walls: number[] = [];
  for (let r = 0; r < count; r++) {
    const started = performance.now();
    work();
    walls.push(performance.now() - started);
  }
  return walls;
}

export async function run(): Promise<void> {
  ensureRuntime();
  const { TIERED } = await import('../src/functions/functions');
  const short = process.env.BENCH_SHORT === '1';
  const calls = short ? 300_000 : 1_000_000;
  const [load1, load5] = loadavg();
  console.log(`load average ${load1?.toFixed(2)} (1 min), ${load5?.toFixed(2)} (5 min) on ${cpus().length} cores: wall-clock figures include waiting for a core`);

  // 1. One cell per call, the 11×2 ladder range built inside the timed loop on every call.
  const quantities = Array.from({ length: 4096 }, (_, i) => [[(i * 37) % 6000]]);
  let sink = 0;
  const singleCalls = (n: number) => (): void => {
    for (let i = 0; i < n; i++) sink += TIERED(quantities[i & 4095]!, ladderRange())[0]![0] as number;
  };
  singleCalls(300_000)(); // warm-up
  const singleRounds = short ? 5 : 9;
  const perCall = rounds(singleRounds, singleCalls(calls));
  const rate = calls / (median(perCall) / 1000);
  const building = calls / (median(rounds(singleRounds, () => {
    for (let i = 0; i < calls; i++) sink += ladderRange().length;
  })) / 1000);
  console.log(
    `TIERED, one cell per call, the 10-band ladder range (11×2 with its header) built anew on every call, building included: ` +
      `median of ${singleRounds} rounds of ${format(calls / 1e6)} M calls ${format(rate / 1e6)} M calls/s wall  (target ≥ ${TARGET_CALLS_PER_SECOND / 1e6} M/s)  ${rate >= TARGET_CALLS_PER_SECOND ? 'met' : 'NOT met'}`,
  );
  console.log(`  of which building the ranges alone (the same loop without TIERED): ${format(building / 1e6)} M ranges/s wall (median of ${singleRounds})`);

  // 2. One call over a column of 100,000 quantities (a new ladder range each call, as Excel passes it).
  const column = columnQuantities().map((q) => [q]);
  TIERED(column, ladderRange()); // warm-up: a workbook recalculates this formula again and again
  const columnRounds = short ? 5 : 15;
  const columnMs = median(rounds(columnRounds, () => (sink += TIERED(column, ladderRange()).length)));
  console.log(
    `TIERED over a column of 100,000 quantities, one call: median wall ${format(columnMs)} ms of ${columnRounds}  (target < ${TARGET_COLUMN_MS} ms)  ${columnMs < TARGET_COLUMN_MS ? 'met' : 'NOT met'}`,
  );

  // 3. The peer: LibreOffice recalculating the same column with native formulas.
  const peer = await libreOfficeColumnMs(short ? 1 : 3, !short);
  if (peer.kind === 'absent') console.log(`LibreOffice side by side: skipped, ${peer.reason}`);
  else {
    console.log(
      `${peer.version}, the same 100,000-row ladder column as native SUMPRODUCT formulas, recalculated on load: ` +
        `median wall ${format(peer.ms)} ms of ${peer.runs} (load with recalculation ${format(peer.withRecalc)} ms − load keeping the cached results ${format(peer.withoutRecalc)} ms); ` +
        `TIERED is ${format(peer.ms / columnMs)}× faster; ${peer.mismatches} of 100,000 LibreOffice totals are a cent off the exact ones (binary floating point)`,
    );
  }
  if (sink === -1) console.log('');
}
