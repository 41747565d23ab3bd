/**
 * The streaming writer renders its rows itself (rowXml.ts) instead of through exceljs's Row and Cell
 * objects; the sheet and its styles must come out as exceljs writes them. The same rows, written both
 * ways onto a streaming workbook, give the same <sheetData> and the same styles part.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellSpec } from '../../../../src/workbook/spec';
import { plainRow, sharedLook } from '../../../../src/workbook/xlsx/cellStyles';
import { toExcelValue } from '../../../../src/workbook/xlsx/cellValue';
import { RowXml, type StyleRegistry, xmlText } from '../../../../src/workbook/xlsx/rowXml';
import { FONTS, HEADER_FONT } from '../../../../src/workbook/xlsx/styles';

type Put = readonly [col: number, cell: CellSpec, numFmt: string | undefined, font: keyof typeof FONTS | 'header' | undefined];

const money = '"€"#,##0.00';
/** Rows (0-based number → cells, in the order put), with every kind of cell and the cases exceljs treats apart. */
const ROWS: readonly (readonly [number, readonly Put[]])[] = [
  [0, [[0, { kind: 'text', value: 'Title & <"quotes"> it\'s' }, '@', 'title']]],
  [1, [[0, { kind: 'text', value: 'tab\there, bell\u0007 and \u007f dropped, new\nline kept' }, undefined, 'note'], [3, { kind: 'number', value: 0.1 + 0.2 }, money, undefined]]],
  // Blank cells only: exceljs writes no row.
  [2, [[0, { kind: 'blank' }, money, undefined], [1, { kind: 'blank' }, undefined, undefined]]],
  [3, [[1, { kind: 'text', value: 'Header' }, undefined, 'header'], [2, { kind: 'text', value: '' }, undefined, 'header']]],
  [
    4,
    [
      [1, { kind: 'formula', formula: '=IF(A1<>"",A1&"x",0)', result: 'x' }, undefined, undefined],
      [2, { kind: 'formula', formula: '=B5*2', result: 1e-7 }, money, undefined],
      [3, { kind: 'formula', formula: '=A1=A2', result: true }, undefined, undefined],
      [4, { kind: 'formula', formula: '=MAXIFS(C:C,D:D,"<5")', result: null }, '0%', undefined],
      [5, { kind: 'bool', value: false }, '0%', undefined],
      [6, { kind: 'blank' }, money, undefined],
      [7, { kind: 'blank' }, undefined, undefined],
      [8, { kind: 'number', value: -12345.678 }, undefined, 'label'],
    ],
  ],
  // A later cell at the same column replaces the earlier one; cells put out of column order.
  [6, [[5, { kind: 'number', value: 1 }, undefined, undefined], [2, { kind: 'text', value: 'first' }, undefined, undefined], [5, { kind: 'text', value: '=not a formula' }, money, 'heading']]],
  [7, [[0, { kind: 'formula', formula: '=NA()', result: false }, money, 'label'], [30, { kind: 'number', value: 3 }, undefined, undefined]]],
];

const fontOf = (f: Put[3]): Partial<ExcelJS.Font> | undefined => (f === undefined ? undefined : f === 'header' ? HEADER_FONT : f === 'value' ? undefined : FONTS[f]);

async function partsOf(file: string): Promise<{ sheetData: string; styles: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  return { sheetData: /<sheetData>.*<\/sheetData>/s.exec(sheet)?.[0] ?? 'none', styles: (await zip.file('xl/styles.xml')?.async('string')) ?? '' };
}

async function written(dir: string, name: string, write: (ws: ExcelJS.Worksheet) => void): Promise<{ sheetData: string; styles: string }> {
  const file = join(dir, name);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('Sheet');
  ws.columns = [{ width: 10 }, { width: 12 }];
  write(ws);
  await ws.commit();
  await wb.commit();
  return partsOf(file);
}

describe('rows rendered by the streaming writer', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tiercraft-rowxml-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('come out as exceljs writes the same cells with the same looks', async () => {
    const byExceljs = await written(dir, 'exceljs.xlsx', (ws) => {
      for (const [r, puts] of ROWS) {
        const row = ws.getRow(r + 1);
        plainRow(row);
        for (const [col, cell, numFmt, font] of puts) {
          const target = row.getCell(col + 1);
          target.value = toExcelValue(cell);
          target.style = sharedLook(numFmt, fontOf(font));
        }
        row.commit();
      }
    });
    const byRowXml = await written(dir, 'rowxml.xlsx', (ws) => {
      const internals = ws as unknown as { workbook: { styles: StyleRegistry }; _writeColumns(): void; _writeOpenSheetData(): void; startedData: boolean; stream: { write(xml: string): void } };
      const row = new RowXml(internals.workbook.styles);
      internals._writeColumns();
      internals._writeOpenSheetData();
      internals.startedData = true;
      for (const [r, puts] of ROWS) {
        for (const [col, cell, numFmt, font] of puts) row.put(col, cell, sharedLook(numFmt, fontOf(font)));
        internals.stream.write(row.take(r));
      }
    });
    expect(byRowXml.sheetData).toBe(byExceljs.sheetData);
    expect(byRowXml.styles).toBe(byExceljs.styles);
    // Not vacuous: every kind of cell is there, and the all-blank row is not.
    expect(byExceljs.sheetData).toContain('t="b"><f>');
    expect(byExceljs.sheetData).not.toContain('<row r="3"');
  });

  it('escape text as exceljs does', () => {
    expect(xmlText('a<b>&"c"\'d\'\u0000\u0008\t\n\r\u000b\u001f\u007fé')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;\t\n\ré');
    expect(xmlText('plain')).toBe('plain');
  });
});
