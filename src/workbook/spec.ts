/**
 * The workbook description: every sheet Tiercraft writes, as plain serialisable data.
 *
 * Pure code (src/workbook/build) turns a model into a `WorkbookSpec`; two renderers write it: the .xlsx
 * renderer (src/workbook/xlsx, exceljs) and the Office.js renderer (src/workbook/office). The task pane's
 * preview draws the same description as grids. Nothing here refers to a library: positions are 0-based
 * (row, col) pairs, formulas are A1-style text with English function names and a leading '='.
 *
 * Rules every renderer follows:
 * - **Formulas carry their result.** Every `{ kind: 'formula' }` cell has `result`, the model engine's
 *   figure for it. Renderers write it as the cached value (.xlsx `{ formula, result }`), previews show it,
 *   and tests compare a spreadsheet's recalculated value with it.
 * - **User text stays text.** A `{ kind: 'text' }` cell is written as a string value even when it starts
 *   with '=', '+', '-' or '@' (Office.js writes a formula for such a string in `values`, so give those
 *   cells the text number format '@' before assigning values, or a leading apostrophe; exceljs writes a
 *   string value as a shared string, never a formula). Only `kind: 'formula'` cells become formulas.
 * - **Only LibreOffice 7.4 functions**: no LET, LAMBDA, XLOOKUP, FILTER, no reliance on dynamic-array spill.
 * - **Sheet names** come from `legalSheetName`/`uniqueSheetNames` (names.ts): at most 31 characters, none of
 *   `[]:*?/\`, no leading/trailing apostrophe, not blank, not 'History', unique case-insensitively. Formulas
 *   reference other sheets with `sheetRef(name)` (quoted), so the names must be final before describing:
 *   resolve them first (registry.ts `planSheetNames`), then call `describeWorkbook(model, { sheetNames })`.
 *
 * How Tiercraft recognises its own sheets (registry.ts):
 * - The `veryHidden` model sheet (key 'model') holds a registry table `TiercraftRegistry` with one row per
 *   sheet Tiercraft created: Key | Sheet | Anchor | Tables. `Sheet` is the name when written; `Anchor` is a
 *   formula `='<sheet>'!$A$1` whose *formula text* the spreadsheet rewrites when a user renames the sheet,
 *   so a renderer reads the formula text (not the value) to find the sheet's current name. `Tables` lists
 *   the Excel table names on that sheet, comma-separated.
 * - A sheet that is not in the registry was not created by Tiercraft and is never overwritten or deleted.
 *   If a wanted name is taken by such a sheet, the build fails with a clear message, or (when asked to:
 *   CLI `--rename-on-clash`, a choice in the task pane) picks a free name with `freeSheetName` and says so.
 * - Rebuilding updates the registered sheets in place: Tiercraft rewrites its tables and loose cells and
 *   leaves other cells (what a user added beside its tables) alone.
 * - The model itself travels in the model sheet as JSON split into chunks of at most `MODEL_CHUNK_CHARS`
 *   characters (Excel's cell limit is 32,767) in column `MODEL_JSON_COL`, one chunk per row under a
 *   header, so reopening the file restores it (registry.ts `modelChunks`/`joinModelChunks`). A second
 *   slot (`MODEL_JSON_COLS`) and a pointer cell (`MODEL_SLOT_AT`) let a save replace it atomically.
 */
import type { ChartSpec } from './chartSpec';
import type { PrintSpec } from './print';

/** The sheets Tiercraft writes, in tab order: the Overview first, the very hidden model sheet last. */
export type SheetKey = 'overview' | 'packaging' | 'priceBook' | 'markets' | 'ladders' | 'bundles' | 'channels' | 'routes' | 'quote' | 'customerQuote' | 'scenarios' | 'mix' | 'checks' | 'history' | 'model';

export const SHEET_KEYS: readonly SheetKey[] = ['overview', 'packaging', 'priceBook', 'markets', 'ladders', 'bundles', 'channels', 'routes', 'quote', 'customerQuote', 'scenarios', 'mix', 'checks', 'history', 'model'];

