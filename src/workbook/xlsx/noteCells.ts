/**
 * Cells for notes on empty cells. Excel, openpyxl and exceljs itself save a note on an empty cell in the
 * comments part only, with no `<c>` element on the sheet, and exceljs attaches a note to a cell only
 * while reading that cell's element: such a note would be lost on load (and a rebuild would not see it
 * in its way). An empty `<c r="…" s="…"/>` is added, in order, for each note's cell the sheet does not
 * hold, with a style of the default look (exceljs skips a cell element with neither value nor style).
 */
import { columnIndex } from '../a1';

/** The A1 references of the notes of a comments part. */
export const noteRefs = (commentsXml: string): string[] => [...commentsXml.matchAll(/<comment\b[^>]*\bref="([A-Z]+\d+)"/g)].map((m) => m[1] as string);

const split = (ref: string): { col: number; row: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  return { col: columnIndex(m?.[1] ?? 'A'), row: Number(m?.[2] ?? 0) };
};

/** The styles part with one more cell format of the default look, and its index. */
export function withPlainStyle(stylesXml: string): { xml: string; index: number } {
  const m = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (m === null) return { xml: stylesXml, index: 0 };
  const index = [...(m[1] ?? '').matchAll(/<xf\b/g)].length;
  const list = m[0].replace(/\bcount="\d+"/, `count="${index + 1}"`).replace('</cellXfs>', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>');
  return { xml: stylesXml.replace(m[0], list), index };
}

/** `sheetXml` holding a cell element (of cell format `style`) for each of `refs`. */
export function withNoteCells(sheetXml: string, refs: readonly string[], style: number): string {
  let xml = sheetXml;
  for (const ref of refs) {
    const { row, col } = split(ref);
    const cell = `<c r="${ref}" s="${style}"/>`;
    const existing = new RegExp(`<c\\b[^>]*\\br="${ref}"[^>]*?(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
    if (existing !== null) {
      // A cell element with neither value nor style (openpyxl writes `<c r="D9" t="n"></c>`) needs the style too.
      const empty = !/<(?:v|f|is)\b/.test(existing[1] ?? '') && !/\bs="[1-9]\d*"/.test(existing[0]);
      if (empty) xml = `${xml.slice(0, existing.index)}${cell}${xml.slice(existing.index + existing[0].length)}`;
      continue;
    }
    if (/<sheetData\s*\/>/.test(xml)) {
      xml = xml.replace(/<sheetData\s*\/>/, `<sheetData><row r="${row}">${cell}</row></sheetData>`);
      continue;
    }
    const rows = [...xml.matchAll(/<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)];
    const same = rows.find((m) => Number(m[1]) === row);
    if (same !== undefined) {
      const text = same[0];
      let updated: string;
      if (text.endsWith('/>') && !text.includes('</row>')) updated = `${text.slice(0, -2)}>${cell}</row>`;
      else {
        const after = [...text.matchAll(/<c\b[^>]*\br="([A-Z]+)\d+"/g)].find((c) => columnIndex(c[1] as string) > col);
        updated = after?.index !== undefined ? `${text.slice(0, after.index)}${cell}${text.slice(after.index)}` : text.replace(/<\/row>$/, `${cell}</row>`);
      }
      xml = `${xml.slice(0, same.index)}${updated}${xml.slice((same.index ?? 0) + text.length)}`;
      continue;
    }
    const next = rows.find((m) => Number(m[1]) > row);
    const at = next?.index ?? xml.indexOf('</sheetData>');
    if (at < 0) continue;
    xml = `${xml.slice(0, at)}<row r="${row}">${cell}</row>${xml.slice(at)}`;
  }
  return xml;
}
