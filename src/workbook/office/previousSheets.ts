/**
 * The previous build's sheets during a rebuild: where Tiercraft's tables were, whether the new tables
 * would cover cells a user added, and clearing Tiercraft's old content from the working copy of a sheet
 * (the copy keeps everything else a user added: cells, formats, charts, comments).
 */
import type { SheetKey, SheetSpec, WorkbookSpec } from '../spec';
import { WorkbookUnchangedError, officeMessages } from './messages';
import type { SheetInfo } from './readState';
import { type Rect, intersection, parseRangeAddress, rectA1, rectOf, subtractAll } from './rects';
import { CHART_PREFIX } from './sheetSteps';

export interface PreviousSheet {
  readonly sheet: SheetInfo;
  readonly tables: readonly string[];
}

export interface PreviousLayout {
  /** Rectangles of Tiercraft's tables on the sheet, by table name. */
  readonly tables: ReadonlyMap<string, Rect>;
  /** The sheet's used range (values), or null when empty. */
  readonly used: Rect | null;
}

/** A previous sheet is copied (to keep what a user added) when it is visible and not the model sheet. */
export const keepsUserContent = (key: SheetKey, sheet: SheetInfo): boolean => key !== 'model' && sheet.visibility === 'Visible';

/** Loads the previous sheets' table rectangles and used ranges. One sync (none without previous sheets). */
export async function readPreviousLayout(
  context: Excel.RequestContext,
  previous: ReadonlyMap<SheetKey, PreviousSheet>,
  existingTables: readonly string[],
): Promise<Map<SheetKey, PreviousLayout>> {
  const known = new Set(existingTables.map((t) => t.toLowerCase()));
  const loads = [...previous].map(([key, p]) => {
    const sheet = context.workbook.worksheets.getItem(p.sheet.id);
    const tables = p.tables.filter((t) => known.has(t.toLowerCase())).map((name) => ({ name, range: sheet.tables.getItem(name).getRange().load('address') }));
    const used = sheet.getUsedRangeOrNullObject(true).load('address');
    return { key, tables, used };
  });
  if (loads.length > 0) await context.sync();
  return new Map(
    loads.map(({ key, tables, used }) => [key, { tables: new Map(tables.map((t) => [t.name, parseRangeAddress(t.range.address)])), used: used.isNullObject ? null : parseRangeAddress(used.address) }]),
  );
}

/** The cells a sheet's tables will cover (header and at least one data row). */
function tableRects(spec: SheetSpec): Rect[] {
  return spec.tables.map((t) => rectOf({ at: t.at, rows: Math.max(t.rows.length, 1) + 1, cols: t.columns.length }));
}

/**
 * Throws WorkbookUnchangedError when a new table would cover a non-empty cell of a previous sheet that
 * was not in one of Tiercraft's tables (a user's cell). One sync when there is anything to look at.
 */
export async function checkUserCells(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  previous: ReadonlyMap<SheetKey, PreviousSheet>,
  layouts: ReadonlyMap<SheetKey, PreviousLayout>,
): Promise<void> {
  const probes: { sheet: string; rect: Rect; range: Excel.Range }[] = [];
  for (const sheetSpec of spec.sheets) {
    const prev = previous.get(sheetSpec.key);
    const layout = layouts.get(sheetSpec.key);
    if (!prev || !layout?.used || !keepsUserContent(sheetSpec.key, prev.sheet)) continue;
    const used = layout.used;
    for (const rect of tableRects(sheetSpec)) {
      for (const piece of subtractAll(rect, [...layout.tables.values()])) {
        const probe = intersection(piece, used);
        if (!probe) continue;
        const range = context.workbook.worksheets
          .getItem(prev.sheet.id)
          .getRangeByIndexes(probe.row, probe.col, probe.lastRow - probe.row + 1, probe.lastCol - probe.col + 1)
          .load('formulas');
        probes.push({ sheet: prev.sheet.name, rect: probe, range });
      }
    }
  }
  if (probes.length === 0) return;
  await context.sync();
  for (const probe of probes) {
    const grid = probe.range.formulas as unknown[][];
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== '' && v !== null) {
          throw new WorkbookUnchangedError('user-cells', officeMessages.userCells(probe.sheet, rectA1({ row: probe.rect.row + r, col: probe.rect.col + c, lastRow: probe.rect.row + r, lastCol: probe.rect.col + c })));
        }
      }),
    );
  }
}

/**
 * Queues the removal of Tiercraft's previous content from the copy of a sheet: its tables (matched by
 * range, since Excel renames tables on a copy), what their cells held, the drop-downs and conditional
 * formats over them and over the new ones, and Tiercraft's charts. `copyTables` and `copyCharts` are the
 * copy's loaded collections.
 */
export function clearPreviousContent(
  copy: Excel.Worksheet,
  copyTables: readonly { readonly table: Excel.Table; readonly address: string }[],
  copyCharts: readonly string[],
  layout: PreviousLayout,
  next: SheetSpec,
): void {
  const old = [...layout.tables.values()];
  const same = (a: Rect, b: Rect): boolean => a.row === b.row && a.col === b.col && a.lastRow === b.lastRow && a.lastCol === b.lastCol;
  for (const { table, address } of copyTables) {
    const rect = parseRangeAddress(address);
    if (old.some((o) => same(o, rect))) table.delete();
  }
  const byIndexes = (r: Rect): Excel.Range => copy.getRangeByIndexes(r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1);
  for (const rect of old) {
    const range = byIndexes(rect);
    range.clear('All');
    range.dataValidation.clear();
    range.conditionalFormats.clearAll();
  }
  for (const v of next.validations) byIndexes(rectOf(v.range)).dataValidation.clear();
  for (const c of next.conditionalFormats) byIndexes(rectOf(c.range)).conditionalFormats.clearAll();
  for (const name of copyCharts) if (name.startsWith(CHART_PREFIX)) copy.charts.getItem(name).delete();
}
