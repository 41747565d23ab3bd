/**
 * Clearing what a rebuild replaces on a sheet it updates in place: Tiercraft's previous cells that the
 * new description no longer covers, its drop-down lists and conditional formats, and its charts. Nothing
 * outside those areas is touched, so what a user added beside Tiercraft's tables stays.
 */
import { type Footprint, footprintRects } from '../footprint';
import { type Rect, subtractAll } from '../rects';
import type { Step } from './batcher';
import { disjointPieces } from './snapshot';

const rangeOf = (sheet: Excel.Worksheet, r: Rect): Excel.Range => sheet.getRangeByIndexes(r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1);

export interface ClearPlan {
  readonly previous: Footprint;
  readonly next: Footprint;
  /** Where the previous and the new drop-down lists and conditional formats stand. */
  readonly rules: readonly Rect[];
  /** Tiercraft's charts on the sheet now. */
  readonly charts: readonly string[];
}

export function clearSteps(sheet: Excel.Worksheet, plan: ClearPlan, label: string): Step[] {
  const held = footprintRects(plan.next);
  const leftovers = disjointPieces(footprintRects(plan.previous).flatMap((r) => subtractAll(r, held)));
  const rules = disjointPieces(plan.rules);
  return [
    {
      bytes: 150 * (leftovers.length + rules.length + plan.charts.length) + 100,
      label,
      queue: () => {
        for (const name of plan.charts) sheet.charts.getItem(name).delete();
        for (const r of rules) {
          const range = rangeOf(sheet, r);
          range.dataValidation.clear();
          range.conditionalFormats.clearAll();
        }
        for (const r of leftovers) {
          const range = rangeOf(sheet, r);
          range.clear('Contents');
          range.clear('Formats');
        }
      },
    },
  ];
}
