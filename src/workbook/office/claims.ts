/**
 * Before a rebuild writes anything: the cells its tables and titles would newly cover must be empty.
 * A cell there that holds anything is a user's, and the build stops, naming it. Only reads.
 */
import { claimedRects, sheetFootprint } from '../footprint';
import { type Rect, intersection, parseRangeAddress, rectA1 } from '../rects';
import type { SheetKey, WorkbookSpec } from '../spec';
import { workbookMessages } from '../messages';
import { WorkbookUnchangedError } from './messages';
import { type PreviousSheet, footprintOf } from './previous';

/** Throws WorkbookUnchangedError('user-cells') when a claimed cell holds a value or formula. Two syncs at most. */
export async function checkClaims(context: Excel.RequestContext, spec: WorkbookSpec, previous: ReadonlyMap<SheetKey, PreviousSheet>): Promise<void> {
  const sheets = spec.sheets.flatMap((s) => {
    const p = previous.get(s.key);
    return p ? [{ spec: s, p, used: context.workbook.worksheets.getItem(p.sheet.id).getUsedRangeOrNullObject(true).load('address') }] : [];
  });
  if (sheets.length === 0) return;
  await context.sync();
  const probes = sheets.flatMap(({ spec: s, p, used }) => {
    if (used.isNullObject) return [];
    const usedRect = parseRangeAddress(used.address);
    return claimedRects(sheetFootprint(s), footprintOf(p))
      .map((r) => intersection(r, usedRect))
      .filter((r): r is Rect => r !== null)
      .map((r) => ({ sheet: p.sheet.name, rect: r, range: context.workbook.worksheets.getItem(p.sheet.id).getRangeByIndexes(r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1).load('formulas') }));
  });
  if (probes.length === 0) return;
  await context.sync();
  const taken = new Map<string, string[]>();
  for (const probe of probes) {
    (probe.range.formulas as unknown[][]).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === '' || v === null) return;
        const cells = taken.get(probe.sheet) ?? [];
        cells.push(rectA1({ row: probe.rect.row + r, col: probe.rect.col + c, lastRow: probe.rect.row + r, lastCol: probe.rect.col + c }));
        taken.set(probe.sheet, cells);
      }),
    );
  }
  const [first] = taken;
  if (first) throw new WorkbookUnchangedError('user-cells', workbookMessages.userCells(first[0], first[1]));
}