/** Default sheet names (the user may rename them through options or in the spreadsheet). */
export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetKey, string>> = {
  overview: 'Overview',
  packaging: 'Packaging',
  priceBook: 'Price book',
  markets: 'Markets',
  ladders: 'Ladders',
  bundles: 'Bundles',
  channels: 'Channels',
  routes: 'Routes',
  quote: 'Quote',
  customerQuote: 'Customer quote',
  scenarios: 'Scenarios',
  mix: 'Mix',
  checks: 'Checks',
  // Not 'History': Excel reserves that sheet name (names.ts).
  history: 'Build history',
  model: 'Tiercraft model',
};

/** A cell position, 0-based: row 0 / col 0 is A1. */
export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells on one sheet, 0-based, `rows` × `cols` cells from `at`. */
export interface RangeSpec {
  readonly at: CellAddress;
  readonly rows: number;
  readonly cols: number;
}

/**
 * How a cell's number is shown; the format string comes from `numberFormat` (formats.ts). 'money' is in
 * the workbook's currency; `money:EUR:2` in another (a market's), with its decimals (currencyFormat).
 */
export type CellFormat = 'text' | 'integer' | 'money' | 'percent' | 'number' | 'general' | CurrencyFormat;
/** Money in a given currency with a given number of decimals, e.g. `money:JPY:0`. */
export type CurrencyFormat = `money:${string}:${number}`;


/** One cell's content. */
export type CellSpec =
  /** Text, written as text even when it starts with '=', '+', '-' or '@'. */
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'blank' }
  /**
   * A formula (A1-style, English names, leading '='); `result` is the engine's figure for it (a number,
   * text, boolean, or null when the formula yields an empty string / is not evaluated by the engine).
   */
  | { readonly kind: 'formula'; readonly formula: string; readonly result: number | string | boolean | null };

/** Who fills a column: the user (read back into the model) or a formula (never read back). */
export type ColumnRole = 'input' | 'formula' | 'label';

export interface TableColumnSpec {
  /** Header text, unique within the table. */
  readonly header: string;
  readonly format: CellFormat;
  readonly role: ColumnRole;
  /** For input columns: the model field it edits (documentation and read-back), e.g. 'listPrice'. */
  readonly field?: string;
}

/** An Excel table (ListObject): a header row at `at` and `rows` below it. */
export interface TableSpec {
  /** Excel table name, legal (`legalTableName`) and unique in the workbook. */
  readonly name: string;
  /** Top-left cell of the header row. */
  readonly at: CellAddress;
  readonly columns: readonly TableColumnSpec[];
  /** Data rows; each row has exactly `columns.length` cells. */
  readonly rows: readonly (readonly CellSpec[])[];
  /** Excel table style, e.g. 'TableStyleMedium2'. */
  readonly style: string;
  /** A caption written in the cell above the header row (a loose cell, not part of the table). */
  readonly caption?: string;
  /**
   * Cells whose format differs from their column's (0-based data row and column), e.g. a TRUE/FALSE
   * setting in a column of percentages: a spreadsheet saves a boolean with a percent format as 1 or 0.
   */
  readonly cellFormats?: readonly { readonly row: number; readonly col: number; readonly format: CellFormat }[];
}

type CellFormats = NonNullable<TableSpec['cellFormats']>;
/** Each table's own cell formats by row and column (the first given for a cell counts), built once: renderers ask for every cell. */
const cellFormatIndex = new WeakMap<CellFormats, Map<number, CellFormat>>();
/** A cell's key: a sheet has at most 16,384 columns. */
const cellKeyOf = (row: number, col: number): number => row * 16384 + col;

