/**
 * How each sheet prints (re-exported by spec.ts): fitted to one page wide and as many tall as it takes,
 * landscape where the printed cells are wide, the heading rows repeated on every page, a header naming
 * the model and the sheet, a footer with page numbers, gridlines off, centred across the page.
 *
 * The paper size is never set: a printer's default (A4 in most of the world, Letter in North America)
 * stays the user's choice. Fitting to the page width makes either work: the sheet is scaled to the
 * paper it is printed on, so nothing is cut however the paper differs.
 *
 * Tables side by side print one after the other (printBands), each fitted to the page width, rather than
 * shrunk together to one page: a sheet of four tables 500 characters wide would print at a tenth of
 * its size.
 *
 * Every built sheet takes `printSpec(sheet, modelName)`; a builder that wants another setup (a customer
 * document in portrait, a title row of its own) sets `print` itself, e.g. with `printSpec(sheet, name,
 * { orientation: 'portrait' })`, and describeWorkbook keeps it.
 */
import { captionAt, tableRect } from './footprint';
import type { Rect } from './rects';
import type { RangeSpec, SheetSpec } from './spec';

export type PageOrientation = 'portrait' | 'landscape';

/** Text of a header or footer in Excel's header and footer codes (&P page number, &N pages, &A sheet name, && an ampersand). */
export interface HeaderFooterText {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

export interface PrintSpec {
  readonly orientation: PageOrientation;
  /** Pages across: always 1, so no column set is split from its rows. */
  readonly pagesWide: 1;
  /** Pages down: 'auto' lets the sheet run on as many pages as its rows take. */
  readonly pagesTall: number | 'auto';
  /** Rows repeated at the top of every page (0-based, inclusive), or null. */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  /** The cells printed, in areas that each start on a new page (printBands). */
  readonly areas: readonly RangeSpec[];
  readonly header: HeaderFooterText;
  readonly footer: HeaderFooterText;
  /** Margins in inches (Excel's "Narrow" margins leave the most room for the cells). */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  readonly gridlines: false;
  readonly centerHorizontally: true;
}

/** Excel's "Narrow" margins, in inches. */
export const NARROW_MARGINS: PrintSpec['margins'] = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/**
 * Printed width, in Excel's width unit (characters of the default font), above which a sheet prints in
 * landscape: a portrait A4 or Letter page holds about 7.7 inches between narrow margins, some 90 such
 * characters at 100%.
 */
export const PORTRAIT_WIDTH = 90;

/** A header or footer holds at most 255 characters; the model's name is cut well before that. */
const NAME_CHARS = 100;

/** Text written literally in a header or footer: '&' starts a code, so it is doubled. */
export const literalHeaderText = (text: string): string => {
  const cut = text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS - 1)}…` : text;
  return cut.replace(/&/g, '&&');
};

/** Everything Tiercraft writes on a sheet, piece by piece: its tables with their captions, loose cells and charts. */
function pieces(sheet: SheetSpec): Rect[] {
  return [
    ...sheet.tables.map((t) => {
      const r = tableRect(t);
      return captionAt(t) === null ? r : { ...r, row: r.row - 1 };
    }),
    ...sheet.cells.map((c) => ({ row: c.at.row, col: c.at.col, lastRow: c.at.row, lastCol: c.at.col })),
    ...sheet.charts.map((c) => ({ row: c.from.row, col: c.from.col, lastRow: c.to.row, lastCol: c.to.col })),
  ];
}

/**
 * The print areas of a sheet: one per band of columns, where a band is a run of columns whose pieces
 * overlap (tables side by side make several bands), from row 1 to the band's last row. Each area prints
 * on pages of its own, so a narrow table is not shrunk to the width of the whole sheet.
 */
export function printBands(sheet: SheetSpec): RangeSpec[] {
  const sorted = pieces(sheet).sort((a, b) => a.col - b.col);
  const bands: { col: number; lastCol: number; lastRow: number }[] = [];
  for (const p of sorted) {
    const last = bands[bands.length - 1];
    if (last !== undefined && p.col <= last.lastCol) {
      last.lastCol = Math.max(last.lastCol, p.lastCol);
      last.lastRow = Math.max(last.lastRow, p.lastRow);
    } else bands.push({ col: p.col, lastCol: p.lastCol, lastRow: p.lastRow });
  }
  return bands.map((b) => ({ at: { row: 0, col: b.col }, rows: b.lastRow + 1, cols: b.lastCol - b.col + 1 }));
}

/** The printed width of columns `first` to `last`, in Excel's width unit (8.43, Excel's default, for a column the sheet does not size). */
export function printedWidth(sheet: Pick<SheetSpec, 'columns'>, first: number, last: number): number {
  let width = 0;
  for (let c = first; c <= last; c += 1) width += sheet.columns[c]?.width ?? 8.43;
  return width;
}

/**
 * The page setup of a sheet: its bands of columns as print areas, the frozen heading rows as print
 * titles, landscape when its widest band is wider than PORTRAIT_WIDTH; `own` replaces any part of it.
 */
export function printSpec(sheet: SheetSpec, modelName: string, own: Partial<PrintSpec> = {}): PrintSpec {
  const found = printBands(sheet);
  const areas = found.length > 0 ? found : [{ at: { row: 0, col: 0 }, rows: 1, cols: 1 }];
  const tallest = Math.max(...areas.map((a) => a.rows));
  const widest = Math.max(...areas.map((a) => printedWidth(sheet, a.at.col, a.at.col + a.cols - 1)));
  const titleRows = sheet.frozenRows > 0 && sheet.frozenRows < tallest ? { first: 0, last: sheet.frozenRows - 1 } : null;
  return {
    orientation: widest > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
    pagesWide: 1,
    pagesTall: 'auto',
    titleRows,
    areas,
    header: { left: literalHeaderText(modelName), center: '', right: '&A' },
    footer: { left: '', center: 'Page &P of &N', right: '' },
    margins: NARROW_MARGINS,
    gridlines: false,
    centerHorizontally: true,
    ...own,
  };
}

/** The sheet with its page setup: the one its builder gave, else `printSpec`; the very hidden model sheet never prints. */
export const withPrint = (sheet: SheetSpec, modelName: string): SheetSpec =>
  sheet.visibility === 'veryHidden' || sheet.print !== undefined ? sheet : { ...sheet, print: printSpec(sheet, modelName) };
