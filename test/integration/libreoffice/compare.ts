/** Compare every formula cell of a description with the values a spreadsheet computed for it. */
import ExcelJS from 'exceljs';
import { a1 } from '../../../src/workbook/a1';
import type { RawWorkbook } from './rawValues';
import type { CellAddress, CellSpec, WorkbookSpec } from '../../../src/workbook/spec';

export interface Mismatch {
  readonly cell: string;
  readonly formula: string;
  readonly expected: number | string | boolean | null;
  readonly actual: unknown;
}

/** The computed value of an exceljs cell (the cached result of a formula). */
export function computedValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result ?? null;
  if (v !== null && typeof v === 'object' && 'sharedFormula' in v) return (v as ExcelJS.CellSharedFormulaValue).result ?? null;
  if (v !== null && typeof v === 'object' && 'error' in v) return (v as ExcelJS.CellErrorValue).error;
  return v;
}

function same(expected: number | string | boolean | null, actual: unknown): boolean {
  if (expected === null || expected === '') return actual === null || actual === '' || actual === undefined;
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return false;
    // Money is rounded by ROUND on both sides: equal to the cent. Rates and quotients may differ in the last bits.
    return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return expected === actual;
}

/** Every formula cell of `spec` (tables and loose cells), with its address. */
export function formulaCells(spec: WorkbookSpec): { sheet: string; at: CellAddress; cell: Extract<CellSpec, { kind: 'formula' }> }[] {
  const out: { sheet: string; at: CellAddress; cell: Extract<CellSpec, { kind: 'formula' }> }[] = [];
  for (const s of spec.sheets) {
    for (const t of s.tables) {
      t.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.kind === 'formula') out.push({ sheet: s.name, at: { row: t.at.row + 1 + r, col: t.at.col + c }, cell });
        }),
      );
    }
    for (const c of s.cells) if (c.cell.kind === 'formula') out.push({ sheet: s.name, at: c.at, cell: c.cell });
  }
  return out;
}

/** Loads .xlsx bytes. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Formula cells whose computed value differs from the engine's result. */
export function mismatches(spec: WorkbookSpec, wb: RawWorkbook): Mismatch[] {
  const out: Mismatch[] = [];
  for (const f of formulaCells(spec)) {
    const ws = wb.get(f.sheet);
    const actual = ws === undefined ? '(no sheet)' : (ws.get(`${f.at.row},${f.at.col}`) ?? null);
    if (!same(f.cell.result, actual)) out.push({ cell: `${f.sheet}!${a1(f.at)}`, formula: f.cell.formula, expected: f.cell.result, actual });
  }
  return out;
}
