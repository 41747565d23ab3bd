/**
 * How long users wait for `tiercraft` to start. Each figure is the wall-clock time of one child process,
 * from spawn to exit (spawnSync, output discarded), the median of 15 runs (5 with BENCH_SHORT=1; 3 and 1
 * for the builds), the commands taking turns run after run so that a change in the machine's load falls on
 * all of them alike:
 * - `node -e 0`: bare Node, the floor no command line can go below;
 * - `node bin/tiercraft.mjs --help`: what users start, running the bundle compiled ahead of time
 *   (dist/cli/tiercraft.cjs, built first here when missing or stale); target under 150 ms;
 * - `node dist/cli/tiercraft.cjs --help`: the bundle without bin/tiercraft.mjs (its ES module loader);
 * - the same through tsx on the TypeScript sources (`node --import tsx src/cli/main.ts`), compiled at
 *   start-up as bin/tiercraft.mjs did before (tsx's cache of compiled files warm after the first run):
 *   the before figure, though with today's sources, whose commands load only when they run;
 * - `tiercraft build` of examples/backup-vendor.tiercraft.json to a new .xlsx in a temporary folder,
 *   through the bundle and through tsx.
 * Run: `npm run bench -- cli`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'tiercraft.mjs');
const BUNDLE = join(ROOT, 'dist', 'cli', 'tiercraft.cjs');
const EXAMPLE = join(ROOT, 'examples', 'backup-vendor.tiercraft.json');
const TARGET_MS = 150;
const SHORT = process.env.BENCH_SHORT === '1';
const START_RUNS = SHORT ? 5 : 15;
const BUILD_RUNS = SHORT ? 1 : 3;

interface Case {
  readonly label: string;
  readonly args: (run: number) => readonly string[];
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Milliseconds from spawning `node args` to its exit; throws when it fails. */
function childMs(args: readonly string[], cwd: string): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 120_000 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${String(r.status ?? r.signal)}: ${r.stderr}`);
  return ms;
}

/** The median of each case's runs, the cases taking turns in each round. */
function medians(cases: readonly Case[], runs: number, cwd: string): number[] {
  const samples = cases.map((): number[] => []);
  for (let run = 0; run < runs; run++) cases.forEach((c, i) => samples[i]!.push(childMs(c.args(run), cwd)));
  return samples.map(median);
}

/**
 * The arguments that start the TypeScript sources through tsx, compiling them at start-up as
 * bin/tiercraft.mjs did before the bundle: `node --import tsx src/cli/main.ts` (tsx's CommonJS and
 * ES module hooks; the commands' modules are imported with `import()`, which only the latter resolves).
 */
function viaTsx(): readonly string[] {
  const loader = createRequire(join(ROOT, 'package.json')).resolve('tsx');
  return ['--import', pathToFileURL(loader).href, join(ROOT, 'src', 'cli', 'main.ts')];
}

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(', ');
const ms = (value: number): string => `${value.toFixed(0).padStart(5)} ms`;

export async function run(): Promise<void> {
  const built = execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
  console.log(built.trim());
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-cli-bench-'));
  try {
    const tsx = viaTsx();
    console.log(`wall time of one child process from spawn to exit, median of ${START_RUNS} runs taking turns; load average ${load()}`);
    const starts: Case[] = [
      { label: 'node -e 0 (bare Node)', args: () => ['-e', '0'] },
      { label: 'node bin/tiercraft.mjs --help (compiled bundle)', args: () => [BIN, '--help'] },
      { label: 'node dist/cli/tiercraft.cjs --help (bundle, no bin)', args: () => [BUNDLE, '--help'] },
      { label: 'tiercraft --help through tsx on src/ (before)', args: () => [...tsx, '--help'] },
    ];
    const [bare, help, bundle, throughTsx] = medians(starts, START_RUNS, dir) as [number, number, number, number];
    starts.forEach((c, i) => console.log(`${c.label.padEnd(56)} ${ms([bare, help, bundle, throughTsx][i]!)}`));
    console.log(
      `tiercraft --help: ${ms(help).trim()} (${(help - bare).toFixed(0)} ms over bare Node; ${(throughTsx / help).toFixed(1)}× faster than through tsx)  (target < ${TARGET_MS} ms)  ${help < TARGET_MS ? 'OK' : 'OVER TARGET'}`,
    );

    console.log(`\ntiercraft build of examples/backup-vendor.tiercraft.json to a new .xlsx, median of ${BUILD_RUNS} runs taking turns`);
    const builds: Case[] = [
      { label: 'node bin/tiercraft.mjs build … (compiled bundle)', args: (r) => [BIN, 'build', EXAMPLE, '-o', join(dir, `bundle-${r}.xlsx`)] },
      { label: 'tiercraft build … through tsx on src/ (before)', args: (r) => [...tsx, 'build', EXAMPLE, '-o', join(dir, `tsx-${r}.xlsx`)] },
    ];
    const buildMs = medians(builds, BUILD_RUNS, dir);
    builds.forEach((c, i) => console.log(`${c.label.padEnd(56)} ${ms(buildMs[i]!)}`));
    console.log(`load average after: ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
