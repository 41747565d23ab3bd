/** Workbook-level rules the double enforces like Excel: legal unique names, references kept up to date. */
import { type Rect, intersects } from './a1';
import { ExcelApiError } from './host';
import { deleteSheetInFormula, deleteTableInFormula, renameSheetInFormula, renameTableInFormula } from './references';
import { type CellState, type SheetState, type TableState, type WorkbookState, mapChartRefs } from './state';

const ILLEGAL_SHEET_CHARS = /[[\]:*?/\\]/;

export function findSheet(wb: WorkbookState, name: string): SheetState | undefined {
  return wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

export function sheetById(wb: WorkbookState, id: string): SheetState {
  const sheet = wb.sheets.find((s) => s.id === id);
  if (!sheet) throw new ExcelApiError('ItemNotFound', `the worksheet ${id} no longer exists`);
  return sheet;
}

export function checkSheetName(wb: WorkbookState, name: string, self?: SheetState): void {
  if (name.length === 0 || name.length > 31) throw new ExcelApiError('InvalidArgument', `sheet name "${name}" must be 1 to 31 characters`);
  if (ILLEGAL_SHEET_CHARS.test(name)) throw new ExcelApiError('InvalidArgument', `sheet name "${name}" holds one of []:*?/\\`);
  if (name.startsWith("'") || name.endsWith("'")) throw new ExcelApiError('InvalidArgument', `sheet name "${name}" starts or ends with an apostrophe`);
  if (name.toLowerCase() === 'history') throw new ExcelApiError('InvalidArgument', 'History is a reserved sheet name');
  const other = findSheet(wb, name);
  if (other && other !== self) throw new ExcelApiError('ItemAlreadyExists', `a sheet named "${other.name}" already exists`);
}

function rewriteAllFormulas(wb: WorkbookState, rewrite: (formula: string) => string): void {
  for (const sheet of wb.sheets) {
    const changed: [string, CellState][] = [];
    sheet.cells.forEach((cell, key) => {
      if (cell.formula === undefined) return;
      const next = rewrite(cell.formula);
      if (next !== cell.formula) changed.push([key, { ...cell, formula: next }]);
    });
    for (const [key, cell] of changed) sheet.cells.set(key, cell);
    sheet.conditionalFormats = sheet.conditionalFormats.map((c) => ({ ...c, rule: rewrite(c.rule) }));
    sheet.validations = sheet.validations.map((v) => ({ ...v, rule: rewriteRule(v.rule, rewrite) }));
  }
  wb.names = wb.names.map((n) => ({ ...n, formula: rewrite(n.formula) }));
}

/** The formulas of a validation rule (a list's source, a custom formula, bounds) follow renames like a cell's. */
function rewriteRule(rule: unknown, rewrite: (formula: string) => string): unknown {
  if (typeof rule !== 'object' || rule === null) return rule;
  return Object.fromEntries(
    Object.entries(rule).map(([kind, criteria]) => {
      if (typeof criteria !== 'object' || criteria === null) return [kind, criteria];
      const fields = Object.entries(criteria as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('=') ? rewrite(v) : v]);
      return [kind, Object.fromEntries(fields)];
    }),
  );
}

export function renameSheet(wb: WorkbookState, sheet: SheetState, name: string): void {
  if (sheet.name === name) return;
  checkSheetName(wb, name, sheet);
  const from = sheet.name;
  sheet.name = name;
  rewriteAllFormulas(wb, (f) => renameSheetInFormula(f, from, name));
}

export function deleteSheet(wb: WorkbookState, sheet: SheetState): void {
  const visible = wb.sheets.filter((s) => s.visibility === 'Visible');
  if (sheet.visibility === 'Visible' && visible.length === 1) {
    throw new ExcelApiError('InvalidOperation', 'a workbook must keep at least one visible sheet');
  }
  wb.sheets = wb.sheets.filter((s) => s !== sheet);
  rewriteAllFormulas(wb, (f) => deleteSheetInFormula(f, sheet.name));
  for (const s of wb.sheets) s.charts = s.charts.map((c) => mapChartRefs(c, (r) => (r.startsWith(`${sheet.id}!`) ? '#REF!' : r)));
  if (wb.selection?.sheet === sheet.name) wb.selection = null;
}

export function setVisibility(wb: WorkbookState, sheet: SheetState, visibility: string): void {
  if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden') {
    throw new ExcelApiError('InvalidArgument', `unknown visibility ${visibility}`);
  }
  const others = wb.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
  if (visibility !== 'Visible' && others.length === 0) {
    throw new ExcelApiError('InvalidOperation', 'a workbook must keep at least one visible sheet');
  }
  sheet.visibility = visibility;
}

export function setPosition(wb: WorkbookState, sheet: SheetState, position: number): void {
  if (!Number.isInteger(position) || position < 0 || position >= wb.sheets.length) {
    throw new ExcelApiError('InvalidArgument', `position ${position} is outside 0..${wb.sheets.length - 1}`);
  }
  const rest = wb.sheets.filter((s) => s !== sheet);
  rest.splice(position, 0, sheet);
  wb.sheets = rest;
}

export function allTables(wb: WorkbookState): TableState[] {
  return wb.sheets.flatMap((s) => s.tables);
}

export function checkTableName(wb: WorkbookState, name: string, self?: TableState): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw new ExcelApiError('InvalidArgument', `"${name}" is not a legal table name`);
  }
  const other = allTables(wb).find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (other && other !== self) throw new ExcelApiError('ItemAlreadyExists', `a table named "${other.name}" already exists`);
}

export function renameTable(wb: WorkbookState, table: TableState, name: string): void {
  if (table.name === name) return;
  checkTableName(wb, name, table);
  const from = table.name;
  table.name = name;
  rewriteAllFormulas(wb, (f) => renameTableInFormula(f, from, name));
}

/** Deleting a table turns the structured references to it into #REF!, everywhere. */
export function deleteTable(wb: WorkbookState, table: TableState): void {
  rewriteAllFormulas(wb, (f) => deleteTableInFormula(f, table.name));
}

export function checkTableRect(sheet: SheetState, rect: Rect, self?: TableState): void {
  const clash = sheet.tables.find((t) => t !== self && intersects(t.rect, rect));
  if (clash) throw new ExcelApiError('InvalidOperation', `the range overlaps the table ${clash.name}`);
}
