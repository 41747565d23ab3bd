/** What a build needs to know about the workbook first: its sheets, its tables and Tiercraft's registry. */
import { REGISTRY_TABLE, type RegistryEntry, parseRegistry } from '../registry';
import { sheetNameKey } from '../names';

export interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  readonly position: number;
}

export interface WorkbookState {
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly string[];
  /** Tiercraft's sheets that still exist, by current name (from the anchor formulas). */
  readonly registry: readonly RegistryEntry[];
}

/** Sheets (with ids), table names and the registry: two syncs. */
export async function readWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility,items/position');
  const tables = context.workbook.tables;
  tables.load('items/name');
  const registryTable = context.workbook.tables.getItemOrNullObject(REGISTRY_TABLE);
  registryTable.load('name');
  await context.sync();
  const sheets = worksheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility as SheetInfo['visibility'], position: s.position }));
  const tableNames = tables.items.map((t) => t.name);
  if (registryTable.isNullObject) return { sheets, tables: tableNames, registry: [] };
  const range = registryTable.getRange();
  range.load('formulas');
  await context.sync();
  const rows = (range.formulas as unknown[][]).slice(1);
  const existing = new Set(sheets.map((s) => sheetNameKey(s.name)));
  const registry = parseRegistry(rows).filter((e) => existing.has(sheetNameKey(e.sheet)));
  return { sheets, tables: tableNames, registry };
}

export function sheetNamed(state: WorkbookState, name: string): SheetInfo | undefined {
  const key = sheetNameKey(name);
  return state.sheets.find((s) => sheetNameKey(s.name) === key);
}
