/**
 * Clearing what a rebuild replaces on a sheet it updates in place: Tiercraft's tables the new description
 * no longer has (a table whose cells were only cleared would stay behind, a table of no one), its
 * previous cells that the new description no longer covers, its drop-down lists, its own conditional
 * formats (found by ownRules.ts: a user's format on the same cells stays), and its charts. Nothing outside
 * those areas is touched, so what a user added beside Tiercraft's tables stays.
 */
import { type Footprint, footprintRects } from '../footprint';
import { type Rect, subtractAll } from '../rects';
import type { Step } from './batcher';
import { disjointPieces } from './snapshot';

const rangeOf = (sheet: Excel.Worksheet, r: Rect): Excel.Range => sheet.getRangeByIndexes(r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1);

export interface ClearPlan {
  readonly previous: Footprint;
  readonly next: Footprint;
  /** Where the previous and the new drop-down lists stand. */
  readonly rules: readonly Rect[];
  /** Tiercraft's own conditional formats on the sheet now. */
  readonly formats: readonly Excel.ConditionalFormat[];
  /** Tiercraft's charts on the sheet now. */
  readonly charts: readonly string[];
  /** Tiercraft's tables on the sheet now that the new description no longer has. */
  readonly droppedTables: readonly string[];
}

export function clearSteps(sheet: Excel.Worksheet, plan: ClearPlan, label: string): Step[] {
  const held = footprintRects(plan.next);
  const leftovers = disjointPieces(footprintRects(plan.previous).flatMap((r) => subtractAll(r, held)));
  const rules = disjointPieces(plan.rules);
  return [
    {
      bytes: 150 * (leftovers.length + rules.length + plan.formats.length + plan.charts.length + plan.droppedTables.length) + 100,
      label,
      queue: () => {
        // Table.delete (ExcelApi 1.1): "Deletes the table." Its cells are cleared below with the other leftovers.
        for (const name of plan.droppedTables) sheet.tables.getItem(name).delete();
        for (const name of plan.charts) sheet.charts.getItem(name).delete();
        for (const format of plan.formats) format.delete();
        for (const r of rules) rangeOf(sheet, r).dataValidation.clear();
        for (const r of leftovers) {
          const range = rangeOf(sheet, r);
          range.clear('Contents');
          range.clear('Formats');
        }
      },
    },
  ];
}
