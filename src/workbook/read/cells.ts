/** Typed reads of grid cells, each failure recorded with the cell's name ("Price book!D7"). */
import { cellName } from '../a1';
import type { CellAddress } from '../spec';
import { readMessages as m } from './messages';

export type GridValue = number | string | boolean | null;

/** A table as read: where it is and its values, header row first. */
export interface TableGrid {
  readonly sheet: string;
  readonly at: CellAddress;
  readonly values: readonly (readonly GridValue[])[];
}

/** A data row of a table with typed accessors by header. */
export class RowReader {
  constructor(
    private readonly grid: TableGrid,
    private readonly columns: ReadonlyMap<string, number>,
    /** 0-based data row. */
    readonly index: number,
    private readonly issues: string[],
  ) {}

  private at(header: string): { where: string; value: GridValue } | undefined {
    const c = this.columns.get(header);
    if (c === undefined) return undefined;
    const where = cellName(this.grid.sheet, { row: this.grid.at.row + 1 + this.index, col: this.grid.at.col + c });
    const raw = this.grid.values[this.index + 1]?.[c] ?? null;
    return { where, value: typeof raw === 'string' && raw.trim() === '' ? null : raw };
  }

  has(header: string): boolean {
    return this.columns.has(header);
  }

  /** Whether every cell of the row is blank. */
  isBlank(): boolean {
    return (this.grid.values[this.index + 1] ?? []).every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
  }

  private fail(message: string): undefined {
    this.issues.push(message);
    return undefined;
  }

  /** Text that must be there (ids, names). Numbers are taken as their text (a SKU typed as 1001). */
  id(header: string, what: string): string | undefined {
    const c = this.at(header);
    if (c === undefined) return undefined;
    if (c.value === null) return this.fail(m.blank(c.where, what));
    if (typeof c.value === 'boolean') return this.fail(m.notText(c.where, c.value));
    return String(c.value).trim();
  }

  /** Optional text: blank → undefined. */
  text(header: string): string | undefined {
    const c = this.at(header);
    if (c === undefined || c.value === null) return undefined;
    return String(c.value);
  }

  private number(header: string, bad: (where: string, v: unknown) => string): { where: string; n: number } | null | undefined {
    const c = this.at(header);
    if (c === undefined || c.value === null) return null;
    const n = typeof c.value === 'number' ? c.value : typeof c.value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(c.value) ? Number(c.value) : NaN;
    if (!Number.isFinite(n)) return this.fail(bad(c.where, c.value));
    return { where: c.where, n };
  }

  /** A money amount ≥ 0; blank → undefined unless `required`. */
  price(header: string, required = true): number | undefined {
    const r = this.number(header, m.notAPrice);
    if (r === null) return required ? this.fail(m.blank(this.where(header), 'price')) : undefined;
    if (r === undefined) return undefined;
    return r.n < 0 ? this.fail(m.negative(r.where, r.n)) : r.n;
  }

  /** A share 0..1 (a cell formatted as % holds 0.15 for 15%); blank → `fallback`. */
  share(header: string, fallback?: number): number | undefined {
    const r = this.number(header, m.notAShare);
    if (r === null) return fallback;
    if (r === undefined) return undefined;
    return r.n < 0 || r.n > 1 ? this.fail(m.notAShare(r.where, r.n)) : r.n;
  }

  /** Any number, negative too (points taken off, a price cut); blank → undefined. */
  signed(header: string): number | undefined {
    const r = this.number(header, m.notANumber);
    return r === null || r === undefined ? undefined : r.n;
  }

  /** A whole number ≥ 0; blank → undefined. */
  whole(header: string): number | undefined {
    const r = this.number(header, m.notAWholeNumber);
    if (r === null || r === undefined) return undefined;
    return !Number.isInteger(r.n) || r.n < 0 ? this.fail(m.notAWholeNumber(r.where, r.n)) : r.n;
  }

  /** A number > 0 (a quantity, a band's Up to); blank → null. */
  positive(header: string): number | null | undefined {
    const r = this.number(header, m.notANumber);
    if (r === null || r === undefined) return r;
    return r.n <= 0 ? this.fail(m.notPositive(r.where, r.n)) : r.n;
  }

  /**
   * TRUE/FALSE (also the texts TRUE, FALSE, yes, no, and the numbers 1 and 0, as a spreadsheet may save a
   * boolean cell with a number format); blank → `fallback`.
   */
  yesNo(header: string, fallback: boolean): boolean | undefined {
    const c = this.at(header);
    if (c === undefined || c.value === null) return fallback;
    if (typeof c.value === 'boolean') return c.value;
    if (c.value === 1 || c.value === 0) return c.value === 1;
    const t = String(c.value).trim().toLowerCase();
    if (t === 'true' || t === 'yes') return true;
    if (t === 'false' || t === 'no') return false;
    return this.fail(m.notYesNo(c.where, c.value));
  }

  /** One of `allowed`. */
  oneOf<T extends string>(header: string, allowed: readonly T[]): T | undefined {
    const c = this.at(header);
    if (c === undefined) return undefined;
    const v = c.value === null ? '' : String(c.value).trim();
    const found = allowed.find((a) => a === v);
    return found ?? this.fail(m.notOneOf(c.where, c.value ?? '', allowed));
  }

  /** One of `allowed`, or blank (→ undefined). */
  optionalOneOf<T extends string>(header: string, allowed: readonly T[]): T | undefined {
    const c = this.at(header);
    if (c === undefined || c.value === null) return undefined;
    return this.oneOf(header, allowed);
  }

  where(header: string): string {
    return this.at(header)?.where ?? header;
  }
}

/** Reader of a table's data rows (blank rows skipped), recording a missing required header. */
export function rowsOf(grid: TableGrid, table: string, required: readonly string[], issues: string[]): RowReader[] {
  const header = grid.values[0] ?? [];
  const columns = new Map<string, number>();
  header.forEach((h, i) => {
    if (typeof h === 'string') columns.set(h.trim(), i);
  });
  for (const r of required) if (!columns.has(r)) issues.push(m.missingColumn(grid.sheet, table, r));
  const rows: RowReader[] = [];
  for (let i = 0; i + 1 < grid.values.length; i += 1) {
    const row = new RowReader(grid, columns, i, issues);
    if (!row.isBlank()) rows.push(row);
  }
  return rows;
}
