import type { WorkbookSpec } from '../../src/workbook/spec';

/** Sheet and 1-based row/col of a table cell of a described workbook, by data row (0-based) and header. */
export function locate(spec: WorkbookSpec, table: string, row: number, header: string): { sheet: string; row: number; col: number } {
  for (const s of spec.sheets) {
    const t = s.tables.find((x) => x.name === table);
    if (t === undefined) continue;
    const c = t.columns.findIndex((x) => x.header === header);
    if (c < 0) throw new Error(`no column ${header} in ${table}`);
    return { sheet: s.name, row: t.at.row + 2 + row, col: t.at.col + 1 + c };
  }
  throw new Error(`no table ${table}`);
}
