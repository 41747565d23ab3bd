/**
 * A sheet of a workbook description laid out as a grid for the preview: every table (header row and
 * data rows) and loose cell at its position, showing what the spreadsheet would show (formula cells
 * show the engine's result, formatted by the cell's format).
 */
import { a1, type CellFormat, currencyOfFormat, type CellSpec, type CellStyle, type SheetSpec, tableCellFormat, type WorkbookSpec } from '../workbook/spec';
import type { ExampleGrid } from '../taskpane/workbook/example';

export type GridCellRole = 'header' | 'caption' | CellStyle | 'data';

export interface GridCell {
  readonly text: string;
  readonly numeric: boolean;
  readonly role: GridCellRole;
  /** The formula, for formula cells. */
  readonly formula?: string;
}

export interface SheetGrid {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** Column widths in characters, as the description sets them. */
  readonly widths: readonly number[];
  readonly cells: ReadonlyMap<string, GridCell>;
}

export const cellKey = (row: number, col: number): string => a1({ row, col });

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/**
 * One formatter per number of decimals, made once: `toLocaleString` with options builds a new formatter
 * on every call, which made formatting the cells of a 1,000-product workbook take over a second.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function groupedFormat(decimals: number, max: number): Intl.NumberFormat {
  const key = `${decimals}:${max}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: max });
    formatters.set(key, format);
  }
  return format;
}

/** A value as the cell's number format shows it (the playground's equivalent of Excel's display text). */
export function displayValue(value: number | string | boolean | null, format: CellFormat, currency: string, minorUnits: number): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const grouped = (decimals: number, max = decimals): string => groupedFormat(decimals, max).format(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  switch (format) {
    case 'money': {
      const symbol = SYMBOLS[currency];
      return symbol ? `${sign}${symbol}${grouped(minorUnits)}` : `${sign}${grouped(minorUnits)} ${currency}`;
    }
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'integer':
      return `${sign}${grouped(0)}`;
    case 'number':
      return `${sign}${grouped(0, 4)}`;
    default: {
      const other = currencyOfFormat(format);
      return other === null ? String(value) : displayValue(value, 'money', other.currency, other.minorUnits);
    }
  }
}

function gridCell(cell: CellSpec, format: CellFormat, role: GridCellRole, spec: Pick<WorkbookSpec, 'currency' | 'minorUnits'>): GridCell | null {
  switch (cell.kind) {
    case 'blank':
      return null;
    case 'text':
      return { text: cell.value, numeric: false, role };
    case 'bool':
      return { text: cell.value ? 'TRUE' : 'FALSE', numeric: false, role };
    case 'number':
      return { text: displayValue(cell.value, format, spec.currency, spec.minorUnits), numeric: true, role };
    case 'formula':
      return { text: displayValue(cell.result, format, spec.currency, spec.minorUnits), numeric: typeof cell.result === 'number', role, formula: cell.formula };
  }
}

/**
 * The grid of a sheet, its cells formatted only in the first `shownRows` rows (those the preview shows):
 * the rows and columns it spans still count every cell.
 */
export function sheetGrid(sheet: SheetSpec, spec: Pick<WorkbookSpec, 'currency' | 'minorUnits'>, shownRows = Number.POSITIVE_INFINITY): SheetGrid {
  const cells = new Map<string, GridCell>();
  let rows = 0;
  let cols = Math.max(sheet.columns.length, 1);
  const span = (row: number, col: number): void => {
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  };
  const put = (row: number, col: number, cell: GridCell | null): void => {
    if (!cell) return;
    if (row >= shownRows) return span(row, col);
    cells.set(cellKey(row, col), cell);
    span(row, col);
  };
  for (const table of sheet.tables) {
    if (table.caption) put(table.at.row - 1, table.at.col, { text: table.caption, numeric: false, role: 'caption' });
    table.columns.forEach((c, j) => put(table.at.row, table.at.col + j, { text: c.header, numeric: false, role: 'header' }));
    table.rows.forEach((r, i) => {
      const row = table.at.row + 1 + i;
      if (row < shownRows) r.forEach((cell, j) => put(row, table.at.col + j, gridCell(cell, tableCellFormat(table, i, j), 'data', spec)));
      else r.forEach((cell, j) => cell.kind !== 'blank' && span(row, table.at.col + j));
    });
  }
  for (const loose of sheet.cells) {
    if (loose.at.row < shownRows) put(loose.at.row, loose.at.col, gridCell(loose.cell, loose.format, loose.style, spec));
    else if (loose.cell.kind !== 'blank') span(loose.at.row, loose.at.col);
  }
  return { name: sheet.name, rows, cols, widths: sheet.columns.map((c) => c.width), cells };
}

export function exampleGrid(name: string, example: ExampleGrid): SheetGrid {
  const cells = new Map<string, GridCell>();
  const money = { currency: '', minorUnits: 2 };
  example.rows.forEach((r, i) =>
    r.forEach((cell, j) => {
      const g = gridCell(cell, cell.kind === 'formula' ? 'number' : 'general', i === 0 ? 'title' : 'data', money);
      if (g) cells.set(cellKey(i, j), g);
    }),
  );
  return { name, rows: example.rows.length, cols: example.cols, widths: [12, 16, 12, 14], cells };
}
