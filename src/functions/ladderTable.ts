/**
 * A ladder range as the user selected it, read into bands: 2 or 3 columns (Up to, Unit price,
 * optional Flat fee) for price ladders, 2 (Up to, Discount) for discount ladders. A first row of
 * titles (text that is not a number) is a header and is skipped; trailing blank rows are ignored
 * (a range may be selected larger than the ladder); a blank Up to in the last row means no limit; a
 * discount may be 0.15 or "15%".
 * The engine validates the bands; its "band N" becomes "ladder row M" as the user counts rows.
 * Each table compiles once per mode and remembers the result (or the error).
 */
import { isPricingError } from '../engine/errors';
import {
  compileDiscountLadder,
  compilePriceLadder,
  type CompiledDiscountLadder,
  type DiscountBand,
  type DiscountMode,
  type PriceBand,
  type PriceLadder,
  type PriceMode,
} from '../engine/ladder';
import { isBlank, percentText } from './coerce';
import { errorCodeOf, FunctionError } from './errors';
import { asGrid, type Grid } from './grid';
import { LadderCache } from './ladderCache';
import { functionMessages as m } from './messages';

export class LadderTable<Band, Compiled, Mode extends string> {
  private readonly byMode = new Map<Mode, Compiled | FunctionError>();
  private lastMode: Mode | undefined;
  private last: Compiled | undefined;
  constructor(
    readonly bands: readonly Band[],
    /** Rows above the first band within the range (1 with a header row, else 0). */
    readonly headerRows: number,
    private readonly compile: (bands: readonly Band[], mode: Mode) => Compiled,
  ) {}

  /** The ladder compiled for `mode`; a broken ladder is an error of the whole formula. */
  compiled(mode: Mode): Compiled {
    if (mode === this.lastMode) return this.last!;
    let result = this.byMode.get(mode);
    if (result === undefined) {
      try {
        result = this.compile(this.bands, mode);
      } catch (error) {
        if (!isPricingError(error)) throw error;
        const code = error.kind === 'type' ? '#VALUE!' : error.kind === 'range' ? '#NUM!' : '#N/A';
        result = new FunctionError(code, atRows(error.message, this.headerRows), 'formula');
      }
      this.byMode.set(mode, result);
    }
    if (result instanceof FunctionError) throw result;
    this.lastMode = mode;
    this.last = result;
    return result;
  }
}

/** "band 3" → "ladder row 4" with a header row above the bands. */
export const atRows = (message: string, headerRows: number): string =>
  message.replace(/\bband (\d+)/g, (_, n: string) => `ladder row ${Number(n) + headerRows}`);

/** Text that reads as a number ("10", " 2.5 ", "15%"): a number stored as text, not a column title. */
const isNumericText = (text: string): boolean => percentText(text) !== undefined || (text.trim() !== '' && Number.isFinite(Number(text)));

/**
 * A header row holds only titles: every cell blank or text that does not read as a number, and one at
 * least not blank. A first row of numbers stored as text ("10", "5") is a band, and the engine names
 * its cells ("ladder row 1, Up to must be a number, got "10"").
 */
const isHeaderRow = (row: readonly unknown[]): boolean =>
  row.every((cell) => isBlank(cell) || (typeof cell === 'string' && !isNumericText(cell))) && row.some((cell) => !isBlank(cell));

interface Layout {
  readonly columns: readonly string[];
  readonly minColumns: number;
  readonly expected: string;
}

