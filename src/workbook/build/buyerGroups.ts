/**
 * Packaging sheet: whether each tier serves a new job, and each tier's buyer group as a matrix of
 * personas by tier, both live formulas over the Tiers and Personas tables (engine: guardrails/tierJobs.ts).
 */
import { buyerGroups, definingPersona, jobKey } from '../../engine';
import type { Model } from '../../engine';
import type { CellAddress, CellSpec, TableSpec } from '../spec';
import { col, formula, tableCell } from './cells';
import { uniqueHeaders } from './context';

export const NEW_JOB = 'New job';
export const REPEATED_JOB = 'More features, not a new job';

/** The lead persona id of a comma-separated Personas cell, as the Serves column reads it. */
export const leadOf = (list: string): string => `TRIM(LEFT(${list},FIND(",",${list}&",")-1))`;

/** What the engine says of tier `r`: New job, More features… (a repeat of an earlier tier), or '' (no persona or job). */
export function newJobVerdict(model: Model, r: number): string {
  const tier = model.tiers[r];
  if (tier === undefined || definingPersona(tier) === '' || jobKey(tier.job) === '') return '';
  const key = (t: (typeof model.tiers)[number]): string => `${jobKey(definingPersona(t))}\u0000${jobKey(t.job)}`;
  return model.tiers.slice(0, r).some((t) => key(t) === key(tier)) ? REPEATED_JOB : NEW_JOB;
}

/**
 * The New job cell of tier row `r`: compares its lead persona and TRIMmed job with every earlier row's
 * (Excel's = compares text case-insensitively, as the engine's jobKey does).
 */
export function newJobFormula(tiers: Pick<TableSpec, 'at'>, r: number, personasCol: number, jobCol: number): string {
  const list = tableCell(tiers, r, personasCol);
  const job = tableCell(tiers, r, jobCol);
  const empty = `OR(${leadOf(list)}="",TRIM(${job})="")`;
  if (r === 0) return `=IF(${empty},"","${NEW_JOB}")`;
  const lists = `${tableCell(tiers, 0, personasCol, true)}:${tableCell(tiers, r - 1, personasCol, true)}`;
  const jobs = `${tableCell(tiers, 0, jobCol, true)}:${tableCell(tiers, r - 1, jobCol, true)}`;
  const repeats = `SUMPRODUCT((${leadOf(lists)}=${leadOf(list)})*(TRIM(${jobs})=TRIM(${job})))`;
  return `=IF(${empty},"",IF(${repeats}>0,"${REPEATED_JOB}","${NEW_JOB}"))`;
}

/**
 * BuyerGroups table: one row per persona, one column per tier; ✓ where the persona is in the tier's
 * buyer group, i.e. listed by the tier or any tier before it. The lists are compared without spaces,
 * as ",id," inside ",list,", so "end-user" does not match "power-end-user".
 */
export function buyerGroupsTable(model: Model, at: CellAddress, tiers: Pick<TableSpec, 'at'>, personas: Pick<TableSpec, 'at'>, personasCol: number): TableSpec {
  const groups = buyerGroups(model);
  const headers = uniqueHeaders(model.tiers, ['Persona']);
  const squeeze = (ref: string): string => `SUBSTITUTE(${ref}," ","")`;
  const rows = model.personas.map((p, r): CellSpec[] => [
    formula(`=${tableCell(personas, r, 1)}`, p.name),
    ...model.tiers.map((t, k) => {
      const lists = `${tableCell(tiers, 0, personasCol, true)}:${tableCell(tiers, k, personasCol, true)}`;
      const id = squeeze(tableCell(personas, r, 0));
      const member = `SUMPRODUCT(--ISNUMBER(SEARCH(","&${id}&",",","&${squeeze(lists)}&",")))>0`;
      return formula(`=IF(${member},"✓","")`, (groups.get(t.id) ?? []).includes(p.id) ? '✓' : '');
    }),
  ]);
  return {
    name: 'BuyerGroups',
    at,
    style: 'TableStyleLight9',
    caption: 'Buyer group of each tier',
    columns: [col('Persona', 'text', 'formula'), ...headers.map((h) => col(h, 'text', 'formula'))],
    rows,
  };
}
