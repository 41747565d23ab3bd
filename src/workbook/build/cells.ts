/** Small constructors for the description's cells, tables and sheets, and column-width fitting. */
import { columnLetters } from '../a1';
import type { CellAddress, CellFormat, CellSpec, CellStyle, ChartSpec, LooseCellSpec, SheetSpec, TableColumnSpec, TableSpec } from '../spec';

export const text = (value: string): CellSpec => ({ kind: 'text', value });
export const num = (value: number): CellSpec => ({ kind: 'number', value });
export const bool = (value: boolean): CellSpec => ({ kind: 'bool', value });
export const blank: CellSpec = { kind: 'blank' };
/**
 * A formula cell. Its text is built by joining pieces, which V8 keeps as a tree of the pieces (a "cons
 * string") until something reads its characters: a 10,000-product workbook's 20 million characters of
 * formulas took 135 MB as trees, 64 MB read once. Reading the first character makes V8 copy the text into
 * one flat string in place (its `String::Flatten`), which every renderer does later anyway.
 */
export const formula = (f: string, result: number | string | boolean | null): CellSpec => {
  f.charCodeAt(0);
  return { kind: 'formula', formula: f, result };
};
/** A number, or blank for undefined/null. */
export const numOrBlank = (value: number | null | undefined): CellSpec => (value === null || value === undefined ? blank : num(value));
/** Text, or blank for an empty string/undefined. */
export const textOrBlank = (value: string | null | undefined): CellSpec => (value === null || value === undefined || value === '' ? blank : text(value));

export const col = (header: string, format: CellFormat, role: TableColumnSpec['role'], field?: string): TableColumnSpec =>
  field === undefined ? { header, format, role } : { header, format, role, field };

export const loose = (at: CellAddress, cell: CellSpec, style: CellStyle = 'value', format: CellFormat = 'general'): LooseCellSpec => ({ at, cell, style, format });

/** Title in A1 and a note in A2. */
export function heading(title: string, note: string): LooseCellSpec[] {
  return [loose({ row: 0, col: 0 }, text(title), 'title', 'text'), loose({ row: 1, col: 0 }, text(note), 'note', 'text')];
}

/** Row of the table headers on every Tiercraft sheet (0-based): title, note, blank, caption → row 3. */
export const HEADER_ROW = 3;

/** The text a cell shows, roughly, for fitting widths. */
function shownLength(cell: CellSpec, format: CellFormat): number {
  const v = cell.kind === 'formula' ? cell.result : cell.kind === 'blank' ? '' : cell.value;
  if (v === null || v === '') return 0;
  if (typeof v === 'number') {
    if (format === 'percent') return 7;
    const digits = Math.abs(v) >= 1 ? Math.floor(Math.log10(Math.abs(v))) + 1 : 1;
    return digits + Math.floor((digits - 1) / 3) + (format === 'money' ? 5 : format === 'number' ? 5 : 1);
  }
  return String(v).length;
}

/** Column widths in characters that fit headers and content (8 to 60), for `count` columns. */
export function fitColumns(tables: readonly TableSpec[], cells: readonly LooseCellSpec[], count: number): { width: number }[] {
  const widths = new Array<number>(count).fill(8);
  const widen = (c: number, n: number): void => {
    if (c < count) widths[c] = Math.max(widths[c] ?? 8, Math.min(60, n + 2));
  };
  for (const t of tables) {
    t.columns.forEach((column, i) => widen(t.at.col + i, column.header.length + 3));
    // Large tables: sample the first rows only; widths are a fit, not a measure.
    for (const row of t.rows.slice(0, 500)) row.forEach((cell, i) => widen(t.at.col + i, shownLength(cell, t.columns[i]?.format ?? 'general')));
  }
  for (const c of cells) if (c.style !== 'title' && c.style !== 'note') widen(c.at.col, shownLength(c.cell, c.format));
  return widths.map((width) => ({ width }));
}

/** Columns a sheet uses (tables and loose cells). */
export function usedColumns(tables: readonly TableSpec[], cells: readonly LooseCellSpec[]): number {
  let n = 1;
  for (const t of tables) n = Math.max(n, t.at.col + t.columns.length);
  for (const c of cells) n = Math.max(n, c.at.col + 1);
  return n;
}

/** A sheet with fitted widths and empty validations/formats/charts unless given. */
export function sheet(
  base: Pick<SheetSpec, 'key' | 'name' | 'tables' | 'cells'> & Partial<Omit<SheetSpec, 'key' | 'name' | 'tables' | 'cells'>>,
): SheetSpec {
  return {
    visibility: 'visible',
    frozenRows: HEADER_ROW + 1,
    frozenCols: 0,
    validations: [],
    conditionalFormats: [],
    charts: [],
    columns: fitColumns(base.tables, base.cells, usedColumns(base.tables, base.cells)),
    ...base,
  };
}

/** The table rows' absolute A1 range of column `index` of a table, e.g. $B$5:$B$40 (data rows only). */
export function columnRange(table: Pick<TableSpec, 'at' | 'rows'>, index: number): string {
  const first = table.at.row + 2;
  const last = table.at.row + Math.max(1, table.rows.length) + 1;
  const letter = columnLetters(table.at.col + index);
  return `$${letter}$${first}:$${letter}$${last}`;
}

/** Absolute A1 of the cell in data row `r`, column `index` of a table. */
export function tableCell(table: Pick<TableSpec, 'at'>, r: number, index: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(table.at.col + index)}${d}${table.at.row + 2 + r}`;
}

/**
 * One "unit price by quantity" line chart per ladder over a table of representative points, the
 * ladders' points one after another: each chart 16 rows high, stacked beside the table at `chartCol`.
 */
export function unitPriceCharts(
  currency: string,
  tableAt: CellAddress,
  chartCol: number,
  ladders: readonly { readonly name: string; readonly points: number }[],
  cols: { readonly quantity: number; readonly unitPrice: number },
): ChartSpec[] {
  let start = 0;
  return ladders.map((l, k) => {
    const first = tableAt.row + 1 + start;
    start += l.points;
    return {
      kind: 'line',
      title: `${l.name}: unit price by quantity`,
      categories: { at: { row: first, col: tableAt.col + cols.quantity }, rows: l.points, cols: 1 },
      series: [{ name: 'Unit price', values: { at: { row: first, col: tableAt.col + cols.unitPrice }, rows: l.points, cols: 1 } }],
      from: { row: tableAt.row + k * 16, col: chartCol },
      to: { row: tableAt.row + k * 16 + 15, col: chartCol + 7 },
      xTitle: 'Quantity',
      yTitle: `Unit price (${currency})`,
    };
  });
}
