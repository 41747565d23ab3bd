/**
 * `tiercraft validate model.json`: every issue with its path, then every guardrail breach with its
 * path, workbook cell and severity; exit 1 when the model cannot be used, 5 when --strict fails.
 */
import { resolve } from 'node:path';
import { loadModel } from '../../engine/model/loadModel';
import { describeWorkbook } from '../../workbook/build/describeWorkbook';
import type { WorkbookSpec } from '../../workbook/spec';
import { EXIT, type ExitCode } from '../exitCodes';
import { readJson } from '../files';
import type { CliIO } from '../io';
import { cliMessages as m } from '../messages';
import { countsOf, countsText, failsStrict, modelReport, reportJson, reportLines, type Report, type Strictness } from '../report';
import type { Model } from '../../engine/model/schema';

export interface ReportOptions {
  readonly strict?: Strictness;
  readonly json?: boolean;
}

/** The workbook a model builds into, to name the cell of each breach; none if it cannot be described. */
export function layoutOf(model: Model, describe: () => WorkbookSpec = () => describeWorkbook(model)): WorkbookSpec | null {
  try {
    return describe();
  } catch {
    return null;
  }
}

/** Prints a report: its lines on stderr, or the JSON document on stdout. */
export function printReport(report: Report, options: ReportOptions, io: CliIO): void {
  if (options.json === true) io.out(reportJson(report));
  else for (const line of reportLines(report)) io.err(line);
}

/** True when the options' --strict fails on a usable model's report. */
export const strictFails = (report: Report, options: ReportOptions): boolean => report.valid && failsStrict(report, options.strict ?? 'off');

export async function validateCommand(file: string, options: ReportOptions, io: CliIO): Promise<ExitCode> {
  const loaded = loadModel(await readJson(resolve(io.cwd, file)));
  const report = modelReport(loaded, loaded.ok ? layoutOf(loaded.model) : null);
  printReport(report, options, io);
  const failed = strictFails(report, options);
  const counts = countsText(countsOf(report));
  if (!loaded.ok) {
    if (options.json !== true) io.err(m.invalidModel(file, counts));
    return EXIT.invalid;
  }
  if (options.json !== true) {
    const { products, prices, ladders, bundles } = loaded.model;
    io.out(`${file}: valid (${products.length} products, ${prices.length} prices, ${ladders.length} ladders, ${bundles.length} bundles); ${counts}`);
    if (failed) io.err(m.strictFailed(counts, options.strict === 'warnings' ? 'warnings' : 'errors'));
  }
  return failed ? EXIT.strict : EXIT.ok;
}
