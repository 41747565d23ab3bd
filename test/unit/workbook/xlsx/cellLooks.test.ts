/**
 * Both .xlsx writers give each cell the look its description asks for, although cells that look alike
 * share one style object (cellStyles.ts): a table's data cells their column's number format (or their own),
 * its header and caption cells their fonts, loose cells their format and font. Read back with exceljs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { loadModel } from '../../../../src/engine/model/loadModel';
import type { ModelInput } from '../../../../src/engine/model/schema';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { numberFormat } from '../../../../src/workbook/formats';
import { type CellStyle, tableCellFormat, type WorkbookSpec } from '../../../../src/workbook/spec';
import { loadXlsx } from '../../../../src/workbook/xlsx/readXlsx';
import { renderXlsx } from '../../../../src/workbook/xlsx/renderXlsx';
import { writeXlsxStream } from '../../../../src/workbook/xlsx/streamXlsx';

const source = JSON.parse(readFileSync(join(__dirname, '../../../../examples/backup-vendor-scenarios.tiercraft.json'), 'utf8')) as ModelInput;
const loaded = loadModel(source);
if (!loaded.ok) throw new Error('the example model is invalid');
const spec = describeWorkbook(loaded.model, { source });

/** A cell's look as read back: its number format ('General' when none) and the font's distinguishing marks. */
interface Look {
  readonly numFmt: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number | null;
}
const lookOf = (cell: ExcelJS.Cell): Look => ({
  numFmt: cell.numFmt ?? 'General',
  bold: cell.font?.bold === true,
  italic: cell.font?.italic === true,
  size: cell.font?.size === 11 ? null : (cell.font?.size ?? null),
});
const FONT_LOOKS: Readonly<Record<CellStyle | 'header', Omit<Look, 'numFmt'>>> = {
  title: { bold: true, italic: false, size: 16 },
  heading: { bold: true, italic: false, size: 12 },
  note: { bold: false, italic: true, size: null },
  label: { bold: true, italic: false, size: null },
  value: { bold: false, italic: false, size: null },
  header: { bold: true, italic: false, size: null },
};

/** Every described cell's expected and written look, as "sheet!row,col" → look, for comparison. */
function looks(wb: ExcelJS.Workbook, described: WorkbookSpec, headersBold: boolean): { expected: Record<string, Look>; actual: Record<string, Look> } {
  const expected: Record<string, Look> = {};
  const actual: Record<string, Look> = {};
  const fmt = (f: Parameters<typeof numberFormat>[0]): string => numberFormat(f, described.currency, described.minorUnits);
  for (const sheet of described.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (ws === undefined) throw new Error(`no sheet ${sheet.name}`);
    const note = (row: number, col: number, look: Look): void => {
      const key = `${sheet.name}!${row},${col}`;
      expected[key] = look;
      actual[key] = lookOf(ws.getCell(row + 1, col + 1));
    };
    for (const t of sheet.tables) {
      if (t.caption !== undefined && t.at.row > 0) note(t.at.row - 1, t.at.col, { numFmt: 'General', ...FONT_LOOKS.heading });
      t.columns.forEach((_, i) => note(t.at.row, t.at.col + i, { numFmt: 'General', ...(headersBold ? FONT_LOOKS.header : FONT_LOOKS.value) }));
      t.rows.forEach((row, r) => row.forEach((_, i) => note(t.at.row + 1 + r, t.at.col + i, { numFmt: fmt(tableCellFormat(t, r, i)), ...FONT_LOOKS.value })));
    }
    for (const c of sheet.cells) note(c.at.row, c.at.col, { numFmt: fmt(c.format), ...FONT_LOOKS[c.style] });
  }
  return { expected, actual };
}

describe('cell looks written to .xlsx', () => {
  it('the streaming writer (tiercraft build) gives each cell the look its description asks for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiercraft-looks-'));
    try {
      await writeXlsxStream(spec, join(dir, 'looks.xlsx'));
      const { expected, actual } = looks(await loadXlsx(new Uint8Array(readFileSync(join(dir, 'looks.xlsx')))), spec, true);
      expect(Object.keys(expected).length).toBeGreaterThan(1000);
      expect(actual).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the in-memory writer (the playground, an update) does too; its table headers keep the table style’s look', async () => {
    const { expected, actual } = looks(await loadXlsx(await renderXlsx(spec)), spec, false);
    expect(actual).toEqual(expected);
  });
});
