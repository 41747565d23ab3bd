/**
 * Every message the PRICING functions add to an Excel error, in one place. Arguments are named as
 * Excel shows them in the formula autocomplete; cells of a range are named by their row (and column
 * when the range is wider than one column), counted from 1 within the range as the user selected it.
 */
export const show = (value: unknown): string => {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
};

export const functionMessages = {
  notANumber: (where: string, value: unknown): string => `${where}: ${show(value)} is not a number`,
  notARate: (where: string, value: unknown): string => `${where}: ${show(value)} is not a rate (write 15% or 0.15)`,
  blank: (where: string): string => `${where} is blank`,
  notFinite: (where: string, value: number): string => `${where}: ${value} is not a finite number`,
  resultNotFinite: (value: number): string =>
    `the result (${value}) is beyond the numbers Excel holds (up to about 1.8E+308): use smaller inputs`,
  errorInput: (where: string, code: string): string => `${where} holds the error ${code}`,
  notOneOf: (where: string, value: unknown, choices: readonly string[]): string =>
    `${where}: ${show(value)} is not one of ${choices.join(', ')}`,
  decimals: (value: number): string => `decimals: ${value} must be a whole number from 0 to 6 (2 for cents)`,
  shapeMismatch: (name: string, rows: number, columns: number, other: string, otherRows: number, otherColumns: number): string =>
    `${name} is ${rows}×${columns} but ${other} is ${otherRows}×${otherColumns}: give ranges of the same size, or a single cell`,
  emptyRange: (name: string): string => `${name} is empty: select at least one cell`,
  notRectangular: (name: string): string => `${name} is not a rectangular range: every row needs the same number of cells`,

  ladderColumns: (columns: number, expected: string): string =>
    `ladder has ${columns} column${columns === 1 ? '' : 's'}; it needs ${expected}`,
  ladderEmpty: (): string => 'ladder has no bands: below the header, add rows of Up to and a price',
  ladderBlankRow: (row: number): string =>
    `ladder row ${row} is blank: remove it, or fill in Up to and a price (only trailing rows may be blank)`,
  ladderBlankCell: (row: number, field: string): string => `ladder row ${row}, ${field} is blank`,
} as const;

/** "quantity" for a single cell, "quantity row 3" (or "row 3, column 2") within a range. */
export function cellName(name: string, row: number, column: number, rows: number, columns: number): string {
  if (rows === 1 && columns === 1) return name;
  if (columns === 1) return `${name} row ${row + 1}`;
  if (rows === 1) return `${name} column ${column + 1}`;
  return `${name} row ${row + 1}, column ${column + 1}`;
}
