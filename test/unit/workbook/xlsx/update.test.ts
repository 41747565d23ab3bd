/**
 * Updating a user's workbook: whatever tool saved it last (exceljs, LibreOffice, openpyxl; fixtures made
 * by test/fixtures/xlsx/make-fixtures.sh), a rebuild changes Tiercraft's tables in place and keeps the
 * user's cells, notes, formulas, tables, rules, hidden sheets and tab colours; a rebuild that would write
 * over a user's cell is refused before anything is written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ModelInput } from '../../../../src/engine/model/schema';
import { workbookMessages } from '../../../../src/workbook/messages';
import { buildXlsx, UpdateConflictError } from '../../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../../src/workbook/xlsx/readModel';
import { filledCellsIn } from '../../../../src/workbook/xlsx/previous';
import { tablesOf } from '../../../../src/workbook/xlsx/readXlsx';
import { EMPTY_NOTE } from '../../../fixtures/xlsx/userContent';
import { changedModel, example, load, withNewProducts } from '../../../support/models';
import { loadAny, userState } from '../../../support/userState';

jest.setTimeout(60_000);

const FIXTURES = join(__dirname, '../../../fixtures/xlsx');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const update = (bytes: Uint8Array, source: ModelInput) => buildXlsx(load(source), source, { existing: bytes });
/** The fixtures predate the Overview, Markets, Routes, Customer quote, Scenarios, Mix and Build history sheets: an update adds them after the workbook's sheets, in tab order, and changes nothing else. */
function withoutAddedMarkets(state: ReturnType<typeof userState>): ReturnType<typeof userState> {
  expect(state.sheets.slice(-7)).toEqual(['Overview', 'Markets', 'Routes', 'Customer quote', 'Scenarios', 'Mix', 'Build history']);
  const added = new Set(['Overview', 'Markets', 'Routes', 'Customer quote', 'Scenarios', 'Mix', 'Build history']);
  return { ...state, sheets: state.sheets.filter((s) => !added.has(s)) };
}

const tableRefs = (wb: ExcelJS.Workbook, sheet: string): Record<string, string> =>
  Object.fromEntries([...tablesOf(wb.getWorksheet(sheet)!)].map(([n, r]) => [n, `${r.from.row},${r.from.col}:${r.to.row},${r.to.col}`]));

