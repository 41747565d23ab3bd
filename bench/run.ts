/**
 * Runs the benchmarks: every bench/*.bench.ts, or those named on the command line
 * (`npm run bench -- ladder functions`). Each file exports `run(): Promise<void>` and prints its
 * own figures; this runner prints a header per file and the time it took.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

interface BenchModule {
  readonly run?: () => Promise<void>;
}

const SUFFIX = '.bench.ts';
const benchDir = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));

/** `ladder`, `ladder.bench.ts` and `bench/ladder.bench.ts` all name bench/ladder.bench.ts. */
const benchName = (arg: string): string => basename(arg).replace(/\.bench\.ts$/, '');

function selectBenchFiles(available: readonly string[], args: readonly string[]): string[] {
  const wanted = args.map(benchName);
  if (wanted.length === 0) return [...available];
  const unknown = wanted.filter((name) => !available.includes(`${name}${SUFFIX}`));
  if (unknown.length > 0) {
    const names = available.map((file) => file.slice(0, -SUFFIX.length)).join(', ');
    throw new Error(`no benchmark named ${unknown.join(', ')}; available: ${names}`);
  }
  return available.filter((file) => wanted.includes(benchName(file)));
}

async function main(): Promise<void> {
  const available = readdirSync(benchDir)
    .filter((file) => file.endsWith(SUFFIX))
    .sort();
  const files = selectBenchFiles(available, process.argv.slice(2));
  console.log(`Node ${process.version} on ${process.platform}/${process.arch}`);
  let failed = 0;
  for (const file of files) {
    console.log(`\n== ${file.slice(0, -SUFFIX.length)} (bench/${file}) ==`);
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as BenchModule;
      if (typeof mod.run !== 'function') throw new Error('does not export run(): Promise<void>');
      await mod.run();
    } catch (error) {
      failed++;
      console.error(`bench/${file} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
    console.log(`-- ${file} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
