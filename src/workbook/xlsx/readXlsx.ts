/**
 * The .xlsx reader: a workbook's sheets, Tiercraft's registry, the stored model JSON and every Excel
 * table as a plain grid of values (header row first), the shape read-back takes from either renderer.
 */
import ExcelJS from 'exceljs';
import { parseA1 } from '../a1';
import {
  HISTORY_JSON_COL,
  joinModelChunks,
  leadingChunks,
  liveModelSlot,
  MODEL_JSON_COLS,
  MODEL_JSON_FIRST_ROW,
  MODEL_SHEET_MARKER,
  MODEL_SLOT_AT,
  parseRegistry,
  REGISTRY_AT,
  REGISTRY_TABLE,
  type RegistryEntry,
} from '../registry';
import { CUSTOMER_AT } from '../build/quote';
import { PARTNER_PURCHASES_AT } from '../build/programme';
import { SELECTOR_AT } from '../build/scenarioInputs';
import { cellName } from '../a1';
import type { CellAddress } from '../spec';
import { tableModels, tablesByName } from './internals';
import { preparePackage } from './package';

import type { GridValue, TableGrid } from '../read/cells';

export type { GridValue, TableGrid };

export interface WorkbookContent {
  readonly sheets: readonly string[];
  /** The model sheet's name, when the workbook holds one. */
  readonly modelSheet: string | null;
  readonly registry: readonly RegistryEntry[];
  /** The model JSON stored in the workbook, or null. */
  readonly modelJson: string | null;
  /** The change history's JSON (history/storedHistory.ts), or null. */
  readonly historyJson: string | null;
  /** Every Excel table by name. */
  readonly tables: ReadonlyMap<string, TableGrid>;
  /** The Quote sheet's customer cell (null when there is no registered Quote sheet). */
  readonly customer: GridValue;
  /** The Quote sheet's Partner purchases cell and its name (undefined when there is no registered Quote sheet). */
  readonly partnerPurchases?: { readonly value: GridValue; readonly where: string };
  /** The Scenarios sheet's selector and its name, when there is a registered Scenarios sheet. */
  readonly scenario?: { readonly value: GridValue; readonly where: string };
}

/** A plain value of an exceljs cell value (a formula gives its result, rich text its text). */
export function plainValue(value: ExcelJS.CellValue): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if ('formula' in value || 'sharedFormula' in value) {
    const r = (value as ExcelJS.CellFormulaValue).result;
    // LibreOffice saves TRUE and FALSE as the formulas TRUE() and FALSE(), and exceljs drops a cached false.
    const constant = /^\s*(TRUE|FALSE)(\(\))?\s*$/i.exec('formula' in value ? (value.formula ?? '') : '');
    if (constant) return constant[1]?.toUpperCase() === 'TRUE';
    if (r === undefined || r === null) return null;
    if (typeof r === 'object') return 'error' in r ? r.error : r instanceof Date ? r.toISOString() : null;
    return r;
  }
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return value.error;
  return null;
}

/** The formula text of a cell (with '='), else its plain value. */
function formulaOrValue(cell: ExcelJS.Cell): GridValue {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'formula' in v) return `=${v.formula}`;
  return plainValue(v);
}

function tableRef(table: unknown): string | null {
  if (table === null || typeof table !== 'object') return null;
  const t = (table as { table?: { tableRef?: unknown; ref?: unknown } }).table;
  const ref = t?.tableRef ?? t?.ref;
  return typeof ref === 'string' ? ref : null;
}

/** Table name → range of every table on a worksheet (exceljs keeps them in `tables`). */
export function tablesOf(ws: ExcelJS.Worksheet): Map<string, { from: CellAddress; to: CellAddress }> {
  const out = new Map<string, { from: CellAddress; to: CellAddress }>();
  const tables = tablesByName(ws);
  for (const [name, table] of Object.entries(tables)) {
    const ref = tableRef(table);
    if (ref === null) continue;
    const [a = '', b = a] = ref.split(':');
    out.set(name, { from: parseA1(a), to: parseA1(b) });
  }
  return out;
}

/** Loads a package made ready by `preparePackage` (tables without a style, as LibreOffice saves them, get none). */
export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) for (const t of tableModels(ws)) t.style ??= { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
  return wb;
}

