/** Everything of a user's in a workbook the update specs start from (test/fixtures/xlsx/userContent.ts), as plain data to compare. */
import type ExcelJS from 'exceljs';
import { BESIDE, EMPTY_NOTE, HIDDEN_SHEET, RECOLOURED, USER_FORMULAS, USER_SHEET, USER_TABLE } from '../fixtures/xlsx/userContent';
import { conditionalFormats, validationsByCell } from '../../src/workbook/xlsx/internals';
import { preparePackage } from '../../src/workbook/xlsx/package';
import { loadXlsx, tablesOf } from '../../src/workbook/xlsx/readXlsx';

/** Loads a workbook the way an update does (whatever tool saved it last). */
export async function loadAny(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return loadXlsx((await preparePackage(bytes)).bytes);
}

const noteText = (note: unknown): string | null => {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
};

const formulaOf = (cell: ExcelJS.Cell): unknown => {
  const v = cell.value;
  return v !== null && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : v;
};

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

export interface UserState {
  readonly sheets: readonly string[];
  readonly hidden: string;
  readonly tabColour: string | undefined;
  readonly beside: readonly unknown[];
  readonly userTable: { ref: unknown; values: unknown[] };
  readonly userColumnWidth: number | undefined;
  readonly tiercraftSheetRules: { cf: unknown; dv: unknown };
  readonly userSheet: { cells: Record<string, unknown>; notes: Record<string, string | null>; cf: unknown; dv: unknown };
}

/**
 * A rule as plain data without the attributes that hold their default (false, 0, none): a tool may write
 * `showErrorMessage="0"` or leave it out, and both mean the same.
 */
function withoutDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, v]) => v !== false && v !== 0 && v !== null && v !== undefined);
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutDefaults(v)]));
}

/** What of the user's a workbook holds. */
export function userState(wb: ExcelJS.Workbook): UserState {
  const pb = sheetOf(wb, BESIDE.sheet);
  const mine = sheetOf(wb, USER_SHEET);
  const table = tablesOf(sheetOf(wb, USER_TABLE.sheet)).get(USER_TABLE.name);
  const tableValues: unknown[] = [];
  if (table) for (let r = table.from.row; r <= table.to.row; r += 1) for (let c = table.from.col; c <= table.to.col; c += 1) tableValues.push(pb.getCell(r + 1, c + 1).value);
  const cells: Record<string, unknown> = {};
  const notes: Record<string, string | null> = {};
  for (const a of ['A1', 'A2', EMPTY_NOTE, ...Object.keys(USER_FORMULAS)]) {
    cells[a] = formulaOf(mine.getCell(a));
    notes[a] = noteText(mine.getCell(a).note);
  }
  const dv = validationsByCell(pb);
  return {
    sheets: wb.worksheets.map((w) => w.name),
    hidden: sheetOf(wb, HIDDEN_SHEET).state,
    tabColour: sheetOf(wb, RECOLOURED.sheet).properties.tabColor?.argb,
    beside: [formulaOf(pb.getCell(BESIDE.formula)), pb.getCell(BESIDE.note).value, noteText(pb.getCell(BESIDE.note).note)],
    userTable: { ref: table, values: tableValues },
    userColumnWidth: pb.getColumn('U').width,
    tiercraftSheetRules: withoutDefaults({ cf: conditionalFormats(pb).filter((c) => c.ref === 'U6:U8'), dv: ['V6', 'V7', 'V8'].map((a) => dv[a]) }) as UserState['tiercraftSheetRules'],
    userSheet: { cells, notes, cf: withoutDefaults(conditionalFormats(mine)), dv: withoutDefaults(validationsByCell(mine)) },
  };
}
