/**
 * `tiercraft read pricing.xlsx -o model.json`: the model of a workbook edited in Excel, so that it can
 * be committed. Every bad cell is reported with its sheet and cell; then the model is checked as
 * `validate` checks it. The model file is written only when the workbook reads cleanly and the model
 * is valid (and, under --strict, free of breaches), and never over an existing file without --force.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadModel } from '../../engine/model/loadModel';
import type { ModelInput } from '../../engine/model/schema';
import { ReadBackError } from '../../workbook/read/readBack';
import { readModelFromXlsx } from '../../workbook/xlsx/readModel';
import { CliError, EXIT, type ExitCode } from '../exitCodes';
import { readBytes, writeAtomically } from '../files';
import type { CliIO } from '../io';
import { cliMessages as m } from '../messages';
import { countsOf, countsText, modelReport, type Report, type ReportIssue } from '../report';
import { layoutOf, printReport, type ReportOptions, strictFails } from './validate';

export interface ReadOptions extends ReportOptions {
  readonly output: string;
  readonly force?: boolean;
}

/** "Price book!D7: 'abc' is not a price" → the cell and what is wrong with it. */
export function cellIssue(message: string): ReportIssue {
  const at = /^(.+?![A-Z]{1,3}\d+): (.*)$/s.exec(message);
  return at ? { severity: 'error', cell: at[1], message: at[2] ?? message } : { severity: 'error', message };
}

async function modelOf(workbook: string, bytes: Uint8Array): Promise<{ model: ModelInput } | { badCells: readonly string[] }> {
  try {
    return { model: await readModelFromXlsx(bytes) };
  } catch (e) {
    if (e instanceof ReadBackError) return { badCells: e.issues };
    throw new CliError(EXIT.io, m.unreadableWorkbook(workbook, e instanceof Error ? e.message : String(e)));
  }
}

export async function readCommand(workbook: string, options: ReadOptions, io: CliIO): Promise<ExitCode> {
  const output = resolve(io.cwd, options.output);
  if (existsSync(output) && options.force !== true) throw new CliError(EXIT.io, m.outputExists(options.output));
  const read = await modelOf(workbook, await readBytes(resolve(io.cwd, workbook)));
  if ('badCells' in read) {
    const report: Report = { valid: false, issues: read.badCells.map(cellIssue), breaches: [] };
    printReport(report, options, io);
    if (options.json !== true) io.err(m.badCells(workbook, read.badCells.length));
    return EXIT.invalid;
  }
  const loaded = loadModel(read.model);
  const report = modelReport(loaded, loaded.ok ? layoutOf(loaded.model) : null);
  printReport(report, options, io);
  const counts = countsText(countsOf(report));
  if (!loaded.ok) {
    if (options.json !== true) io.err(`${m.invalidModel(workbook, counts)}; ${m.noModelWritten}`);
    return EXIT.invalid;
  }
  if (strictFails(report, options)) {
    if (options.json !== true) io.err(`${m.strictFailed(counts, options.strict === 'warnings' ? 'warnings' : 'errors')}; ${m.noModelWritten}`);
    return EXIT.strict;
  }
  await writeAtomically(output, `${JSON.stringify(read.model, null, 2)}\n`);
  if (options.json !== true) io.out(`Wrote ${options.output} from ${workbook}; ${counts}`);
  return EXIT.ok;
}