/** The format of a table's data cell: its own (`cellFormats`), else its column's. */
export function tableCellFormat(table: Pick<TableSpec, 'columns' | 'cellFormats'>, row: number, col: number): CellFormat {
  const own = table.cellFormats;
  if (own === undefined || own.length === 0) return table.columns[col]?.format ?? 'general';
  let index = cellFormatIndex.get(own);
  if (index === undefined) {
    index = new Map();
    for (const f of own) if (!index.has(cellKeyOf(f.row, f.col))) index.set(cellKeyOf(f.row, f.col), f.format);
    cellFormatIndex.set(own, index);
  }
  return index.get(cellKeyOf(row, col)) ?? table.columns[col]?.format ?? 'general';
}

/** Looks of a loose cell. */
export type CellStyle = 'title' | 'heading' | 'note' | 'label' | 'value';

/** A cell outside any table: titles, notes, labelled figures. */
export interface LooseCellSpec {
  readonly at: CellAddress;
  readonly cell: CellSpec;
  readonly format: CellFormat;
  readonly style: CellStyle;
}

/** A drop-down list (data validation) on a range; `source` is an absolute A1 range, e.g. `='Price book'!$A$2:$A$9`, or a list of literal values. */
export interface ValidationSpec {
  readonly range: RangeSpec;
  readonly source: { readonly kind: 'range'; readonly formula: string } | { readonly kind: 'values'; readonly values: readonly string[] };
  readonly allowBlank: boolean;
  /** Message shown when a value outside the list is typed. */
  readonly error: string;
}

/** Highlight style of a conditional format. */
export type HighlightStyle = 'breach' | 'pass' | 'warning';

/**
 * A conditional format: cells of `range` take `style` where `formula` is true. The formula is written for
 * the range's top-left cell with relative references (as Excel expects), e.g. `=E5<$B$2`.
 */
export interface ConditionalFormatSpec {
  readonly range: RangeSpec;
  readonly formula: string;
  readonly style: HighlightStyle;
}

export type SheetVisibility = 'visible' | 'veryHidden';

export interface SheetSpec {
  readonly key: SheetKey;
  /** Final (legal, unique) sheet name. */
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Rows frozen at the top (the title and header rows). */
  readonly frozenRows: number;
  readonly frozenCols: number;
  /** Column widths in characters (Excel's width unit), index = column; fitted to the content. */
  readonly columns: readonly { readonly width: number }[];
  readonly tables: readonly TableSpec[];
  readonly cells: readonly LooseCellSpec[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly charts: readonly ChartSpec[];
  /** Tab colour as 6-digit hex RGB without '#'. */
  readonly tabColor?: string;
  /** How the sheet prints (print.ts); absent: the spreadsheet's defaults (the very hidden model sheet). */
  readonly print?: PrintSpec;
}

/**
 * A defined name Tiercraft publishes for a figure users link to (`Tiercraft.Quote.VendorNet`): a rebuild
 * points it at the figure's new cell, so a formula that uses it means the same thing afterwards.
 */
export interface DefinedNameSpec {
  /** Legal Excel name, starting with `Tiercraft.` (every such name is Tiercraft's). */
  readonly name: string;
  /** The sheet the figure stands on: a partial build only touches the names of its sheets. */
  readonly key: SheetKey;
  /** Absolute reference, e.g. ='Price book'!$E$5. */
  readonly formula: string;
  /** Shown in Excel's Name Manager. */
  readonly comment: string;
}

export interface WorkbookSpec {
  /** The model's currency (ISO 4217), used for money formats. */
  readonly currency: string;
  /** Decimals of the money format (the model's minor units). */
  readonly minorUnits: number;
  /** Sheets in tab order; the model sheet is last. */
  readonly sheets: readonly SheetSpec[];
  /** Defined names for the figures users link to (none when absent). */
  readonly names?: readonly DefinedNameSpec[];
}

/** The sheet of a workbook description with that key, if any. */
export function sheetByKey(spec: WorkbookSpec, key: SheetKey): SheetSpec | undefined {
  return spec.sheets.find((s) => s.key === key);
}

export * from './a1';
export * from './chartSpec';
export * from './formats';
export * from './names';
export * from './print';