describe.each(['exceljs.xlsx', 'libreoffice.xlsx', 'openpyxl.xlsx'])('a workbook last saved by %s', (file) => {
  const original = fixture(file);

  it('is updated with products added and removed: Tiercraft tables in place, everything of the user kept, read back', async () => {
    const before = userState(await loadAny(original));
    const source = changedModel();
    const { bytes, spec } = await update(original, source);
    const after = await loadAny(bytes);
    expect(withoutAddedMarkets(userState(after))).toEqual(before);
    // Tiercraft's tables keep their names and top-left cells, and take the new model's size.
    const pb = spec.sheets.find((s) => s.key === 'priceBook')!;
    const refs = tableRefs(after, 'Price book');
    // An empty table (no shaped products: PriceShapes) keeps one blank data row.
    for (const t of pb.tables) expect(refs[t.name]).toBe(`${t.at.row},${t.at.col}:${t.at.row + Math.max(1, t.rows.length)},${t.at.col + t.columns.length - 1}`);
    expect(pb.tables.find((t) => t.name === 'Prices')?.at).toEqual({ row: 3, col: 0 });
    expect(load(await readModelFromXlsx(bytes))).toEqual(load(source));
  });

  it("keeps the user's table, rules and cells through a rebuild of the same model", async () => {
    const before = userState(await loadAny(original));
    const { bytes } = await update(original, example());
    expect(withoutAddedMarkets(userState(await loadAny(bytes)))).toEqual(before);
    expect(load(await readModelFromXlsx(bytes))).toEqual(load(example()));
  });

  it('drops the Channels sheet’s old waterfall table and its cells (the Routes sheet supersedes it)', async () => {
    const was = tableRefs(await loadAny(original), 'Channels');
    expect(Object.keys(was)).toContain('ChannelWaterfall');
    const after = await loadAny((await update(original, example())).bytes);
    expect(Object.keys(tableRefs(after, 'Channels')).sort()).toEqual(['Channels', 'LevelProgramme', 'PartnerLevels', 'RebateTiers']);
    const rect = (ref: string | undefined) => (ref ?? '').split(':').map((p) => p.split(',').map(Number));
    const [from, to] = rect(was.ChannelWaterfall);
    // The tables that stand there now (the rebate tiers and programme terms), captions included, are not left over.
    const now = Object.values(tableRefs(after, 'Channels')).map(rect);
    const covered = (row: number, col: number) => now.some(([f, t]) => row >= (f?.[0] ?? 0) - 1 && row <= (t?.[0] ?? 0) && col >= (f?.[1] ?? 0) && col <= (t?.[1] ?? 0));
    const left: string[] = [];
    after.getWorksheet('Channels')?.eachRow((r, row) =>
      r.eachCell((c, col) => {
        const inOld = row - 1 >= (from?.[0] ?? 0) && row - 1 <= (to?.[0] ?? 0) && col - 1 >= (from?.[1] ?? 0) && col - 1 <= (to?.[1] ?? 0);
        if (inOld && !covered(row - 1, col - 1) && c.value !== null) left.push(c.address);
      }),
    );
    expect(left).toEqual([]);
  });

  it('holds the note on an empty cell (which exceljs alone would drop on load)', async () => {
    expect(userState(await loadAny(original)).userSheet.notes[EMPTY_NOTE]).toBe('a note on an empty cell');
  });

  it('reads back as built (TRUE/FALSE settings included)', async () => {
    // Built before the example carried an approval matrix: no approval tables, so none is read back.
    const { approvals: _matrix, ...asBuilt } = example();
    expect(load(await readModelFromXlsx(original))).toEqual(load(asBuilt));
  });

  it("refuses a model that grows under a user's note, naming the sheet and the cell", async () => {
    const wb = await loadAny(original);
    // A note on an empty cell under the Prices table.
    wb.getWorksheet('Price book')!.getCell('A15').note = 'keep me';
    const withNote = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const error = await update(withNote, withNewProducts(example(), 3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpdateConflictError);
    expect((error as UpdateConflictError).userCells).toEqual([{ sheet: 'Price book', cells: ['A15'] }]);
    expect((error as Error).message).toBe(workbookMessages.userCells('Price book', ['A15']));
  });
});

describe('refusals', () => {
  it('names the first ten cells, then how many more', () => {
    const cells = Array.from({ length: 13 }, (_, i) => `B${i + 20}`);
    const message = workbookMessages.userCells('Quote', cells);
    expect(message).toContain("'Quote' (B20, B21, B22, B23, B24, B25, B26, B27, B28, B29 and 3 more)");
    expect(message).toContain('--sheet key=name');
    expect(message).toContain('Nothing was changed');
  });

  it('finds a cell holding only a note, a formula or a value, and nothing in blank or styled cells', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    ws.getCell('B2').note = 'only a note';
    ws.getCell('C3').value = { formula: '1+1', result: 2 };
    ws.getCell('D4').value = 'text';
    ws.getCell('E5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    expect(filledCellsIn(ws, [{ row: 0, col: 0, lastRow: 9, lastCol: 9 }])).toEqual(['B2', 'C3', 'D4']);
    expect(filledCellsIn(ws, [{ row: 2, col: 2, lastRow: 2, lastCol: 2 }])).toEqual(['C3']);
  });

  it('refuses a rebuild whose table would run into another of its tables a user moved (layout)', async () => {
    const wb = await loadAny(fixture('exceljs.xlsx'));
    // The user moved the Products table right under the Prices table (A15); the grown Prices table runs into it.
    const pb = wb.getWorksheet('Price book')!;
    const products = tablesOf(pb).get('Products')!;
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = products.from.row; r <= products.to.row; r += 1) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = products.from.col; c <= products.to.col; c += 1) {
        row.push(pb.getCell(r + 1, c + 1).value);
        pb.getCell(r + 1, c + 1).value = null;
      }
      rows.push(row);
    }
    pb.removeTable('Products');
    pb.addTable({ name: 'Products', ref: 'A15', headerRow: true, columns: (rows[0] ?? []).map((h) => ({ name: String(h) })), rows: rows.slice(1) });
    const moved = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const error = await update(moved, withNewProducts(example(), 3)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpdateConflictError);
    expect((error as UpdateConflictError).reason).toBe('layout');
    expect((error as Error).message).toContain('Price book: table Prices would run into table Products at A15:G16.');
  });
});
