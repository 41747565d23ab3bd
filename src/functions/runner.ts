/**
 * The one runner behind every PRICING function: reads the arguments as their metadata says, lifts
 * the function over the cells of its spread arguments (a range broadcasts against single cells),
 * and turns every failure into an Excel error value with a message naming the argument and cell.
 * A function body only sees clean values and stays a few lines of pricing.
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

const positionOf = (row: number, column: number, rows: number, columns: number): string =>
  columns === 1 ? `row ${row + 1}` : rows === 1 ? `column ${column + 1}` : `row ${row + 1}, column ${column + 1}`;

/** Reads the arguments that are not spread over cells; any failure is the whole formula's error. */
function fixedReader(args: readonly Arg<unknown>[]): (raw: readonly unknown[]) => unknown[] {
  const fixed = args.flatMap((a, i) => (a.spread ? [] : [i]));
  return (raw) => {
    const values = new Array<unknown>(args.length);
    try {
      for (const i of fixed) values[i] = args[i]!.read(raw[i], args[i]!.name);
    } catch (error) {
      fail(error);
    }
    return values;
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
      const values = readFixed(raw);
      try {
        return body(...values);
      } catch (error) {
        return fail(error);
      }
    },
  };
}

/**
 * A function of one cell, lifted over the ranges of its spread arguments: the result has their
 * common shape (a single cell broadcasts), and a bad cell gets its own error.
 */
export function defineCellwise<const A extends readonly Arg<unknown>[]>(spec: FunctionSpec<A, CellValue>): PricingFunction<CellValue[][]> {
  const args: readonly Arg<unknown>[] = spec.args;
  const body = spec.body as (...values: unknown[]) => CellValue;
  const spread = args.flatMap((a, i) => (a.spread ? [i] : []));
  const readFixed = fixedReader(args);

  /** One cell: read the spread arguments' cells, then the body. Throws a FunctionError. */
  function cell(values: unknown[], cells: readonly unknown[], where: (name: string) => string): CellValue {
    for (let k = 0; k < spread.length; k++) {
      const a = args[spread[k]!]!;
      const raw = cells[k];
      if (a.blankGivesBlank && (raw === null || raw === undefined || raw === '')) return '';
      values[spread[k]!] = a.read(raw, where(a.name));
    }
    return body(...values);
  }

  return {
    ...spec,
    call: (...raw) => {
      const values = readFixed(raw);
      // The shape of the result: the common shape of the spread arguments (1×1 ranges broadcast).
      let rows = 1;
      let columns = 1;
      let shapedBy = -1;
      const grids: Grid[] = [];
      try {
        for (const i of spread) {
          const grid = asGrid(raw[i], args[i]!.name);
          grids.push(grid);
          const r = grid.length;
          const c = grid[0]!.length;
          if (r === 1 && c === 1) continue;
          if (shapedBy < 0) {
            [rows, columns, shapedBy] = [r, c, i];
          } else if (r !== rows || c !== columns) {
            throw new FunctionError('#VALUE!', m.shapeMismatch(args[i]!.name, r, c, args[shapedBy]!.name, rows, columns), 'formula');
          }
        }
      } catch (error) {
        fail(error);
      }
      if (rows === 1 && columns === 1) {
        try {
          return [[cell(values, grids.map((g) => g[0]![0]), (name) => name)]];
        } catch (error) {
          return fail(error);
        }
      }
      const result: CellValue[][] = [];
      const cells = new Array<unknown>(spread.length);
      for (let r = 0; r < rows; r++) {
        const line: CellValue[] = [];
        for (let c = 0; c < columns; c++) {
          for (let k = 0; k < grids.length; k++) {
            const grid = grids[k]!;
            cells[k] = grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : grid[r]![c];
          }
          try {
            line.push(cell(values, cells, (name) => cellName(name, r, c, rows, columns)));
          } catch (error) {
            const failure = asFunctionError(error, positionOf(r, c, rows, columns));
            if (failure.scope === 'formula') throw toExcelError(failure);
            line.push(toExcelError(failure));
          }
        }
        result.push(line);
      }
      return result;
    },
  };
}
