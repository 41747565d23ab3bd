/**
 * The parts of an exceljs worksheet its type declarations leave out, typed in one place: its conditional
 * formats (a list), its data validations (one rule per cell address) and its tables (by name).
 */
import type { ConditionalFormattingOptions, DataValidation, Worksheet } from 'exceljs';

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
