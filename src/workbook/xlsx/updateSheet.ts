/**
 * Updates one of Tiercraft's sheets in place: only what the previous build wrote changes. Its registered
 * tables are rewritten where they stand under the same names, cells of its previous footprint that the new
 * one no longer covers are cleared, and only the conditional formats and drop-down lists lying within that
 * footprint are replaced. The user's cells, notes, tables, rules, column widths, visibility, tab colour
 * and frozen panes stay as they are; columns the footprint newly covers take Tiercraft's widths. The page
 * setup is rewritten (pageSetup.ts): orientation, fitting, titles and print area follow the new build.
 */
import type { Worksheet } from 'exceljs';
import { footprintRects, sheetFootprint } from '../footprint';
import { parseRangeAddress, type Rect } from '../rects';
import type { SheetSpec } from '../spec';
import { conditionalFormats, eachCellIn, validationsByCell } from './internals';
import { writePageSetup } from './pageSetup';
import { type PreviousSheet, within } from './previous';
import { type FormatContext, writeColumnWidths, writeSheetContent } from './writeSheet';

/** The rectangles of an address list ('A1:B4 D2'), or null when a piece is not a plain range. */
function rectsOf(ref: string): Rect[] | null {
  try {
    return ref.trim().split(/\s+/).map(parseRangeAddress);
  } catch {
    return null;
  }
}

const inside = (ref: string, rects: readonly Rect[]): boolean => {
  const parts = rectsOf(ref);
  return parts !== null && parts.every((p) => within(p, rects));
};

/** Removes the conditional formats and drop-down lists that lie within `rects` (Tiercraft's). */
function removeRules(ws: Worksheet, rects: readonly Rect[]): void {
  const formats = conditionalFormats(ws);
  const kept = formats.filter((cf) => !inside(cf.ref, rects));
  formats.splice(0, formats.length, ...kept);
  const validations = validationsByCell(ws);
  for (const address of Object.keys(validations)) if (inside(address, rects)) delete validations[address];
}

/** Empties the cells of `rects`: values and looks (a note stays: it is the user's). */
function clearCells(ws: Worksheet, rects: readonly Rect[]): void {
  eachCellIn(ws, rects, (cell) => {
    cell.value = null;
    cell.style = {};
  });
}

/** Columns covered by `rects`. */
function columnsOf(rects: readonly Rect[]): Set<number> {
  const out = new Set<number>();
  for (const r of rects) for (let c = r.col; c <= r.lastCol; c += 1) out.add(c);
  return out;
}

export function updateSheet(previous: PreviousSheet, sheet: SheetSpec, fmt: FormatContext): void {
  const { ws } = previous;
  const before = footprintRects(previous.footprint);
  removeRules(ws, before);
  for (const name of previous.tableNames) ws.removeTable(name);
  clearCells(ws, before);
  const held = columnsOf(before);
  const newColumns = [...columnsOf(footprintRects(sheetFootprint(sheet)))].filter((c) => !held.has(c));
  writeColumnWidths(ws, sheet, new Set(newColumns));
  if (ws.name !== sheet.name) ws.name = sheet.name;
  writeSheetContent(ws, sheet, fmt);
  // The sheet is Tiercraft's: it prints as built (its print area follows its tables), the user's paper size kept.
  writePageSetup(ws, sheet.print);
}
