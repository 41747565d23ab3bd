/**
 * What `validate`, `build` and `read` report about a model: the issues loadModel finds (and, for
 * `read`, the bad cells of the workbook), and every guardrail breach the engine finds, each with its
 * path, the workbook cell when known, and its severity. Printed as lines for people, or as one JSON
 * document for scripts. Pure: the commands print what it returns.
 */
import { breachLocator, modelBreaches, type BreachRule, type WorkbookLayout } from '../engine';
import type { LoadResult } from '../engine/model/loadModel';
import type { Model } from '../engine/model/schema';

export type Severity = 'error' | 'warning';

export interface ReportIssue {
  readonly severity: Severity;
  /** The model path at fault ("prices[0].listPrice"), when the issue is about the model. */
  readonly path?: string;
  /** The workbook cell at fault ("Price book!E5"), when the issue is about a cell. */
  readonly cell?: string;
  readonly message: string;
}

export interface ReportBreach {
  readonly rule: BreachRule;
  readonly severity: Severity;
  /** Where in the model: "prices[3]", "quote.lines[2]", "ladders[0].bands[1]". */
  readonly path: string;
  /** The workbook cell of that row ("Price book!A9"), when the workbook shows it. */
  readonly cell?: string;
  readonly message: string;
}

/** The --json document: valid is false when the model (or the workbook read) cannot be used. */
export interface Report {
  readonly valid: boolean;
  readonly issues: readonly ReportIssue[];
  readonly breaches: readonly ReportBreach[];
}

/** How strictly breaches fail a command: not at all, on errors, or on warnings too. */
export type Strictness = 'off' | 'errors' | 'warnings';

const withoutPrefix = (message: string, path: string): string => (message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message);

/** The report of a loaded model; `layout` (the workbook describing it) locates each breach's cell. */
export function modelReport(loaded: LoadResult, layout: WorkbookLayout | null = null, before: readonly ReportIssue[] = []): Report {
  const issue = (severity: Severity) => (i: { path: string; message: string }): ReportIssue => ({ severity, path: i.path, message: withoutPrefix(i.message, i.path) });
  const warnings = loaded.warnings.map(issue('warning'));
  if (!loaded.ok) return { valid: false, issues: [...before, ...loaded.issues.map(issue('error')), ...warnings], breaches: [] };
  return { valid: true, issues: [...before, ...warnings], breaches: breachesOf(loaded.model, layout) };
}

export function breachesOf(model: Model, layout: WorkbookLayout | null): ReportBreach[] {
  const locate = layout ? breachLocator(model, layout) : () => undefined;
  return modelBreaches(model).map((b) => {
    const at = locate(b.path);
    const breach: ReportBreach = { rule: b.rule, severity: b.severity, path: b.path.split(' ')[0] ?? b.path, message: withoutPrefix(b.message, b.path) };
    return at ? { ...breach, cell: `${at.sheet}!${at.address}` } : breach;
  });
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
}

/** Errors and warnings, issues and breaches together. */
export function countsOf(report: Report): Counts {
  const all = [...report.issues, ...report.breaches];
  return { errors: all.filter((x) => x.severity === 'error').length, warnings: all.filter((x) => x.severity === 'warning').length };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
export const countsText = (c: Counts): string => `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}`;

/** True when --strict at this level fails on what the report holds. */
export function failsStrict(report: Report, strictness: Strictness): boolean {
  if (strictness === 'off') return false;
  const counts = countsOf(report);
  return counts.errors > 0 || (strictness === 'warnings' && counts.warnings > 0);
}

/** One line per issue and breach: "error: quote.lines[2] (Quote!A8) [max-customer-discount]: …", "error: Price book!D5: …". */
export function reportLines(report: Report): string[] {
  const where = (x: { path?: string; cell?: string }): string => (x.path === undefined ? (x.cell ?? '') : x.cell === undefined ? x.path : `${x.path} (${x.cell})`);
  return [
    ...report.issues.map((i) => `${i.severity}: ${where(i) === '' ? '' : `${where(i)}: `}${i.message}`),
    ...report.breaches.map((b) => `${b.severity}: ${where(b)} [${b.rule}]: ${b.message}`),
  ];
}

export const reportJson = (report: Report): string => JSON.stringify(report, null, 2);
