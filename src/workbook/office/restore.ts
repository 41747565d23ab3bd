/**
 * Putting the workbook back after a failed or cancelled build. It works from what is there now, so it
 * undoes any prefix of any request: sheets the build added are deleted, renamed sheets get their names
 * back, tables take their previous ranges and styles (tables the build added go, tables it dropped come
 * back), every cell the build
 * could have written is written back from the snapshot, and Tiercraft's drop-down lists and charts are
 * those of the previous build again, re-described from the model it stored (a chart the build added goes
 * even when the failure came before it was named). Its conditional formats are found one by one
 * (ownRules.ts): those the build added go, and those it deleted come back at the priority they had among
 * the formats overlapping them; a user's formats are never touched.
 */
import { type Rect, parseRangeAddress } from '../rects';
import type { ConditionalFormatSpec, SheetKey, SheetSpec } from '../spec';
import { Batcher, type Step } from './batcher';
import { type NameSnapshot, restoreNamesStep } from './names';
import { disjointPieces, cellRestoreSteps, type SheetSnapshot } from './snapshot';
import { type OwnRule, queueOwnRules } from './ownRules';
import { CHART_PREFIX, conditionalStep, ruleSteps } from './sheetSteps';

const sameRect = (a: Rect, b: Rect): boolean => a.row === b.row && a.col === b.col && a.lastRow === b.lastRow && a.lastCol === b.lastCol;

export interface RestorePlan {
  /** Sheets the build added, by id (null until Excel gave one) and name. */
  readonly created: readonly { readonly id: string | null; readonly name: string }[];
  /** Tiercraft's defined names of the sheets built, as they were before. */
  readonly names: { readonly before: readonly NameSnapshot[]; readonly keys: ReadonlySet<SheetKey> };
  /** Sheets the build renamed: id → the name to give back. */
  readonly renamed: readonly { readonly id: string; readonly name: string }[];
  /** Every sheet updated in place. */
  readonly updated: readonly {
    readonly snapshot: SheetSnapshot;
    /** Tables the build adds to the sheet (a user's own tables there are never touched). */
    readonly addedTables: readonly string[];
    /** Where the drop-down lists of the previous and the new description stand. */
    readonly rules: readonly Rect[];
    /** Tiercraft's conditional formats before the build, and the rules whose formats count as its own. */
    readonly formats: { readonly before: readonly OwnRule[]; readonly ours: readonly ConditionalFormatSpec[] };
    /** Every chart on the sheet before the build: one not among them was added by the build, named or not yet. */
    readonly charts: readonly string[];
    /** The previous build's sheet, re-described; null when the stored model could not be described. */
    readonly previous: SheetSpec | null;
  }[];
}

/** Puts the workbook back; throws when Excel refuses (the caller reports that it may not be whole). */
export async function restoreWorkbook(context: Excel.RequestContext, plan: RestorePlan, budget: number): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name');
  const names = context.workbook.names.load('items/name,items/formula,items/comment');
  const live = plan.updated.map((u) => {
    const sheet = worksheets.getItem(u.snapshot.sheetId);
    return { u, sheet, tables: sheet.tables.load('items/name'), charts: sheet.charts.load('items/name') };
  });
  const formatsNow = queueOwnRules(context, plan.updated.map((u) => ({ sheetId: u.snapshot.sheetId, rules: u.formats.ours, halfWritten: true })));
  await context.sync();
  const ids = new Map(worksheets.items.map((s) => [s.id, s.name]));
  const ranges = live.map((l) => l.tables.items.map((t) => ({ table: t, range: t.getRange().load('address') })));
  const formats = formatsNow().read;
  await context.sync();
  const ownNow = formats();

  const steps: Step[] = [];
  const label = 'Restoring the workbook';
  steps.push({
    bytes: 2000,
    label,
    queue: () => {
      for (const c of plan.created) {
        const id = c.id ?? [...ids].find(([, name]) => name.toLowerCase() === c.name.toLowerCase())?.[0];
        if (id !== undefined && ids.has(id)) worksheets.getItem(id).delete();
      }
      live.forEach((l, i) => {
        const before = new Map(l.u.snapshot.tables.map((t) => [t.name.toLowerCase(), t]));
        const added = new Set(l.u.addedTables.map((t) => t.toLowerCase()));
        for (const { table, range } of ranges[i] ?? []) {
          const was = before.get(table.name.toLowerCase());
          if (was === undefined) {
            if (added.has(table.name.toLowerCase())) table.delete();
            continue;
          }
          if (!sameRect(parseRangeAddress(range.address), was.rect)) table.resize(l.sheet.getRangeByIndexes(was.rect.row, was.rect.col, was.rect.lastRow - was.rect.row + 1, was.rect.lastCol - was.rect.col + 1));
          table.style = was.style;
        }
        // A table the build dropped (its description no longer has it) comes back over its snapshot range, once
        // the tables the build added (which may stand there now) are gone; the cells follow below.
        const now = new Set((ranges[i] ?? []).map(({ table }) => table.name.toLowerCase()));
        for (const was of l.u.snapshot.tables) {
          if (now.has(was.name.toLowerCase())) continue;
          const back = l.sheet.tables.add(l.sheet.getRangeByIndexes(was.rect.row, was.rect.col, was.rect.lastRow - was.rect.row + 1, was.rect.lastCol - was.rect.col + 1), true);
          back.name = was.name;
          back.style = was.style;
        }
        const chartsBefore = new Set(l.u.charts);
        for (const chart of l.charts.items) if (chart.name.startsWith(CHART_PREFIX) || !chartsBefore.has(chart.name)) l.sheet.charts.getItem(chart.name).delete();
        const kept = new Set(l.u.formats.before.map((r) => r.id));
        for (const own of ownNow[i] ?? []) if (!kept.has(own.id)) own.format.delete();
        for (const r of disjointPieces(l.u.rules)) l.sheet.getRangeByIndexes(r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1).dataValidation.clear();
      });
    },
  });
  live.forEach((l, i) => {
    steps.push(...cellRestoreSteps(l.sheet, l.u.snapshot, label));
    if (l.u.previous) steps.push(...ruleSteps(l.sheet, { ...l.u.previous, conditionalFormats: [] }));
    // Highest priority first, so that each one's index counts the formats that stood above it.
    const still = new Set((ownNow[i] ?? []).map((r) => r.id));
    const gone = l.u.formats.before.filter((r) => !still.has(r.id)).sort((a, b) => a.priority - b.priority);
    steps.push(...gone.map((r) => conditionalStep(l.sheet, r.spec, label, r.priority)));
  });
  steps.push({
    bytes: 500,
    label,
    queue: () => {
      for (const r of plan.renamed) if (ids.has(r.id)) worksheets.getItem(r.id).name = r.name;
    },
  });
  const current = names.items.map((n) => ({ name: n.name, formula: String(n.formula), comment: n.comment }));
  steps.push(restoreNamesStep(context, plan.names.before, current, plan.names.keys, label));
  const batcher = new Batcher(context, { budget, total: 1 });
  for (const step of steps) await batcher.add(step);
  await batcher.flush();
}
