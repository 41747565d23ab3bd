/**
 * The mix a command reads from a CSV file (--mix): parsed (the engine's parseMixCsv), its items resolved
 * against the model (a SKU first, else a bundle id), and its rows checked as loadModel checks the mix of
 * a model file (as quote lines), or every problem printed to stderr naming the file, the row as a
 * spreadsheet numbers it (the header is row 1) and the column; the command then exits with EXIT.invalid.
 * `outcome` ends the summary line (what the command did not do). The mix takes the file's name, and the partner's purchases of the model's own mix (else none).
 */
import { basename, resolve } from 'node:path';
import Papa from 'papaparse';
import { loadModel, type Mix, type Model, parseMixCsv, resolveMixItems } from '../engine';
import { readBytes } from './files';
import type { CliIO } from './io';
import { cliMessages as m } from './messages';

/** The spreadsheet row number of each data row parseMixCsv keeps (it skips blank rows). */
function rowNumbers(text: string): number[] {
  const data = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data.slice(1);
  return data.flatMap((cells, i) => (cells.every((c) => c.trim() === '') ? [] : [i + 2]));
}

/** A model issue about a mix row as a CSV problem: "mix.csv row 3, level: no partner level "platnum"". */
function csvIssue(file: string, numbers: readonly number[], issue: { path: string; message: string }): string {
  const at = /^mix\.rows\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
  if (at === null) return issue.message;
  const row = numbers[Number(at[1])] ?? Number(at[1]) + 2;
  const reason = issue.message.startsWith(`${issue.path}: `) ? issue.message.slice(issue.path.length + 2) : issue.message;
  return at[2] === undefined ? `${file} row ${row}: ${reason}` : `${file} row ${row}, ${at[2]}: ${reason}`;
}

/** The mix in `file` (relative to the working directory) for `model`, or null when it has problems. */
export async function loadMixFile(file: string, model: Model, io: CliIO, outcome = 'nothing was compared'): Promise<Mix | null> {
  const text = new TextDecoder().decode(await readBytes(resolve(io.cwd, file)));
  const parsed = parseMixCsv(text, file);
  let issues = parsed.issues;
  let mix: Mix | null = null;
  if (parsed.mix !== null) {
    const partnerPurchases = model.mix?.partnerPurchases;
    mix = { name: basename(file), ...(partnerPurchases === undefined ? {} : { partnerPurchases }), rows: resolveMixItems(model, parsed.mix.rows) };
    const checked = loadModel({ ...model, mix });
    if (!checked.ok) {
      const numbers = rowNumbers(text);
      issues = checked.issues.map((i) => csvIssue(file, numbers, i));
    }
  }
  if (mix !== null && issues.length === 0) return mix;
  for (const issue of issues) io.err(`error: ${issue}`);
  io.err(m.badMix(file, issues.length, outcome));
  return null;
}
