/**
 * A sheet's page setup in the .xlsx file (SpreadsheetML, ECMA-376 Part 1, §18.3.1):
 * - `<sheetPr><pageSetUpPr fitToPage="1"/>` switches fitting on: without it, `fitToWidth`/`fitToHeight`
 *   are kept but ignored and the sheet prints at `scale` (the 63 pages of fragments users saw);
 * - `<pageSetup orientation fitToWidth="1" fitToHeight="0">`: one page wide, and 0 for the height, which
 *   Excel writes for "Fit All Columns on One Page" (as many pages tall as the rows take); no `paperSize`,
 *   so the printer's default paper is used;
 * - `<printOptions horizontalCentered="1">` and no `gridLines`; `<pageMargins>` in inches;
 * - `<headerFooter><oddHeader>&L…&C…&R…</oddHeader>`: without differentFirst/differentOddEven, the odd
 *   header is every page's;
 * - the print area and print titles are the defined names `_xlnm.Print_Area` and `_xlnm.Print_Titles`
 *   scoped to the sheet (`localSheetId`, its 0-based position in `<sheets>`), written with the
 *   workbook's other names (printNames.ts).
 * exceljs 4.4 writes the first four from `worksheet.pageSetup` and `worksheet.headerFooter` (its
 * fitToPage property becomes the sheetPr flag); its own print-area names are not used (they do not
 * escape an apostrophe in a sheet name, and the streaming writer writes none).
 */
import type { PageSetup, Worksheet } from 'exceljs';
import type { HeaderFooterText, PrintSpec } from '../print';

/** Excel's header or footer text: &L, &C and &R start its left, centre and right parts. */
export const headerFooterCode = (t: HeaderFooterText): string => `&L${t.left}&C${t.center}&R${t.right}`;

/** What exceljs takes as `pageSetup` for a printed sheet (the rest of `base`, e.g. a user's paper size, stays). */
export function pageSetupOf(print: PrintSpec, base: Partial<PageSetup> = {}): Partial<PageSetup> {
  // Print areas and titles are written as defined names (printNames.ts), not through exceljs.
  const kept: Partial<PageSetup> = { ...base };
  delete kept.printArea;
  delete kept.printTitlesRow;
  delete kept.printTitlesColumn;
  return {
    ...kept,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.pagesWide,
    fitToHeight: print.pagesTall === 'auto' ? 0 : print.pagesTall,
    margins: { ...print.margins },
    showGridLines: print.gridlines,
    horizontalCentered: print.centerHorizontally,
  };
}

/** exceljs's `headerFooter` for a printed sheet: one header and footer for every page. */
export const headerFooterOf = (print: PrintSpec): Worksheet['headerFooter'] => ({
  differentFirst: false,
  differentOddEven: false,
  oddHeader: headerFooterCode(print.header),
  oddFooter: headerFooterCode(print.footer),
});

/**
 * Puts the sheet's page setup on a worksheet, new or rebuilt: a Tiercraft sheet prints the way its
 * description says at every build (its print area follows its tables as they grow); a paper size chosen
 * by the user stays.
 */
export function writePageSetup(ws: Worksheet, print: PrintSpec | undefined): void {
  if (print === undefined) return;
  ws.pageSetup = pageSetupOf(print, ws.pageSetup) as PageSetup;
  ws.headerFooter = headerFooterOf(print);
}
