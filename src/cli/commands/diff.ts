/**
 * `tiercraft diff old.json new.json`: what changed from one version of a model to the next and what it
 * does to each party (the engine's compareModels): price points, settings, each party's revenue, pocket
 * and margin on the mix (--mix, else the new model's) and on the quote, the breaches that appear and
 * disappear, the new price cliffs. `--json` prints one document; `--xlsx FILE` also writes a Changes
 * workbook. Exit 6 (EXIT.newErrors) when the new version brings guardrail errors the old one did not
 * have, so that a price-book repository can run it in review; 1 when a model or the mix is invalid.
 */
import { basename, resolve } from 'node:path';
import { compareModels } from '../../engine';
import { changesWorkbook } from '../changesWorkbook';
import { diffDocument } from '../compareJson';
import { comparisonLines } from '../compareText';
import { EXIT, type ExitCode } from '../exitCodes';
import { writeAtomically } from '../files';
import type { CliIO } from '../io';
import { cliMessages as m } from '../messages';
import { loadMixFile } from '../mixFile';
import { loadModelFile } from '../modelFile';

export interface DiffOptions {
  readonly mix?: string;
  readonly json?: boolean;
  readonly xlsx?: string;
}

export async function diffCommand(baseFile: string, otherFile: string, options: DiffOptions, io: CliIO): Promise<ExitCode> {
  const base = await loadModelFile(baseFile, io);
  const other = await loadModelFile(otherFile, io);
  if (base === null || other === null) return EXIT.invalid;
  let mix = other.mix ?? null;
  if (options.mix !== undefined) {
    mix = await loadMixFile(options.mix, other, io);
    if (mix === null) return EXIT.invalid;
  }
  const comparison = compareModels(base, other, { mix, baseName: basename(baseFile), otherName: basename(otherFile) });
  const fmt = { minorUnits: other.rounding.minorUnits };
  if (options.xlsx !== undefined) {
    const bytes = await changesWorkbook(comparison, { currency: other.currency, minorUnits: fmt.minorUnits, mixName: mix?.name ?? 'Mix' });
    await writeAtomically(resolve(io.cwd, options.xlsx), bytes);
  }
  if (options.json === true) io.out(JSON.stringify(diffDocument(comparison, { base: baseFile, other: otherFile }, other.currency), null, 2));
  else {
    for (const line of comparisonLines(comparison, fmt, mix === null ? 'Mix' : `Mix "${mix.name}"`)) io.out(line);
    if (options.xlsx !== undefined) io.out(m.changesWritten(options.xlsx));
  }
  if (!comparison.introducesErrors) return EXIT.ok;
  io.err(m.newErrors(otherFile, comparison.breaches.appeared.filter((b) => b.severity === 'error').length));
  return EXIT.newErrors;
}
