/**
 * The parts of an exceljs worksheet its type declarations leave out, typed in one place: its conditional
 * formats (a list), its data validations (one rule per cell address) and its tables (by name).
 */
import type { Cell, ConditionalFormattingOptions, DataValidation, Worksheet } from 'exceljs';
import type { Rect } from '../rects';

interface WorksheetInternals {
  conditionalFormattings?: ConditionalFormattingOptions[];
  dataValidations: { model: Record<string, DataValidation | undefined> };
  tables?: Record<string, unknown>;
}

const internals = (ws: Worksheet): WorksheetInternals => ws as unknown as WorksheetInternals;

/** The sheet's conditional formats, as a list that may be edited in place. */
export function conditionalFormats(ws: Worksheet): ConditionalFormattingOptions[] {
  const w = internals(ws);
  w.conditionalFormattings ??= [];
  return w.conditionalFormattings;
}

/** The sheet's data validations by cell address (A1), editable in place. */
export const validationsByCell = (ws: Worksheet): Record<string, DataValidation | undefined> => internals(ws).dataValidations.model;

/** The sheet's tables by name (exceljs table objects). */
export const tablesByName = (ws: Worksheet): Record<string, unknown> => internals(ws).tables ?? {};

/** The models of the sheet's tables as exceljs holds them (a table loaded without a style has `style` null). */
export function tableModels(ws: Worksheet): { style?: Record<string, unknown> | null }[] {
  return Object.values(tablesByName(ws)).flatMap((t) => {
    const model = (t as { table?: { style?: Record<string, unknown> | null } }).table;
    return model === undefined ? [] : [model];
  });
}

/** Calls `visit` for every cell of `rects` that the worksheet holds (0-based row and column), row by row. */
export function eachCellIn(ws: Worksheet, rects: readonly Rect[], visit: (cell: Cell, row: number, col: number) => void): void {
  for (const r of rects) {
    for (let row = r.row; row <= r.lastRow; row += 1) {
      const found = ws.findRow(row + 1);
      if (found === undefined) continue;
      for (let col = r.col; col <= r.lastCol; col += 1) {
        const cell = found.findCell(col + 1);
        if (cell !== undefined) visit(cell, row, col);
      }
    }
  }
}
