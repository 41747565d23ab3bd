/** Packaging sheet: tiers and the personas they serve, side by side. */
import type { SheetSpec, TableSpec } from '../spec';
import { blank, col, columnRange, formula, heading, HEADER_ROW, sheet, tableCell, text, textOrBlank } from './cells';
import { type BuildContext, place } from './context';
import { buyerGroupsTable, newJobFormula, newJobVerdict } from './buyerGroups';
import { ladderIdsRange } from './ladders';

export const SALES_MOTIONS = ['self-serve', 'inbound', 'account-based'] as const;
export const DISTRIBUTIONS = ['download', 'marketplace', 'saas', 'self-hosted-platform'] as const;
export const VALUE_METRICS = ['per-user', 'per-server', 'flat'] as const;
export const PERSONA_KINDS = ['user', 'buyer', 'both'] as const;

/** Tiers table columns (index = position). */
export const TIER_COLUMNS = ['Tier', 'Name', 'Personas', 'Serves', 'Job', 'Sales motion', 'Distribution', 'Value metric', 'Ladder', 'New job'] as const;
export const PERSONA_COLUMNS = ['Persona', 'Name', 'Role', 'Job', 'Kind'] as const;

export interface PackagingRefs {
  readonly sheet: SheetSpec;
  readonly tiers: TableSpec;
  readonly personas: TableSpec;
  readonly buyerGroups: TableSpec;
}

export function buildPackaging(ctx: BuildContext): PackagingRefs {
  const { model } = ctx;
  const personasAt = place(ctx, 'Personas', { row: HEADER_ROW, col: TIER_COLUMNS.length + 1 });
  const personaRows = model.personas.map((p) => [text(p.id), text(p.name), textOrBlank(p.role), textOrBlank(p.job), text(p.kind)]);
  const personas: TableSpec = {
    name: 'Personas',
    at: personasAt,
    style: 'TableStyleMedium4',
    caption: 'Personas',
    columns: [
      col('Persona', 'text', 'input', 'personas[].id'),
      col('Name', 'text', 'input', 'personas[].name'),
      col('Role', 'text', 'input', 'personas[].role'),
      col('Job', 'text', 'input', 'personas[].job'),
      col('Kind', 'text', 'input', 'personas[].kind'),
    ],
    rows: personaRows,
  };
  const tiersAt = place(ctx, 'Tiers', { row: HEADER_ROW, col: 0 });
  const personaIds = columnRange(personas, 0);
  const personaNames = columnRange(personas, 1);
  const byId = new Map(model.personas.map((p) => [p.id, p.name]));
  const tierRows = model.tiers.map((t, r) => {
    // The lead persona's name: the first id of the comma-separated list, looked up in Personas.
    const list = tableCell({ at: tiersAt }, r, 2);
    const lead = `TRIM(LEFT(${list},FIND(",",${list}&",")-1))`;
    const serves = `=IFERROR(INDEX(${personaNames},MATCH(${lead},${personaIds},0)),"")`;
    const first = t.personas[0];
    return [
      text(t.id),
      text(t.name),
      textOrBlank(t.personas.join(', ')),
      formula(serves, first !== undefined ? (byId.get(first) ?? '') : ''),
      textOrBlank(t.job),
      text(t.salesMotion),
      text(t.distribution),
      text(t.valueMetric),
      t.ladder !== undefined ? text(t.ladder) : blank,
      formula(newJobFormula({ at: tiersAt }, r, 2, 4), newJobVerdict(model, r)),
    ];
  });
  const tiers: TableSpec = {
    name: 'Tiers',
    at: tiersAt,
    style: 'TableStyleMedium2',
    caption: 'Tiers',
    columns: [
      col('Tier', 'text', 'input', 'tiers[].id'),
      col('Name', 'text', 'input', 'tiers[].name'),
      col('Personas', 'text', 'input', 'tiers[].personas'),
      col('Serves', 'text', 'formula'),
      col('Job', 'text', 'input', 'tiers[].job'),
      col('Sales motion', 'text', 'input', 'tiers[].salesMotion'),
      col('Distribution', 'text', 'input', 'tiers[].distribution'),
      col('Value metric', 'text', 'input', 'tiers[].valueMetric'),
      col('Ladder', 'text', 'input', 'tiers[].ladder'),
      col('New job', 'text', 'formula'),
    ],
    rows: tierRows,
  };
  const groupsAt = place(ctx, 'BuyerGroups', { row: HEADER_ROW, col: personasAt.col + PERSONA_COLUMNS.length + 1 });
  const groups = buyerGroupsTable(model, groupsAt, tiers, personas, 2);
  const dataRows = (t: TableSpec): number => Math.max(1, t.rows.length);
  const list = (table: TableSpec, c: number, values: readonly string[]) => ({
    range: { at: { row: table.at.row + 1, col: table.at.col + c }, rows: dataRows(table), cols: 1 },
    source: { kind: 'values' as const, values },
    allowBlank: false,
    error: `Pick one of: ${values.join(', ')}`,
  });
  return {
    tiers,
    personas,
    buyerGroups: groups,
    sheet: sheet({
      key: 'packaging',
      name: ctx.names.packaging,
      tables: [tiers, personas, groups],
      cells: heading(`${model.name}: packaging`, 'Who each tier serves, its job (each tier a new job for a new persona), sales motion, distribution and value metric, and each tier’s buyer group.'),
      validations: [
        list(tiers, 5, SALES_MOTIONS),
        list(tiers, 6, DISTRIBUTIONS),
        list(tiers, 7, VALUE_METRICS),
        list(personas, 4, PERSONA_KINDS),
        {
          range: { at: { row: tiers.at.row + 1, col: tiers.at.col + 8 }, rows: dataRows(tiers), cols: 1 },
          source: { kind: 'range', formula: `=${ladderIdsRange(ctx)}` },
          allowBlank: true,
          error: 'Pick a ladder from the Ladders sheet, or leave it blank',
        },
      ],
      frozenCols: 2,
      tabColor: '2F5597',
    }),
  };
}