/** The model sheet: the sheet whose A1 holds the marker. */
export function findModelSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.getCell(1, 1).value === MODEL_SHEET_MARKER);
}

/** The JSON in chunks down column `col` of the model sheet, or null when there is none. */
function chunksDown(ms: ExcelJS.Worksheet, col: number): string | null {
  const cells: unknown[] = [];
  for (let r = MODEL_JSON_FIRST_ROW; r < ms.rowCount; r += 1) cells.push(plainValue(ms.getCell(r + 1, col + 1).value));
  const chunks = leadingChunks(cells);
  return chunks.length > 0 ? joinModelChunks(chunks) : null;
}

/** Registry, model JSON (from the slot the pointer names; slot 1 when none) and history JSON of an exceljs workbook. */
export function readRegistry(wb: ExcelJS.Workbook): { modelSheet: string | null; registry: RegistryEntry[]; modelJson: string | null; historyJson: string | null } {
  const ms = findModelSheet(wb);
  if (ms === undefined) return { modelSheet: null, registry: [], modelJson: null, historyJson: null };
  const range = tablesOf(ms).get(REGISTRY_TABLE);
  const rows: GridValue[][] = [];
  const from = range?.from ?? REGISTRY_AT;
  const last = range?.to.row ?? ms.rowCount - 1;
  // Key, Sheet, Anchor, Tables, and Cells when the registry has that column (built by newer versions).
  const columns = range === undefined || range.to.col - range.from.col >= 4 ? [0, 1, 2, 3, 4] : [0, 1, 2, 3];
  for (let r = from.row + 1; r <= last; r += 1) rows.push(columns.map((c) => formulaOrValue(ms.getCell(r + 1, from.col + c + 1))));
  const col = MODEL_JSON_COLS[liveModelSlot(plainValue(ms.getCell(MODEL_SLOT_AT.row + 1, MODEL_SLOT_AT.col + 1).value))];
  return { modelSheet: ms.name, registry: parseRegistry(rows), modelJson: chunksDown(ms, col), historyJson: chunksDown(ms, HISTORY_JSON_COL) };
}

export function readWorkbookContent(wb: ExcelJS.Workbook): WorkbookContent {
  const tables = new Map<string, TableGrid>();
  for (const ws of wb.worksheets) {
    for (const [name, { from, to }] of tablesOf(ws)) {
      const values: GridValue[][] = [];
      for (let r = from.row; r <= to.row; r += 1) {
        const row: GridValue[] = [];
        for (let c = from.col; c <= to.col; c += 1) row.push(plainValue(ws.getCell(r + 1, c + 1).value));
        values.push(row);
      }
      tables.set(name, { sheet: ws.name, at: from, values });
    }
  }
  const registry = readRegistry(wb);
  const quote = registry.registry.find((e) => e.key === 'quote');
  const qs = quote === undefined ? undefined : wb.getWorksheet(quote.sheet);
  const customer = qs === undefined ? null : plainValue(qs.getCell(CUSTOMER_AT.row + 1, CUSTOMER_AT.col + 1).value);
  const partnerPurchases = qs === undefined ? undefined : { value: plainValue(qs.getCell(PARTNER_PURCHASES_AT.row + 1, PARTNER_PURCHASES_AT.col + 1).value), where: cellName(qs.name, PARTNER_PURCHASES_AT) };
  const scenarios = registry.registry.find((e) => e.key === 'scenarios');
  const ss = scenarios === undefined ? undefined : wb.getWorksheet(scenarios.sheet);
  const scenario = ss === undefined ? undefined : { value: plainValue(ss.getCell(SELECTOR_AT.row + 1, SELECTOR_AT.col + 1).value), where: cellName(ss.name, SELECTOR_AT) };
  return { sheets: wb.worksheets.map((w) => w.name), ...registry, tables, customer, ...(partnerPurchases === undefined ? {} : { partnerPurchases }), ...(scenario === undefined ? {} : { scenario }) };
}

/** Reads a workbook, whatever tool saved it last (see package.ts). */
export async function readXlsx(bytes: Uint8Array): Promise<WorkbookContent> {
  return readWorkbookContent(await loadXlsx((await preparePackage(bytes)).bytes));
}
