/**
 * The worked example the Functions panel inserts: a small price ladder table and PRICING formulas that
 * use it, as a grid of cells. Each formula carries its result, computed by the ladder engine, so the
 * playground shows the figures Excel will show.
 */
import { compilePriceLadder, priceTotal, unitPrice } from '../../engine/ladder';
import type { CellSpec } from '../../workbook/spec';

export interface ExampleGrid {
  /** Rows of cells from the top-left cell of the example. */
  readonly rows: readonly (readonly CellSpec[])[];
  /** Width of the grid in columns. */
  readonly cols: number;
}

const text = (value: string): CellSpec => ({ kind: 'text', value });
const num = (value: number): CellSpec => ({ kind: 'number', value });
const blank: CellSpec = { kind: 'blank' };

const BANDS = [
  { upTo: 10, unitPrice: 50 },
  { upTo: 50, unitPrice: 45 },
  { upTo: null, unitPrice: 40 },
] as const;
const QUANTITIES = [5, 25, 120] as const;

/** Column letters and row numbers of the example when its top-left cell is at (row0, col0), 0-based. */
function ref(row0: number, col0: number, row: number, col: number, absolute = false): string {
  let n = col0 + col + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return absolute ? `$${letters}$${row0 + row + 1}` : `${letters}${row0 + row + 1}`;
}

/** The example placed with its top-left cell at (row0, col0): formulas refer to the cells where they land. */
export function workedExample(row0 = 0, col0 = 0): ExampleGrid {
  const graduated = compilePriceLadder(BANDS, 'graduated');
  const volume = compilePriceLadder(BANDS, 'volume');
  const table = `${ref(row0, col0, 2, 0, true)}:${ref(row0, col0, 5, 1, true)}`;
  const rows: CellSpec[][] = [
    [text('Worked example: PRICING functions on a price ladder'), blank, blank, blank],
    [text('Price ladder (a blank last Up to has no limit)'), blank, blank, blank],
    [text('Up to'), text('Unit price'), blank, blank],
    ...BANDS.map((b) => [b.upTo === null ? blank : num(b.upTo), num(b.unitPrice), blank, blank]),
    [blank, blank, blank, blank],
    [text('Quantity'), text('Total, graduated'), text('Unit price'), text('Total, volume')],
    ...QUANTITIES.map((q, i) => {
      const at = ref(row0, col0, 8 + i, 0);
      return [
        num(q),
        { kind: 'formula', formula: `=PRICING.TIERED(${at},${table})`, result: priceTotal(graduated, q, { minorUnits: 2 }) },
        { kind: 'formula', formula: `=PRICING.UNITPRICE(${at},${table})`, result: unitPrice(graduated, q, { minorUnits: 2 }) },
        { kind: 'formula', formula: `=PRICING.TIERED(${at},${table},"volume")`, result: priceTotal(volume, q, { minorUnits: 2 }) },
      ] satisfies CellSpec[];
    }),
  ];
  return { rows, cols: 4 };
}
