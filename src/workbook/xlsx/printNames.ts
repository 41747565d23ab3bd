/**
 * Print areas and print titles as SpreadsheetML stores them: built-in defined names scoped to their
 * sheet (ECMA-376 Part 1, §18.2.5 definedName: `_xlnm.Print_Area` and `_xlnm.Print_Titles`, with
 * `localSheetId` the 0-based index of the sheet in the workbook's `<sheets>`). Print titles are whole
 * rows: 'Quote'!$1:$5.
 */
import { columnLetters, qualified } from '../a1';
import type { PrintSpec, SheetSpec } from '../spec';
import { escapeXml } from './ooxml';

const PRINT_NAME = /^_xlnm\.(Print_Area|Print_Titles)$/i;
const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The sheet names of a workbook.xml, in `<sheets>` order (their localSheetId). */
export function sheetOrder(workbookXml: string): string[] {
  const block = /<sheets>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? '';
  return [...block.matchAll(/<sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1] ?? ''));
}

/** The print areas of a sheet, comma-separated, e.g. 'Price book'!$A$1:$G$14,'Price book'!$I$1:$O$12. */
export const printAreaRef = (sheet: string, print: PrintSpec): string =>
  print.areas.map(({ at, rows, cols }) => qualified(sheet, `$${columnLetters(at.col)}$${at.row + 1}:$${columnLetters(at.col + cols - 1)}$${at.row + rows}`)).join(',');

/** The print titles of a sheet (whole rows), e.g. 'Quote'!$1:$5, or null. */
export const printTitlesRef = (sheet: string, print: PrintSpec): string | null =>
  print.titleRows === null ? null : qualified(sheet, `$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);

/** The defined-name elements of the printed sheets of `sheets`, placed by their position in `order`. */
export function printNameElements(sheets: readonly SheetSpec[], order: readonly string[]): string[] {
  return sheets.flatMap((s) => {
    const index = order.indexOf(s.name);
    if (s.print === undefined || index < 0) return [];
    const element = (name: string, ref: string): string => `<definedName name="${name}" localSheetId="${index}">${escapeXml(ref)}</definedName>`;
    const titles = printTitlesRef(s.name, s.print);
    return [element('_xlnm.Print_Area', printAreaRef(s.name, s.print)), ...(titles === null ? [] : [element('_xlnm.Print_Titles', titles)])];
  });
}

/**
 * Whether a defined-name element is a print area or print titles of one of the sheets at `printed`
 * positions: those are Tiercraft's to write (a rebuild replaces them), every other name is kept.
 */
export function isPrintNameOf(element: string, printed: ReadonlySet<number>): boolean {
  const name = /\bname="([^"]*)"/.exec(element)?.[1] ?? '';
  const sheet = /\blocalSheetId="(\d+)"/.exec(element)?.[1];
  return PRINT_NAME.test(name) && sheet !== undefined && printed.has(Number(sheet));
}

/** Positions (in `order`) of the sheets that carry a page setup. */
export const printedPositions = (sheets: readonly SheetSpec[], order: readonly string[]): Set<number> =>
  new Set(sheets.filter((s) => s.print !== undefined).map((s) => order.indexOf(s.name)).filter((i) => i >= 0));
