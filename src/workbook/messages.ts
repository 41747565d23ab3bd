/**
 * Messages about updating a workbook, shared by both renderers (.xlsx and Office.js): why a rebuild was
 * refused and what to do. Cells are A1 addresses on the sheet named.
 */

/** How many cells a message lists before "and N more". */
export const LISTED_CELLS = 10;

const listCells = (cells: readonly string[]): string => {
  const shown = cells.slice(0, LISTED_CELLS).join(', ');
  const more = cells.length - LISTED_CELLS;
  return more > 0 ? `${shown} and ${more} more` : shown;
};

const WAYS_OUT =
  "move or clear those cells, or build into a new workbook, or give Tiercraft's sheets other names " +
  '(CLI: --sheet key=name, e.g. --sheet priceBook="Price book 2")';

export const workbookMessages = {
  /** Tiercraft's tables or cells would now cover cells holding a user's values, formulas or notes. */
  userCells: (sheet: string, cells: readonly string[]): string =>
    `Rebuilding would write over ${cells.length === 1 ? 'a cell' : `${cells.length} cells`} you filled on '${sheet}' ` +
    `(${listCells(cells)}): Tiercraft's tables there have grown. Nothing was changed; ${WAYS_OUT}.`,
  /** The sheets' own pieces would overlap (found by layoutProblems). */
  layout: (problems: readonly string[]): string =>
    `The workbook cannot be laid out: ${problems.slice(0, LISTED_CELLS).join(' ')}` +
    `${problems.length > LISTED_CELLS ? ` (and ${problems.length - LISTED_CELLS} more)` : ''} ` +
    'Nothing was changed; move the tables in the workbook apart, or build into a new workbook.',
  pivotTables: 'The workbook holds pivot tables, which this tool cannot carry through an update; nothing was changed. Update it in Excel with the add-in, or build into a new file.',
  macros: 'The workbook holds macros, which this tool cannot carry through an update; nothing was changed.',
  drawings: (sheet: string): string =>
    `Sheet '${sheet}' holds charts, pictures or shapes, which this tool cannot carry through an update; nothing was changed. Update it in Excel with the add-in, or build into a new file.`,
  drawingsOnTiercraftSheet: (sheet: string): string =>
    `Sheet '${sheet}' holds pictures or shapes besides Tiercraft's charts, which this tool cannot carry through an update; nothing was changed. Update it in Excel with the add-in, or build into a new file.`,
  unreadable: (cause: string): string =>
    `The workbook could not be read (${cause}); nothing was changed. Open it in Excel or LibreOffice and save it as .xlsx, then build again.`,
} as const;