/** The rows of bands within the range: header and trailing blank rows dropped, cells checked for errors. */
function bandRows(raw: unknown, layout: Layout): { rows: Grid; headerRows: number } {
  const grid = asGrid(raw, 'ladder');
  const width = grid[0]!.length;
  if (width === 1 && grid.length === 1) {
    const code = errorCodeOf(grid[0]![0]);
    if (code !== undefined) throw new FunctionError(code, m.errorInput('ladder', code), 'formula');
  }
  if (width < layout.minColumns || width > layout.columns.length) {
    throw new FunctionError('#VALUE!', m.ladderColumns(width, layout.expected), 'formula');
  }
  const headerRows = isHeaderRow(grid[0]!) ? 1 : 0;
  let end = grid.length;
  while (end > headerRows && grid[end - 1]!.every(isBlank)) end--;
  const rows = grid.slice(headerRows, end);
  if (rows.length === 0) throw new FunctionError('#VALUE!', m.ladderEmpty(), 'formula');
  rows.forEach((row, i) => {
    const rowNumber = i + 1 + headerRows;
    if (row.every(isBlank)) throw new FunctionError('#VALUE!', m.ladderBlankRow(rowNumber), 'formula');
    row.forEach((cell, c) => {
      const code = errorCodeOf(cell);
      if (code !== undefined) throw new FunctionError(code, m.errorInput(`ladder row ${rowNumber}, ${layout.columns[c]}`, code), 'formula');
    });
    if (isBlank(row[1])) throw new FunctionError('#VALUE!', m.ladderBlankCell(rowNumber, layout.columns[1]!), 'formula');
  });
  return { rows, headerRows };
}

// The engine checks every band value itself (type, sign, order) and names the band, so cells pass
// through as typed; `unknown` values are narrowed to the band types by those checks.
const cellAsNumber = (cell: unknown): number => cell as number;
const upToOf = (cell: unknown): number | null => (isBlank(cell) ? null : cellAsNumber(cell));
const rateOf = (cell: unknown): number => (typeof cell === 'string' ? (percentText(cell) ?? cellAsNumber(cell)) : cellAsNumber(cell));

const PRICE_LAYOUT: Layout = { columns: ['Up to', 'Unit price', 'Flat fee'], minColumns: 2, expected: '2 or 3: Up to, Unit price and optionally Flat fee' };
const DISCOUNT_LAYOUT: Layout = { columns: ['Up to', 'Discount'], minColumns: 2, expected: '2: Up to and Discount' };

export type PriceTable = LadderTable<PriceBand, PriceLadder, PriceMode>;
export type DiscountTable = LadderTable<DiscountBand, CompiledDiscountLadder, DiscountMode>;

export function readPriceTable(raw: unknown): PriceTable {
  const { rows, headerRows } = bandRows(raw, PRICE_LAYOUT);
  const bands = rows.map((row): PriceBand => {
    const band = { upTo: upToOf(row[0]), unitPrice: cellAsNumber(row[1]) };
    return isBlank(row[2]) ? band : { ...band, flatFee: cellAsNumber(row[2]) };
  });
  return new LadderTable(bands, headerRows, compilePriceLadder);
}

export function readDiscountTable(raw: unknown): DiscountTable {
  const { rows, headerRows } = bandRows(raw, DISCOUNT_LAYOUT);
  const bands = rows.map((row): DiscountBand => ({ upTo: upToOf(row[0]), discount: rateOf(row[1]) }));
  return new LadderTable(bands, headerRows, compileDiscountLadder);
}

/** A table, or the error reading it gave: errors are remembered too, so a broken ladder is read once. */
interface Read<T> {
  readonly table?: T;
  readonly error?: FunctionError;
}
const priceTables = new LadderCache<Read<PriceTable>>();
const discountTables = new LadderCache<Read<DiscountTable>>();

const remembering =
  <T>(read: (raw: unknown) => T) =>
  (grid: Grid): Read<T> => {
    try {
      return { table: read(grid) };
    } catch (error) {
      if (error instanceof FunctionError) return { error };
      throw error;
    }
  };
const buildPrice = remembering(readPriceTable);
const buildDiscount = remembering(readDiscountTable);

function cached<T>(cache: LadderCache<Read<T>>, raw: unknown, build: (grid: Grid) => Read<T>): T {
  // A range is looked up as passed: a hit equals a snapshot that was read (and checked) before, and
  // a range seen for the first time is checked by `build` (bandRows), its error remembered.
  const read = cache.get(Array.isArray(raw) ? (raw as Grid) : asGrid(raw, 'ladder'), build);
  if (read.error !== undefined) throw read.error;
  return read.table!;
}

export const priceTable = (raw: unknown): PriceTable => cached(priceTables, raw, buildPrice);
export const discountTable = (raw: unknown): DiscountTable => cached(discountTables, raw, buildDiscount);

/** For tests and benchmarks: how many distinct ladders were read. */
export const ladderCaches = { price: priceTables, discount: discountTables } as const;
