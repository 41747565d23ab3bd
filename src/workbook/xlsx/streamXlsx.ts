/**
 * The Node streaming path of the .xlsx renderer, for big models: exceljs's streaming WorkbookWriter writes
 * rows as they come (memory stays flat), with inline strings. It writes no tables and no charts, so this
 * module adds them while the package is written: each sheet's closing tag is preceded by its <drawing>
 * and <tableParts> elements (relationships through the writer's own rels writer), and the table, drawing
 * and chart parts and their content types are appended to the zip.
 */
import ExcelJS from 'exceljs';
import { a1, rangeA1 } from '../a1';
import type { WorkbookSpec } from '../spec';
import { withDefinedNames } from './definedNames';
import { headerFooterOf, pageSetupOf } from './pageSetup';
import { CONTENT_TYPE, chartXml, drawingXml, overridesXml, REL, relsXml, tableXml } from './ooxml';
import { writeStreamRows } from './streamRows';
import { dataValidationsXml, listRule } from './validations';
import { HIGHLIGHTS } from './styles';

/** The internals of the streaming writer this module extends (exceljs 4.4). */
interface ZipLike {
  append(data: string, options: { name: string }): void;
}
interface WorksheetInternals {
  _writeCloseWorksheet(): void;
  _writePageMargins(): void;
  _writeDataValidations(): void;
  _write(text: string): void;
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
}

export interface StreamOptions {
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

/** Writes `spec` to the .xlsx file `filename` (Node only). */
export async function writeXlsxStream(spec: WorkbookSpec, filename: string, options: StreamOptions = {}): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false });
  const zip = (wb as unknown as { zip: ZipLike }).zip;
  const overrides: { path: string; type: string }[] = [];
  const append = zip.append.bind(zip);
  // The content types gain the parts added here; the workbook's names, the print areas and titles (printNames.ts).
  zip.append = (data, opts) => {
    if (opts.name === '[Content_Types].xml') append(data.replace('</Types>', `${overridesXml(overrides)}</Types>`), opts);
    else if (opts.name.replace(/^\//, '') === 'xl/workbook.xml') append(withDefinedNames(data, [], spec.names ?? [], spec.sheets), opts);
    else append(data, opts);
  };
  let tableId = 0;
  let drawingN = 0;
  let chartN = 0;
  for (const [index, sheet] of spec.sheets.entries()) {
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.visibility,
      views: [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }],
      properties: sheet.tabColor === undefined ? {} : { tabColor: { argb: `FF${sheet.tabColor}` } },
      ...(sheet.print === undefined ? {} : { pageSetup: pageSetupOf(sheet.print), headerFooter: headerFooterOf(sheet.print) }),
    });
    ws.columns = sheet.columns.map((c) => ({ width: c.width }));
    const internals = ws as unknown as WorksheetInternals;
    const tables = sheet.tables.map((t) => ({ id: ++tableId, t }));
    const drawing = sheet.charts.length > 0 ? ++drawingN : 0;
    // The streaming writer writes no <printOptions>; in schema order it comes just before <pageMargins>.
    const margins = internals._writePageMargins.bind(ws);
    internals._writePageMargins = () => {
      if (sheet.print?.centerHorizontally === true) internals._write('<printOptions horizontalCentered="1"/>');
      margins();
    };
    const close = internals._writeCloseWorksheet.bind(ws);
    internals._writeCloseWorksheet = () => {
      let xml = '';
      if (drawing > 0) xml += `<drawing r:id="${internals._sheetRelsWriter.addRelationship({ Target: `../drawings/drawing${drawing}.xml`, Type: REL.drawing })}"/>`;
      if (tables.length > 0) {
        const parts = tables.map(({ id }) => `<tablePart r:id="${internals._sheetRelsWriter.addRelationship({ Target: `../tables/table${id}.xml`, Type: REL.table })}"/>`);
        xml += `<tableParts count="${parts.length}">${parts.join('')}</tableParts>`;
      }
      internals._write(xml);
      close();
    };
    await writeStreamRows(ws, sheet, spec);
    const validationsXml = dataValidationsXml(sheet.validations);
    if (validationsXml === null) {
      const validations = (ws as unknown as { dataValidations: { add(address: string, rule: object): void } }).dataValidations;
      for (const v of sheet.validations) {
        const rule = listRule(v);
        for (let r = 0; r < v.range.rows; r += 1) for (let c = 0; c < v.range.cols; c += 1) validations.add(a1({ row: v.range.at.row + r, col: v.range.at.col + c }), rule);
      }
    } else {
      internals._writeDataValidations = () => internals._write(validationsXml);
    }
    sheet.conditionalFormats.forEach((cf, i) => {
      const look = HIGHLIGHTS[cf.style];
      ws.addConditionalFormatting({ ref: rangeA1(cf.range), rules: [{ type: 'expression', priority: i + 1, formulae: [cf.formula.replace(/^=/, '')], style: { fill: look.fill, font: look.font } }] });
    });
    for (const { id, t } of tables) {
      append(tableXml(id, t), { name: `xl/tables/table${id}.xml` });
      overrides.push({ path: `xl/tables/table${id}.xml`, type: CONTENT_TYPE.table });
    }
    if (drawing > 0) {
      const targets = sheet.charts.map((c) => {
        chartN += 1;
        append(chartXml(c, sheet.name), { name: `xl/charts/chart${chartN}.xml` });
        overrides.push({ path: `xl/charts/chart${chartN}.xml`, type: CONTENT_TYPE.chart });
        return `../charts/chart${chartN}.xml`;
      });
      append(drawingXml(sheet.charts), { name: `xl/drawings/drawing${drawing}.xml` });
      append(relsXml(targets.map((target, i) => ({ id: `rId${i + 1}`, type: REL.chart, target }))), { name: `xl/drawings/_rels/drawing${drawing}.xml.rels` });
      overrides.push({ path: `xl/drawings/drawing${drawing}.xml`, type: CONTENT_TYPE.drawing });
    }
    await ws.commit();
    options.onProgress?.(index + 1, spec.sheets.length, sheet.name);
  }
  await wb.commit();
}
