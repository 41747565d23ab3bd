/**
 * The Overview's guardrail status: breaches (errors) and warnings counted by rule, live over the Checks
 * table's Status and Rule columns; and the breaches and warnings the engine finds, each with a link to
 * its row on the Checks sheet (the first OVERVIEW_BREACHES_SHOWN, with the total in the caption).
 */
import type { CellAddress, CellSpec, TableSpec } from '../spec';
import { col, columnRange, formula, tableCell, text } from './cells';
import { CHECKS_COLUMNS, type ChecksRefs } from './checks';
import { type BuildContext, on, place } from './context';
import { cellLink } from './sheetLinks';

/** How many breaches and warnings the Overview lists; the Checks sheet lists them all. */
export const OVERVIEW_BREACHES_SHOWN = 50;
/** The row counting every rule, last in the GuardrailStatus table. */
export const ALL_RULES = 'All rules';

const colOf = (header: (typeof CHECKS_COLUMNS)[number]): number => CHECKS_COLUMNS.indexOf(header);

/** A check row as the engine judged it (the cached results of the Checks table). */
interface CheckedRow {
  readonly row: number;
  readonly check: string;
  readonly where: string;
  readonly status: string;
  readonly rule: string;
}

const textIn = (cell: CellSpec | undefined): string =>
  cell === undefined ? '' : cell.kind === 'text' ? cell.value : cell.kind === 'formula' && typeof cell.result === 'string' ? cell.result : '';

function checkedRows(checks: TableSpec): CheckedRow[] {
  return checks.rows.map((r, row) => ({
    row,
    check: textIn(r[colOf('Check')]),
    where: textIn(r[colOf('Where')]),
    status: textIn(r[colOf('Status')]),
    rule: textIn(r[colOf('Rule')]),
  }));
}

/** Breaches and warnings by rule (every rule the Checks sheet checks), then all rules together. */
export function guardrailStatusTable(ctx: BuildContext, at: CellAddress, checks: ChecksRefs): TableSpec {
  const rows = checkedRows(checks.checks);
  const rules = [...new Set(rows.map((r) => r.rule).filter((r) => r !== ''))];
  const status = on(ctx, 'checks', columnRange(checks.checks, colOf('Status')));
  const rule = on(ctx, 'checks', columnRange(checks.checks, colOf('Rule')));
  const tableAt = place(ctx, 'GuardrailStatus', at);
  const count = (r: number, what: 'Breach' | 'Warning', of: string | null): CellSpec => {
    const ruleCell = tableCell({ at: tableAt }, r, 0);
    const n = rows.filter((x) => x.status === what && (of === null || x.rule === of)).length;
    return formula(of === null ? `=COUNTIF(${status},"${what}")` : `=COUNTIFS(${status},"${what}",${rule},${ruleCell})`, n);
  };
  return {
    name: 'GuardrailStatus',
    at: tableAt,
    style: 'TableStyleMedium4',
    caption: 'Guardrail status by rule, live',
    columns: [col('Rule', 'text', 'label'), col('Breaches', 'integer', 'formula'), col('Warnings', 'integer', 'formula')],
    rows: [...rules.map((r, i) => [text(r), count(i, 'Breach', r), count(i, 'Warning', r)]), [text(ALL_RULES), count(rules.length, 'Breach', null), count(rules.length, 'Warning', null)]],
  };
}

/** The breaches and warnings the engine finds, breaches first, each linked to its row on the Checks sheet. */
export function breachListTable(ctx: BuildContext, at: CellAddress, checks: ChecksRefs): TableSpec {
  const found = checkedRows(checks.checks).filter((r) => r.status === 'Breach' || r.status === 'Warning');
  const ordered = [...found.filter((r) => r.status === 'Breach'), ...found.filter((r) => r.status === 'Warning')];
  const shown = ordered.slice(0, OVERVIEW_BREACHES_SHOWN);
  const statusCell = (r: number): string => on(ctx, 'checks', tableCell(checks.checks, r, colOf('Status'), true));
  const checkAt = (r: number): CellAddress => ({ row: checks.checks.at.row + 1 + r, col: checks.checks.at.col + colOf('Check') });
  const caption =
    ordered.length === 0
      ? 'Breaches and warnings: none when built (the status above is live)'
      : ordered.length > shown.length
        ? `Breaches and warnings when built: the first ${shown.length} of ${ordered.length}; the Checks sheet lists them all`
        : `Breaches and warnings when built: all ${ordered.length}, each linked to its row on the Checks sheet`;
  return {
    name: 'BreachList',
    at: place(ctx, 'BreachList', at),
    style: 'TableStyleMedium4',
    caption,
    columns: [col('Status now', 'text', 'formula'), col('Rule', 'text', 'label'), col('Check', 'text', 'label'), col('Where', 'text', 'label'), col('On the Checks sheet', 'text', 'formula')],
    rows: shown.map((r) => [
      formula(`=${statusCell(r.row)}`, r.status),
      text(r.rule),
      text(r.check),
      text(r.where),
      cellLink(ctx, 'checks', checkAt(r.row), `Row ${checkAt(r.row).row + 1}`),
    ]),
  };
}
