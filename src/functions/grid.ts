/**
 * Ranges as Excel passes them: a 2D array, row by row. A single value stands for a 1×1 range.
 */
import { FunctionError } from './errors';
import { functionMessages as m } from './messages';

export type Grid = readonly (readonly unknown[])[];

/** The value as a rectangular grid (a scalar becomes 1×1); #VALUE! for an empty or ragged range. */
export function asGrid(value: unknown, name: string): Grid {
  if (!Array.isArray(value)) return [[value]];
  const first: unknown = value[0];
  if (value.length === 0 || !Array.isArray(first) || first.length === 0) throw new FunctionError('#VALUE!', m.emptyRange(name), 'formula');
  const columns = first.length;
  for (let r = 1; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row) || row.length !== columns) throw new FunctionError('#VALUE!', m.notRectangular(name), 'formula');
  }
  return value as Grid;
}

/** The cells of a grid read row by row (a column or a row reads naturally in order). */
export function cellsOf(grid: Grid): readonly unknown[] {
  return grid.length === 1 ? grid[0]! : grid.flat();
}
