/**
 * One workbook build, run as a child process by workbook.bench.ts so that each measure starts from a clean
 * heap: the model (already in memory, as JSON) loaded and validated, described (describeWorkbook) and
 * streamed to an .xlsx file (writeXlsxStream): what `tiercraft build` does for a new file, without the
 * command line's start. Prints one line of JSON: the wall-clock milliseconds of each step, the CPU time of
 * all three (main thread and the thread pool that compresses, user and system) and the process's peak RSS.
 *
 * Usage: tsx bench/workbookBuild.ts <example | mix | products count> <output.xlsx>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadModel, parseMixCsv, resolveMixItems } from '../src/engine';
import type { ModelInput } from '../src/engine/model/schema';
import { describeWorkbook } from '../src/workbook/build/describeWorkbook';
import { writeXlsxStream } from '../src/workbook/xlsx/streamXlsx';
import { EXAMPLE, generatedModel } from './generatedModel';

/** Rows of the example mix (examples/backup-vendor-mix.csv) repeated up to `rows`. */
function exampleWithMix(rows: number): ModelInput {
  const source = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as ModelInput;
  const loaded = loadModel(source);
  if (!loaded.ok) throw new Error('the example model is invalid');
  const csv = parseMixCsv(readFileSync(join(__dirname, '..', 'examples', 'backup-vendor-mix.csv'), 'utf8'));
  if (csv.mix === null) throw new Error(csv.issues.join('\n'));
  const book = resolveMixItems(loaded.model, csv.mix.rows);
  return { ...source, mix: { name: `${rows}-row mix`, rows: Array.from({ length: rows }, (_, i) => book[i % book.length]!) } } as ModelInput;
}

function inputOf(what: string): ModelInput {
  if (what === 'example') return JSON.parse(readFileSync(EXAMPLE, 'utf8')) as ModelInput;
  if (what === 'mix') return exampleWithMix(10_000);
  return generatedModel(Number(what)) as ModelInput;
}

async function main(): Promise<void> {
  const [what = 'example', output = 'out.xlsx'] = process.argv.slice(2);
  const input = inputOf(what);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const loaded = loadModel(input);
  if (!loaded.ok) throw new Error(loaded.issues.slice(0, 3).map((i) => i.message).join('\n'));
  const described = performance.now();
  const spec = describeWorkbook(loaded.model, { source: input });
  const written = performance.now();
  await writeXlsxStream(spec, output);
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(JSON.stringify({ loadMs: described - start, describeMs: written - described, writeMs: end - written, totalMs: end - start, cpuMs, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
