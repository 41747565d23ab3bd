/** `tiercraft build model.json -o pricing.xlsx`: the pricing workbook, new or updated in place. */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { loadModel } from '../../engine/model/loadModel';
import type { ModelInput } from '../../engine/model/schema';
import { describeWorkbook } from '../../workbook/build/describeWorkbook';
import { nextHistory } from '../../workbook/history/nextHistory';
import { NO_HISTORY } from '../../workbook/history/storedHistory';
import { planSheetNames, SheetClashError, type SheetNamePlan } from '../../workbook/registry';
import { SHEET_KEYS, type SheetKey, type WorkbookSpec } from '../../workbook/spec';
import { writeXlsxStream } from '../../workbook/xlsx/streamXlsx';
import { buildXlsx, UnsafeUpdateError, UpdateConflictError } from '../../workbook/xlsx/buildXlsx';
import { CliError, EXIT, type ExitCode } from '../exitCodes';
import { readBytes, readJson, writeAtomically, writeWith } from '../files';
import type { CliIO } from '../io';
import { cliMessages as m } from '../messages';
import { loadMixFile } from '../mixFile';
import { createProgress } from '../progress';
import { countsOf, countsText, modelReport } from '../report';
import { layoutOf, printReport, type ReportOptions, strictFails } from './validate';

export interface BuildOptions extends ReportOptions {
  readonly output: string;
  readonly renameOnClash?: boolean;
  /** key=name pairs, e.g. priceBook=Prices 2026. */
  readonly sheet?: readonly string[];
  /** A mix CSV that replaces the model's mix in the workbook (the model file is not changed). */
  readonly mix?: string;
}

export function parseSheetNames(pairs: readonly string[]): Partial<Record<SheetKey, string>> {
  const out: Partial<Record<SheetKey, string>> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    if (eq < 1 || !(SHEET_KEYS as readonly string[]).includes(key)) {
      throw new CliError(EXIT.usage, `--sheet expects key=name with key one of ${SHEET_KEYS.join(', ')} (got '${pair}')`);
    }
    out[key as SheetKey] = pair.slice(eq + 1);
  }
  return out;
}

/** Who runs the build, for the workbook's change history: the OS user name, '' when the OS does not say. */
export function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export async function buildCommand(file: string, options: BuildOptions, io: CliIO): Promise<ExitCode> {
  const read = await readJson(resolve(io.cwd, file));
  const first = loadModel(read);
  // --mix: the workbook's Mix sheet (and the model it stores) carry the CSV's mix instead of the file's.
  const mix = first.ok && options.mix !== undefined ? await loadMixFile(options.mix, first.model, io, 'nothing was written') : undefined;
  if (mix === null) return EXIT.invalid;
  const json = mix === undefined ? read : { ...(read as object), mix };
  const loaded = mix === undefined ? first : loadModel(json);
  if (!loaded.ok) {
    const report = modelReport(loaded);
    printReport(report, options, io);
    if (options.json !== true) io.err(`${m.invalidModel(file, countsText(countsOf(report)))}; ${m.notWritten}`);
    return EXIT.invalid;
  }
  const output = resolve(io.cwd, options.output);
  const existing = existsSync(output) ? await readBytes(output) : undefined;
  const sheetNames = parseSheetNames(options.sheet ?? []);
  const renameOnClash = options.renameOnClash === true;
  const newPlan = (): SheetNamePlan => planSheetNames({ wanted: sheetNames, existing: [], registry: [], renameOnClash });
  const record = { by: userName(), where: 'CLI' as const };
  // A new workbook's history: this build's record alone; an update adds it to the workbook's (buildXlsx).
  const history = existing === undefined ? await nextHistory(NO_HISTORY, { model: loaded.model, ...record }) : [];
  // A new workbook is described once, for the breaches' cells and for writing; an update describes its own.
  const describeNew = (): WorkbookSpec => describeWorkbook(loaded.model, { sheetNames: newPlan().names, source: json as ModelInput, history });
  const layout = layoutOf(loaded.model, existing === undefined ? describeNew : () => describeWorkbook(loaded.model, { sheetNames: newPlan().names }));
  const report = modelReport(loaded, layout);
  const counts = countsText(countsOf(report));
  printReport(report, options, io);
  if (strictFails(report, options)) {
    if (options.json !== true) io.err(`${m.strictFailed(counts, options.strict === 'warnings' ? 'warnings' : 'errors')}; ${m.notWritten}`);
    return EXIT.strict;
  }
  if (options.json !== true && report.breaches.length + report.issues.length > 0) io.err(`${file}: ${counts}`);
  const progress = createProgress(io, 'Building');
  try {
    const onProgress = (done: number, total: number, label: string): void => progress.update(done, total, label);
    let result: { spec: WorkbookSpec; plan: SheetNamePlan };
    if (existing === undefined) {
      // A new workbook: streamed to disk, so big models stay within memory.
      const plan = newPlan();
      const spec = layout ?? describeNew();
      await writeWith(output, (temp) => writeXlsxStream(spec, temp, { onProgress }));
      result = { spec, plan };
    } else {
      const updated = await buildXlsx(loaded.model, json as ModelInput, { existing, renameOnClash, sheetNames, onProgress, record });
      await writeAtomically(output, updated.bytes);
      result = updated;
    }
    progress.stop();
    for (const r of result.plan.renamed) io.err(`note: a sheet named '${r.wanted}' that Tiercraft did not create is kept; wrote '${r.chosen}' instead.`);
    const verb = existing === undefined ? 'Wrote' : 'Updated';
    if (options.json !== true) io.out(`${verb} ${options.output}: ${result.spec.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name).join(', ')}`);
    return EXIT.ok;
  } catch (e) {
    progress.stop();
    if (e instanceof SheetClashError || e instanceof UnsafeUpdateError || e instanceof UpdateConflictError) throw new CliError(EXIT.conflict, `${e.message}`);
    if (e instanceof Error && /^Sheet name for /.test(e.message)) throw new CliError(EXIT.usage, e.message);
    if (e instanceof CliError) throw e;
    if (existing !== undefined && e instanceof Error && !(e.name === 'PricingError')) {
      throw new CliError(EXIT.io, `Cannot update ${options.output}: ${e.message}; the file was left as it was.`);
    }
    throw e;
  }
}
