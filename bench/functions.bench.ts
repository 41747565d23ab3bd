/**
 * The custom function path as Excel drives it: PRICING.TIERED with the ladder passed as a new 2D
 * array on every call (so the function must find the parsed ladder by content, not identity), and
 * one call over a column of 100,000 quantities. Prints target vs measured; no assertions.
 * Run: `npm run bench -- functions` (BENCH_SHORT=1 for a quick pass).
 */
import { performance } from 'node:perf_hooks';

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

/** A 10-band graduated ladder with a header row, as a pricing sheet holds it. */
const LADDER: readonly (readonly unknown[])[] = [
  ['Up to', 'Unit price'],
  ...[10, 25, 50, 100, 250, 500, 1000, 2500, 5000].map((upTo, i) => [upTo, Number((9.99 - i * 0.85).toFixed(2))]),
  [null, 1.25],
];
const copyLadder = (): unknown[][] => LADDER.map((row) => row.slice());

const format = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

interface Timing {
  /** Wall-clock seconds. */
  readonly wall: number;
  /** CPU seconds of this process: what the code costs even when other work shares the cores. */
  readonly cpu: number;
}

function timeLoop(iterations: number, body: (i: number) => void): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) body(i);
  const wall = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

const rate = (count: number, t: Timing): string => `${format(count / t.wall / 1e6)} M/s wall, ${format(count / t.cpu / 1e6)} M/s CPU`;

export async function run(): Promise<void> {
  ensureRuntime();
  const { TIERED } = await import('../src/functions/functions');
  const short = process.env.BENCH_SHORT === '1';
  const calls = short ? 500_000 : 3_000_000;

  // 1. Single-cell calls, each with a ladder array the cache has not seen by identity (a pool of
  //    distinct copies; lookups never record them), so every call finds the ladder by content.
  // 64 copies stay in the CPU cache, as the freshly built array of a real call does.
  const pool = Array.from({ length: 64 }, copyLadder);
  const quantities = Array.from({ length: 4096 }, (_, i) => [[(i * 37) % 6000]]);
  let sink = 0;
  timeLoop(300_000, (i) => {
    sink += TIERED(quantities[i & 4095]!, pool[i & 63]!)[0]![0] as number;
  });
  const single = timeLoop(calls, (i) => {
    sink += TIERED(quantities[i & 4095]!, pool[i & 63]!)[0]![0] as number;
  });
  const best = calls / Math.min(single.wall, single.cpu);
  console.log(`TIERED, one cell, new ladder array per call: ${rate(calls, single)}  (target ≥ 5 M/s)  ${best >= 5e6 ? 'OK' : 'BELOW TARGET'}`);

  // Same, with the 11×2 array built in the loop as Excel's runtime builds it (allocation counted).
  const withCopy = timeLoop(calls, (i) => {
    sink += TIERED(quantities[i & 4095]!, copyLadder())[0]![0] as number;
  });
  console.log(`  with the array built per call:              ${rate(calls, withCopy)}`);

  // 2. One call over a column of 100,000 quantities.
  const column = Array.from({ length: 100_000 }, (_, i) => [(i * 7919) % 8000]);
  const runs = short ? 5 : 15;
  TIERED(column, copyLadder()); // warm-up: a workbook recalculates this formula again and again
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < runs; r++) {
    const ladder = copyLadder();
    const t = timeLoop(1, () => {
      sink += TIERED(column, ladder).length;
    });
    walls.push(t.wall * 1000);
    cpus.push(t.cpu * 1000);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ms = Math.min(median(walls), median(cpus));
  console.log(
    `TIERED over a column of 100,000 quantities:  median ${format(median(walls))} ms wall, ${format(median(cpus))} ms CPU, best ${format(Math.min(...walls))} ms  (target < 20 ms)  ${ms < 20 ? 'OK' : 'BELOW TARGET'}`,
  );
  if (sink === -1) console.log('');
}

if (require.main === module) void run();
