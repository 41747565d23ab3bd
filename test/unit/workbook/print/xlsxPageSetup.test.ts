/**
 * The page setup as written in the .xlsx package (ECMA-376 Part 1): fitting switched on in
 * <sheetPr><pageSetUpPr fitToPage="1"/>, one page wide and fitToHeight="0" in <pageSetup>, no paper size,
 * centred, the header and footer, and the print areas and titles as sheet-scoped defined names; by the
 * in-memory renderer, the streaming writer (tiercraft build) and an update of an existing workbook.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { buildXlsx } from '../../../../src/workbook/xlsx/buildXlsx';
import { printAreaRef, printTitlesRef } from '../../../../src/workbook/xlsx/printNames';
import { renderXlsx } from '../../../../src/workbook/xlsx/renderXlsx';
import { writeXlsxStream } from '../../../../src/workbook/xlsx/streamXlsx';
import { example, load } from '../../../support/models';

// Builds workbooks (or runs the command line): seconds each on a busy machine.
jest.setTimeout(60_000);

const source = example();
const model = load(source);
const spec = describeWorkbook(model, { source });

async function streamed(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-print-'));
  try {
    await writeXlsxStream(spec, join(dir, 'p.xlsx'));
    return new Uint8Array(readFileSync(join(dir, 'p.xlsx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const unescape = (s: string): string => s.replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each sheet's XML by name, and the workbook's print names. */
async function parts(bytes: Uint8Array): Promise<{ sheets: Map<string, string>; names: { name: string; sheet: number; ref: string }[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const sheets = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(rels);
    const path = `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`;
    sheets.set(unescape(m[1] ?? ''), (await zip.file(path)?.async('string')) ?? '');
  }
  const names = [...wb.matchAll(/<definedName name="(_xlnm\.[^"]*)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => ({ name: m[1] ?? '', sheet: Number(m[2]), ref: unescape(m[3] ?? '') }));
  return { sheets, names };
}

describe.each([
  ['renderXlsx', () => renderXlsx(spec)],
  ['the streaming writer', streamed],
])('%s', (_name, render) => {
  let got: Awaited<ReturnType<typeof parts>>;
  beforeAll(async () => {
    got = await parts(await render());
  });

  it('switches fitting on and fits every printed sheet to one page wide, as many tall as needed', () => {
    for (const s of spec.sheets.filter((x) => x.print !== undefined)) {
      const xml = got.sheets.get(s.name) ?? '';
      expect(xml).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/>.*<\/sheetPr>/);
      const setup = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? '';
      expect(setup).toContain('fitToWidth="1"');
      expect(setup).toContain('fitToHeight="0"');
      expect(setup).toContain(`orientation="${s.print?.orientation}"`);
      expect(setup).not.toContain('paperSize');
      expect(xml).toContain('<printOptions horizontalCentered="1"/>');
      expect(xml).toContain('<oddFooter>&amp;L&amp;CPage &amp;P of &amp;N&amp;R</oddFooter>');
      expect(xml).toContain('&amp;R&amp;A</oddHeader>');
    }
  });

  it('writes each printed sheet’s print area and titles, scoped to that sheet', () => {
    spec.sheets.forEach((s, i) => {
      const own = got.names.filter((n) => n.sheet === i);
      if (s.print === undefined) return expect(own).toEqual([]);
      expect(own).toEqual([
        { name: '_xlnm.Print_Area', sheet: i, ref: printAreaRef(s.name, s.print) },
        { name: '_xlnm.Print_Titles', sheet: i, ref: printTitlesRef(s.name, s.print) },
      ]);
      return undefined;
    });
  });
});

describe('rebuilding an existing workbook', () => {
  it('replaces the print names of Tiercraft’s sheets and keeps a user’s print area on their own sheet', async () => {
    const first = await buildXlsx(model, source);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(first.bytes) as never);
    const mine = wb.addWorksheet('My notes');
    mine.getCell('A1').value = 'note';
    mine.pageSetup.printArea = 'A1:C9';
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const again = await buildXlsx(model, source, { existing: edited });
    const { names } = await parts(again.bytes);
    const own = wb.worksheets.indexOf(mine);
    // Exactly as the file had it (exceljs writes a print area given as A1:C9 as $A1:$C9).
    expect(names.filter((n) => n.sheet === own)).toEqual([{ name: '_xlnm.Print_Area', sheet: own, ref: "'My notes'!$A1:$C9" }]);
    const quote = again.spec.sheets.find((s) => s.key === 'quote');
    const quoteNames = names.filter((n) => n.ref.startsWith("'Quote'!"));
    expect(quoteNames.map((n) => n.name)).toEqual(['_xlnm.Print_Area', '_xlnm.Print_Titles']);
    expect(quoteNames[0]?.ref).toBe(quote?.print ? printAreaRef('Quote', quote.print) : '');
  });
});
