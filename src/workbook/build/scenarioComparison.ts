/**
 * The comparison of the base with every scenario on the Scenarios sheet: the engine's figures
 * (compareScenarios) as built, one row per book (the mix, the quote) and scenario: each party's revenue,
 * pocket and margin, their change against the base, and the guardrail breaches (errors, warnings, new
 * ones); with a clustered column chart of the vendor's pocket and each party's margin by scenario.
 * A rebuild refreshes it; the live block beside the selector follows the selector instead.
 */
import { type BookFigures, type BookImpact, type Breach, compareScenarios, PARTY_NAMES, type PartyName, toNumber } from '../../engine';
import type { CellAddress, CellSpec, ChartSpec, TableSpec } from '../spec';
import { col, num, text } from './cells';
import type { BuildContext } from './context';

const FIGURES = ['revenue', 'pocket', 'margin'] as const;
const PARTY_LABELS: Record<PartyName, string> = { vendor: 'Vendor', distributor: 'Distributor', reseller: 'Reseller', customer: 'Customer' };
const figureHeader = (p: PartyName, f: (typeof FIGURES)[number]): string => `${PARTY_LABELS[p]} ${f}`;
/** The columns the chart draws: the vendor's pocket and every party's margin. */
const CHARTED = ['Vendor pocket', ...PARTY_NAMES.map((p) => figureHeader(p, 'margin'))];
const CHART_ROWS = 18;
const CHART_COLS = 9;

export const COMPARISON_COLUMNS = [
  'Book',
  'Scenario',
  'Lines',
  ...PARTY_NAMES.flatMap((p) => FIGURES.map((f) => figureHeader(p, f))),
  ...PARTY_NAMES.flatMap((p) => FIGURES.map((f) => `${figureHeader(p, f)} change`)),
  'Errors',
  'Warnings',
  'New breaches',
] as const;

const counts = (breaches: readonly Breach[]): { errors: number; warnings: number } => ({
  errors: breaches.filter((b) => b.severity === 'error').length,
  warnings: breaches.filter((b) => b.severity !== 'error').length,
});

function row(book: string, name: string, figures: BookFigures, change: BookImpact | null, breaches: readonly Breach[], appeared: number | null): CellSpec[] {
  const c = counts(breaches);
  return [
    text(book),
    text(name),
    num(figures.lines),
    ...PARTY_NAMES.flatMap((p) => FIGURES.map((f) => num(toNumber(figures.parties[p][f])))),
    ...PARTY_NAMES.flatMap((p) => FIGURES.map((f) => {
      const impact = change?.parties.find((x) => x.party === p);
      return num(impact === undefined ? 0 : toNumber(impact[f].change));
    })),
    num(c.errors),
    num(c.warnings),
    appeared === null ? text('') : num(appeared),
  ];
}

/** The breaches of a scenario's model: the base's, less those gone, plus those new (compared by rule and subject). */
function scenarioBreaches(base: readonly Breach[], changes: { appeared: readonly Breach[]; disappeared: readonly Breach[] }): Breach[] {
  const key = (b: Breach): string => `${b.rule}|${b.path}`;
  const gone = new Set(changes.disappeared.map(key));
  return [...base.filter((b) => !gone.has(key(b))), ...changes.appeared];
}

/** The comparison table at `at` and its chart below it (none without a scenario or a book to price). */
export function comparisonTable(ctx: BuildContext, at: CellAddress): { table: TableSpec; chart: ChartSpec | null } {
  const compared = ctx.model.scenarios.length === 0 ? null : compareScenarios(ctx.model);
  const rows: CellSpec[][] = [];
  const books = [
    ['Mix', compared?.mix ?? null, (c: NonNullable<typeof compared>['scenarios'][number]) => c.comparison.mix],
    ['Quote', compared?.quote ?? null, (c: NonNullable<typeof compared>['scenarios'][number]) => c.comparison.quote],
  ] as const;
  let charted: { first: number; count: number } | null = null;
  for (const [book, base, impactOf] of books) {
    if (compared === null || base === null) continue;
    const first = rows.length;
    rows.push(row(book, 'Base', base, null, compared.breaches, null));
    for (const s of compared.scenarios) {
      const impact = impactOf(s);
      if (impact === null) continue;
      rows.push(row(book, s.scenario.name, impact.other, impact, scenarioBreaches(compared.breaches, s.comparison.breaches), s.comparison.breaches.appeared.length));
    }
    charted ??= { first, count: rows.length - first };
  }
  const table: TableSpec = {
    name: 'ScenarioComparison',
    at,
    style: 'TableStyleMedium6',
    caption: 'Base against every scenario (the engine’s figures when the workbook was built; rebuild to refresh)',
    columns: COMPARISON_COLUMNS.map((h) => col(h, h === 'Book' || h === 'Scenario' ? 'text' : h === 'Lines' || h === 'Errors' || h === 'Warnings' || h === 'New breaches' ? 'integer' : 'money', 'label')),
    rows,
  };
  if (charted === null) return { table, chart: null };
  const colOf = (h: string): number => at.col + COMPARISON_COLUMNS.indexOf(h as (typeof COMPARISON_COLUMNS)[number]);
  const range = (h: string) => ({ at: { row: at.row + 1 + charted.first, col: colOf(h) }, rows: charted.count, cols: 1 });
  const top = at.row + Math.max(1, rows.length) + 2;
  const book = rows[charted.first]?.[0];
  return {
    table,
    chart: {
      kind: 'column',
      title: `${book?.kind === 'text' ? book.value : ''}: the vendor's pocket and each party's margin by scenario`,
      categories: range('Scenario'),
      series: CHARTED.map((h) => ({ name: h, values: range(h) })),
      from: { row: top, col: at.col },
      to: { row: top + CHART_ROWS, col: at.col + CHART_COLS },
      yTitle: ctx.model.currency,
    },
  };
}
