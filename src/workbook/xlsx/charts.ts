/**
 * Charts: exceljs cannot write them, so the drawing and chart parts are added to a finished package:
 * for each sheet with charts, xl/drawings/drawingN.xml (+ rels), xl/charts/chartM.xml, a drawing
 * relationship and <drawing> element on the sheet, and the content types.
 */
import JSZip from 'jszip';
import type { WorkbookSpec } from '../spec';
import { CONTENT_TYPE, chartXml, drawingXml, overridesXml, REL, relsXml } from './ooxml';

/** Sheet name → worksheet part path (xl/worksheets/sheetN.xml) of a package. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const path = rid === undefined ? undefined : targets.get(rid);
    if (name !== undefined && path !== undefined) out.set(unescape(name), path);
  }
  return out;
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export async function addCharts(bytes: Uint8Array, spec: WorkbookSpec): Promise<Uint8Array> {
  const withCharts = spec.sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const paths = await sheetPaths(zip);
  const parts: { path: string; type: string }[] = [];
  let drawingN = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).length;
  let chartN = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
  for (const sheet of withCharts) {
    const sheetPath = paths.get(sheet.name);
    if (sheetPath === undefined) continue;
    drawingN += 1;
    const drawing = `xl/drawings/drawing${drawingN}.xml`;
    const chartRels = sheet.charts.map((c) => {
      chartN += 1;
      const path = `xl/charts/chart${chartN}.xml`;
      zip.file(path, chartXml(c, sheet.name));
      parts.push({ path, type: CONTENT_TYPE.chart });
      return `../charts/chart${chartN}.xml`;
    });
    zip.file(drawing, drawingXml(sheet.charts));
    zip.file(`xl/drawings/_rels/drawing${drawingN}.xml.rels`, relsXml(chartRels.map((target, i) => ({ id: `rId${i + 1}`, type: REL.chart, target }))));
    parts.push({ path: drawing, type: CONTENT_TYPE.drawing });
    // The sheet's relationship to its drawing, and the <drawing> element before <tableParts> (schema order).
    const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
    const existing = (await zip.file(relsPath)?.async('string')) ?? relsXml([]);
    const rid = 'rIdTiercraftDrawing';
    zip.file(relsPath, existing.replace('</Relationships>', `<Relationship Id="${rid}" Type="${REL.drawing}" Target="../drawings/drawing${drawingN}.xml"/></Relationships>`));
    const xml = (await zip.file(sheetPath)?.async('string')) ?? '';
    const element = `<drawing r:id="${rid}"/>`;
    const at = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'].map((tag) => xml.indexOf(tag)).find((i) => i >= 0) ?? xml.length;
    const withNs = xml.includes('xmlns:r=') ? xml : xml.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
    const shift = withNs.length - xml.length;
    zip.file(sheetPath, `${withNs.slice(0, at + shift)}${element}${withNs.slice(at + shift)}`);
  }
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overridesXml(parts)}</Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
