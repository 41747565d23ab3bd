/**
 * The one runner behind every PRICING function: reads the arguments as their metadata says, lifts
 * the function over the cells of its spread arguments (a range broadcasts against single cells),
 * and turns every failure into an Excel error value with a message naming the argument and cell.
 * A function body only sees clean values and stays a few lines of pricing.
 *
 * This is the hot path of a recalculation (millions of calls a second), so it allocates little:
 * one scratch array of argument values per function, cells read in place, and the position of a
 * bad cell put into its message only when there is an error.
 */
import type { Arg } from './args';
import { asFunctionError, FunctionError, toExcelError } from './errors';
import { asGrid, type Grid } from './grid';
import { cellName, functionMessages as m } from './messages';

/** What one cell of a result holds. */
export type CellValue = number | string | boolean | CustomFunctions.Error;
export type ValuesOf<A extends readonly Arg<unknown>[]> = { -readonly [K in keyof A]: A[K] extends Arg<infer T> ? T : never };

export interface FunctionSpec<A extends readonly Arg<unknown>[], R> {
  /** The name after PRICING. in Excel. */
  readonly name: string;
  /** The help Excel shows; also the JSDoc of the exported function (a test keeps them equal). */
  readonly description: string;
  readonly args: A;
  readonly body: (...values: ValuesOf<A>) => R;
}

export interface PricingFunction<R> {
  readonly name: string;
  readonly description: string;
  readonly args: readonly Arg<unknown>[];
  readonly call: (...raw: unknown[]) => R;
}

const fail = (error: unknown, prefix?: string): never => {
  throw toExcelError(asFunctionError(error, prefix));
};

/** A number too large for Excel (±Infinity) or no number at all (NaN) is #NUM!, never a figure. */
const checked = <R>(value: R): R => {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new FunctionError('#NUM!', m.resultNotFinite(value));
  return value;
};

/** A table result with each non-finite number replaced by its own #NUM! cell. */
const checkedCells = <R>(value: R): R => {
  if (!Array.isArray(value)) return checked(value);
  for (const row of value as unknown[][]) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'number' && !Number.isFinite(cell)) row[c] = toExcelError(new FunctionError('#NUM!', m.resultNotFinite(cell)));
    }
  }
  return value;
};

const positionOf = (row: number, column: number, rows: number, columns: number): string =>
  columns === 1 ? `row ${row + 1}` : rows === 1 ? `column ${column + 1}` : `row ${row + 1}, column ${column + 1}`;

/** Reads the arguments that are not spread over cells into `values`; a failure fails the formula. */
function fixedReader(args: readonly Arg<unknown>[]): (raw: readonly unknown[], values: unknown[]) => void {
  const fixed = args.flatMap((a, i) => (a.spread ? [] : [i]));
  return (raw, values) => {
    try {
      for (let j = 0; j < fixed.length; j++) {
        const i = fixed[j]!;
        values[i] = args[i]!.read(raw[i], args[i]!.name);
      }
    } catch (error) {
      fail(error);
    }
  };
}

/** A function computed once per call from whole arguments (a bundle, a waterfall table). */
export function define<const A extends readonly Arg<unknown>[], R extends CellValue | CellValue[][]>(spec: FunctionSpec<A, R>): PricingFunction<R> {
  if (spec.args.some((a) => a.spread)) throw new Error(`${spec.name}: use defineCellwise for per-cell arguments`);
  const readFixed = fixedReader(spec.args);
  const body = spec.body as (...values: unknown[]) => R;
  return {
    ...spec,
    call: (...raw) => {
      const values = new Array<unknown>(spec.args.length);
      readFixed(raw, values);
      try {
        return checkedCells(body(...values));
      } catch (error) {
        return fail(error);
      }
    },
  };
}

const isBlankCell = (raw: unknown): boolean => raw === null || raw === undefined || raw === '';
/** The single value of a 1×1 range (or a plain value passed from code). */
const single = (raw: unknown): unknown => (Array.isArray(raw) ? (raw[0] as unknown[])[0] : raw);

/**
 * A function of one cell, lifted over the ranges of its spread arguments: the result has their
 * common shape (a single cell broadcasts), and a bad cell gets its own error.
 */
