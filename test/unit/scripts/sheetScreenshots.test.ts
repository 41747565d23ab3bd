/** The pure parts of `npm run screenshots:sheets`: one page out of a PDF, a sheet cut to a range, picture names. */
import JSZip from 'jszip';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { pageRefs, pageSize, singlePage } from '../../../scripts/screenshots/pdfPages';
import { withArea, workbookSheets } from '../../../scripts/screenshots/workbookSheets';
import { pictureName } from '../../../scripts/sheet-screenshots';
import { WATERFALL_SHEET, waterfallSpec } from '../../support/waterfallSpec';

/** A PDF laid out as LibreOffice writes one: a flat page tree, a classic cross-reference table. */
function samplePdf(): string {
  const objects = [
    '<</Type/Page/Parent 4 0 R/MediaBox[0 0 300 100]>>',
    '<</Type/Page/Parent 4 0 R/MediaBox[0 0 612.5 792]>>',
    '<</Type/Page/Parent 4 0 R>>',
    '<</Type/Pages/Kids[ 1 0 R 2 0 R 3 0 R ]/Count 3/MediaBox[ 0 0 700 800 ]>>',
    '<</Type/Catalog/Pages 4 0 R>>',
  ];
  let text = '%PDF-1.6\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${text}trailer\n<</Size ${objects.length + 1}/Root 5 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
}

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('one page of a PDF', () => {
  const pdf = bytes(samplePdf());

  it('lists the pages and reads each one’s size, from its own /MediaBox or the page tree’s', () => {
    expect(pageRefs(pdf)).toEqual(['1 0 R', '2 0 R', '3 0 R']);
    expect([0, 1, 2].map((i) => pageSize(pdf, i))).toEqual([
      { width: 300, height: 100 },
      { width: 612.5, height: 792 },
      { width: 700, height: 800 },
    ]);
  });

  it('keeps only the page asked for, and every byte offset of the cross-reference table', () => {
    const one = singlePage(pdf, 1);
    expect(one.length).toBe(pdf.length);
    expect(pageRefs(one)).toEqual(['2 0 R']);
    expect(text(one)).toContain('/Kids[ 2 0 R             ]/Count 1/MediaBox');
    const xref = /xref\n0 \d+\n([\s\S]*?)trailer/.exec(text(one))?.[1] ?? '';
    const offsets = xref.split('\n').slice(1, -1).map((line) => Number(line.slice(0, 10)));
    expect(offsets.map((offset) => text(one).slice(offset, text(one).indexOf('\n', offset)))).toEqual(['1 0 obj', '2 0 obj', '3 0 obj', '4 0 obj', '5 0 obj']);
  });

  it('refuses a page that is not there', () => {
    expect(() => singlePage(pdf, 3)).toThrow('the PDF has no page 4');
  });
});

describe('a sheet cut to a range', () => {
  let book: Uint8Array;
  beforeAll(async () => {
    book = await renderXlsx(waterfallSpec());
  });
  const sheetXml = async (b: Uint8Array) => (await (await JSZip.loadAsync(b)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';

  it('hides every row and column outside the range, keeps the widths inside, and lets charts plot hidden cells', async () => {
    const cut = await withArea(book, WATERFALL_SHEET, 'B5:C7');
    const xml = await sheetXml(cut);
    const rows = [...xml.matchAll(/<row\b[^>]*>/g)].map((m) => [Number(/\br="(\d+)"/.exec(m[0])?.[1]), m[0].includes('hidden="1"')]);
    expect(rows.filter(([, hidden]) => !hidden).map(([r]) => r)).toEqual([5, 6, 7]);
    expect(rows.length).toBeGreaterThan(3);
    expect(/<cols>([\s\S]*?)<\/cols>/.exec(xml)?.[1]).toMatch(/^<col min="1" max="1" hidden="1"\/><col min="2" max="2"[^>]*\/><col min="3" max="3"[^>]*\/><col min="4" max="16384" hidden="1"\/>$/);
    const chart = (await (await JSZip.loadAsync(cut)).file('xl/charts/chart1.xml')?.async('string')) ?? '';
    expect(chart).toContain('<c:plotVisOnly val="0"/>');
    expect(await workbookSheets(cut)).toEqual([{ name: WATERFALL_SHEET, visible: true }]);
  });

  it('names the sheet or the range it cannot use', async () => {
    await expect(withArea(book, 'Nope', 'A1:B2')).rejects.toThrow("no sheet named 'Nope'");
    await expect(withArea(book, WATERFALL_SHEET, 'A1-B2')).rejects.toThrow("area 'A1-B2' is not an A1 range such as A1:N40");
  });
});

describe('picture names', () => {
  it.each([
    ['Channels', 'channels.png'],
    ['Price book', 'price-book.png'],
    ['Quote (2)', 'quote-2.png'],
    ['Überblick', 'berblick.png'],
  ])('%s → %s', (sheet, file) => expect(pictureName(sheet)).toBe(file));
});
