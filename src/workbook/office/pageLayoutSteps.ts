/**
 * A sheet's page setup through Office.js: `Worksheet.pageLayout` (Excel.PageLayout, ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout). Members used, each ExcelApi 1.9:
 * - `orientation` ("Portrait" | "Landscape");
 * - `zoom`, set as a whole object (Excel.PageLayoutZoomOptions: `horizontalFitToPages`, "number of pages
 *   to fit horizontally", and `verticalFitToPages`, "number of pages to fit vertically"; `scale` "can be
 *   null if fit to page tall or wide is specified"). The docs give no meaning to a height of 0; 0 is the
 *   value Excel stores in the file for "Fit All Columns on One Page" (`fitToHeight="0"`, the .xlsx
 *   renderer's pageSetup.ts), so that is what is asked for: one page wide, as many tall as the rows take;
 * - `printGridlines`, `centerHorizontally`; the margins `leftMargin` … `footerMargin`, in points;
 * - `setPrintArea(printArea: Range | RangeAreas | string)`, "the range or ranges of the content to print"
 *   (comma-separated addresses, as `Worksheet.getRanges` takes them);
 * - `setPrintTitleRows(printTitleRows)`, "the rows to be repeated at the top of each page. The range must
 *   span the entire row": '$1:$4';
 * - `headersFooters` (Excel.HeaderFooterGroup): `state` "Default" (one header and footer for every page)
 *   and `defaultForAllPages` (Excel.HeaderFooter) `leftHeader` … `rightFooter`, which take Excel's header
 *   and footer codes (&P page, &N pages, &A sheet name).
 * `paperSize` is never set: the printer's default paper stays (see print.ts).
 *
 * A rebuild sets the page setup again: the sheet is Tiercraft's, and its print area must follow its
 * tables as they grow. These steps run after every other write of the build, so a build that fails
 * before them leaves a sheet's page setup as it was (the restore does not cover the page setup).
 */
import { columnLetters } from '../a1';
import type { PrintSpec, SheetSpec } from '../spec';
import type { Step } from './batcher';

/** Inches in points (PageLayout's margins are in points), to a hundredth of a point. */
const points = (inches: number): number => Math.round(inches * 7200) / 100;

/** The print areas as one address list, e.g. 'A1:G14, I1:O12'. */
export const printAreaAddress = (print: PrintSpec): string =>
  print.areas.map(({ at, rows, cols }) => `${columnLetters(at.col)}${at.row + 1}:${columnLetters(at.col + cols - 1)}${at.row + rows}`).join(', ');

/** The print title rows as whole rows, e.g. '$1:$4', or null. */
export const printTitleRowsAddress = (print: PrintSpec): string | null =>
  print.titleRows === null ? null : `$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`;

/** The step that sets a sheet's page layout, or none for a sheet that does not print. */
export function pageLayoutSteps(sheet: Excel.Worksheet, spec: SheetSpec): Step[] {
  const print = spec.print;
  if (print === undefined) return [];
  const area = printAreaAddress(print);
  const titles = printTitleRowsAddress(print);
  const texts = [print.header, print.footer].flatMap((t) => [t.left, t.center, t.right]);
  return [
    {
      bytes: 900 + area.length + texts.reduce((n, t) => n + t.length, 0),
      label: spec.name,
      queue: () => {
        const layout = sheet.pageLayout;
        layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: print.pagesTall === 'auto' ? 0 : print.pagesTall };
        layout.printGridlines = print.gridlines;
        layout.centerHorizontally = print.centerHorizontally;
        const m = print.margins;
        layout.leftMargin = points(m.left);
        layout.rightMargin = points(m.right);
        layout.topMargin = points(m.top);
        layout.bottomMargin = points(m.bottom);
        layout.headerMargin = points(m.header);
        layout.footerMargin = points(m.footer);
        layout.setPrintArea(area);
        if (titles !== null) layout.setPrintTitleRows(titles);
        layout.headersFooters.state = 'Default';
        const all = layout.headersFooters.defaultForAllPages;
        all.leftHeader = print.header.left;
        all.centerHeader = print.header.center;
        all.rightHeader = print.header.right;
        all.leftFooter = print.footer.left;
        all.centerFooter = print.footer.center;
        all.rightFooter = print.footer.right;
      },
    },
  ];
}

/** Whether the host has ExcelApi 1.9 (Office.context.requirements.isSetSupported), where Office.js is loaded. */
export function pageLayoutSupported(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.9') === true;
}