export function defineCellwise<const A extends readonly Arg<unknown>[]>(spec: FunctionSpec<A, CellValue>): PricingFunction<CellValue[][]> {
  const args: readonly Arg<unknown>[] = spec.args;
  const body = spec.body as (...values: unknown[]) => CellValue;
  const spread = args.flatMap((a, i) => (a.spread ? [i] : []));
  const spreadArgs = spread.map((i) => args[i]!);
  const readFixed = fixedReader(args);
  /** Argument values of the call in progress (calls never nest, so one array serves them all). */
  const values = new Array<unknown>(args.length);

  /** The cells of the spread arguments for the result cell in progress. */
  const cells = new Array<unknown>(spread.length);
  /** Spread arguments whose blank cell makes the result blank (a spare row of a quote). */
  const blanking = spreadArgs.flatMap((a, k) => (a.blankGivesBlank ? [k] : []));

  /** Reads `cells` into `values`; false when the result is blank. Blanks are looked at first, so a
   *  spare row stays blank whatever its other cells hold. */
  function readCells(): boolean {
    for (let j = 0; j < blanking.length; j++) if (isBlankCell(cells[blanking[j]!])) return false;
    for (let k = 0; k < spread.length; k++) values[spread[k]!] = spreadArgs[k]!.read(cells[k], spreadArgs[k]!.name);
    return true;
  }

  /** The shape of the result: the common shape of the spread arguments (1×1 ranges broadcast). */
  function shapeOf(raw: readonly unknown[], grids: (Grid | null)[]): [number, number] {
    let rows = 1;
    let columns = 1;
    let shapedBy = -1;
    for (let k = 0; k < spread.length; k++) {
      const grid = asGrid(raw[spread[k]!], spreadArgs[k]!.name);
      const r = grid.length;
      const c = grid[0]!.length;
      if (r === 1 && c === 1) continue;
      grids[k] = grid;
      if (shapedBy < 0) {
        [rows, columns, shapedBy] = [r, c, k];
      } else if (r !== rows || c !== columns) {
        throw new FunctionError('#VALUE!', m.shapeMismatch(spreadArgs[k]!.name, r, c, spreadArgs[shapedBy]!.name, rows, columns), 'formula');
      }
    }
    return [rows, columns];
  }

  /**
   * A failure in cell (r, c): the argument named with its row ("quantity row 3: …"), or the row put
   * before an engine message. A bad single cell that broadcasts over the range (one pack size for a
   * column of quantities) fails the whole formula instead of every row alike.
   */
  function located(error: unknown, r: number, c: number, grids: readonly (Grid | null)[], rows: number, columns: number): FunctionError {
    if (error instanceof FunctionError && error.subject !== undefined) {
      const k = spreadArgs.findIndex((a) => a.name === error.subject);
      if (k >= 0 && grids[k] === null) return new FunctionError(error.code, error.message, 'formula', error.subject);
      if (k >= 0) return error.relocated(cellName(error.subject, r, c, rows, columns));
    }
    return asFunctionError(error, positionOf(r, c, rows, columns));
  }

  function isSingleCell(raw: unknown): boolean {
    if (!Array.isArray(raw)) return true;
    const row = raw[0] as unknown;
    return raw.length === 1 && Array.isArray(row) && row.length === 1;
  }

  return {
    ...spec,
    call: (...raw) => {
      readFixed(raw, values);
      // Fast path: every spread argument is a single cell (one formula, one result).
      let allSingle = true;
      for (let k = 0; k < spread.length; k++) if (!isSingleCell(raw[spread[k]!])) allSingle = false;
      if (allSingle) {
        try {
          for (let k = 0; k < spread.length; k++) cells[k] = single(raw[spread[k]!]);
          return [[readCells() ? checked(body(...values)) : '']];
        } catch (error) {
          return fail(error);
        }
      }
      const grids = new Array<Grid | null>(spread.length).fill(null);
      let shape: [number, number] = [1, 1];
      try {
        shape = shapeOf(raw, grids);
      } catch (error) {
        fail(error);
      }
      const [rows, columns] = shape;
      // Single cells broadcast over the range.
      const broadcast = spread.map((i, k) => (grids[k] === null ? single(raw[i]) : undefined));
      /** The value of result cell (r, c); a bad cell becomes its error, a broken formula throws. */
      const cellAt = (r: number, c: number): CellValue => {
        try {
          for (let k = 0; k < spread.length; k++) {
            const grid = grids[k];
            cells[k] = grid === null ? broadcast[k] : grid![r]![c];
          }
          return readCells() ? checked(body(...values)) : '';
        } catch (error) {
          const failure = located(error, r, c, grids, rows, columns);
          if (failure.scope === 'formula') throw toExcelError(failure);
          return toExcelError(failure);
        }
      };
      // Rows as array literals: a column of 100,000 results is 100,000 small arrays, the main cost.
      const result: CellValue[][] = new Array<CellValue[]>(rows);
      if (columns === 1) {
        for (let r = 0; r < rows; r++) result[r] = [cellAt(r, 0)];
      } else {
        for (let r = 0; r < rows; r++) {
          const line: CellValue[] = [];
          for (let c = 0; c < columns; c++) line.push(cellAt(r, c));
          result[r] = line;
        }
      }
      return result;
    },
  };
}
