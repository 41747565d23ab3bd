/** The sheets of a built workbook, in tab order, read from its package (xl/workbook.xml). */
import JSZip from 'jszip';

const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export interface WorkbookSheet {
  readonly name: string;
  readonly visible: boolean;
}

export async function workbookSheets(xlsx: Uint8Array): Promise<WorkbookSheet[]> {
  const workbook = (await (await JSZip.loadAsync(xlsx)).file('xl/workbook.xml')?.async('string')) ?? '';
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({ name: unescapeXml(/name="([^"]*)"/.exec(m[0])?.[1] ?? ''), visible: !/state="(hidden|veryHidden)"/.test(m[0]) }));
}

/** A1 range without sheet, e.g. A1:N40 → 1-based first/last row and column. */
function parseArea(area: string): { row: number; col: number; lastRow: number; lastCol: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(area.toUpperCase());
  if (m === null) throw new Error(`area '${area}' is not an A1 range such as A1:N40`);
  const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [a, b, c, d] = [col(m[1] as string), Number(m[2]), col(m[3] as string), Number(m[4])];
  return { row: Math.min(b, d), col: Math.min(a, c), lastRow: Math.max(b, d), lastCol: Math.max(a, c) };
}

const MAX_COL = 16_384;

/**
 * The workbook with every row and column of `sheet` outside `area` hidden: LibreOffice prints no hidden
 * row or column, and its single-page export ignores a print area, so this is how a wide sheet is cut to
 * the part worth showing. Column widths inside the area are kept; charts still plot hidden cells.
 */
export async function withArea(xlsx: Uint8Array, sheet: string, area: string): Promise<Uint8Array> {
  const a = parseArea(area);
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].find((m) => unescapeXml(/name="([^"]*)"/.exec(m[0])?.[1] ?? '') === sheet)?.[0];
  const rid = tag === undefined ? undefined : /r:id="([^"]+)"/.exec(tag)?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${rid}"`))?.[0];
  const target = rel === undefined ? undefined : /Target="([^"]+)"/.exec(rel)?.[1];
  if (target === undefined) throw new Error(`no sheet named '${sheet}'`);
  const path = target.replace(/^\/?(xl\/)?/, 'xl/');
  const xml = (await zip.file(path)?.async('string')) ?? '';
  const widths = new Map<number, string>();
  for (const m of xml.matchAll(/<col\b[^>]*>/g)) {
    const [min, max] = [Number(/min="(\d+)"/.exec(m[0])?.[1]), Number(/max="(\d+)"/.exec(m[0])?.[1])];
    const width = /width="([\d.]+)"/.exec(m[0])?.[1];
    for (let c = Math.max(min, a.col); c <= Math.min(max, a.lastCol) && width !== undefined; c++) widths.set(c, width);
  }
  const inside = Array.from({ length: a.lastCol - a.col + 1 }, (_, i) => a.col + i)
    .map((c) => `<col min="${c}" max="${c}"${widths.has(c) ? ` width="${widths.get(c)}" customWidth="1"` : ''}/>`)
    .join('');
  const before = a.col > 1 ? `<col min="1" max="${a.col - 1}" hidden="1"/>` : '';
  const cols = `<cols>${before}${inside}<col min="${a.lastCol + 1}" max="${MAX_COL}" hidden="1"/></cols>`;
  const withCols = /<cols>[\s\S]*?<\/cols>/.test(xml) ? xml.replace(/<cols>[\s\S]*?<\/cols>/, cols) : xml.replace('<sheetData', `${cols}<sheetData`);
  const withRows = withCols.replace(/<row\b[^>]*>/g, (row) => {
    const r = Number(/\br="(\d+)"/.exec(row)?.[1]);
    const cleared = row.replace(/\shidden="[^"]*"/, '');
    return r >= a.row && r <= a.lastRow ? cleared : cleared.replace('<row ', '<row hidden="1" ');
  });
  zip.file(path, withRows);
  // Charts keep plotting the cells hidden here (c:plotVisOnly, ECMA-376 Part 1, 21.2.2.138).
  for (const chart of Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))) {
    zip.file(chart, ((await zip.file(chart)?.async('string')) ?? '').replace('<c:plotVisOnly val="1"/>', '<c:plotVisOnly val="0"/>'));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
