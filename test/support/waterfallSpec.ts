/**
 * A one-sheet workbook description holding a pocket-price waterfall the way a sheet builder lays one out:
 * a table of elements (label, signed amount, kind) whose Running, Base, Total, Down and Up columns are
 * the formulas of `waterfallBars.ts`, and a waterfall chart over them. List 1,000 − volume 100
 * − negotiated 90 = invoice 810, − rebate 30 + freight recovered 20 = pocket price 800.
 */
import { col, formula, num, sheet, text } from '../../src/workbook/build/cells';
import { WATERFALL_BAR_COLUMNS, type WaterfallBarFigures, type WaterfallBarKind, waterfallBarFigures, waterfallBarFormulas } from '../../src/workbook/build/waterfallBars';
import type { CellSpec, WaterfallChartSpec, WorkbookSpec } from '../../src/workbook/spec';

const ELEMENTS: readonly (readonly [string, number, WaterfallBarKind])[] = [
  ['List', 1000, 'start'],
  ['Volume discount', -100, 'step'],
  ['Negotiated discount', -90, 'step'],
  ['Vendor invoice', 810, 'total'],
  ['Rebate', -30, 'step'],
  ['Freight recovered', 20, 'step'],
  ['Pocket price', 800, 'total'],
];

export const WATERFALL_SHEET = 'Pocket price';
/** Header row of the table (0-based); data rows follow. */
const AT = { row: 3, col: 0 };

const FIGURES = waterfallBarFigures(ELEMENTS.map(([, amount, kind]) => ({ amount, kind })));
/** Running, Base, Total, Down and Up of each element, as the formulas compute them (the cached results). */
export const WATERFALL_FIGURES: readonly (readonly number[])[] = FIGURES.map((f) => WATERFALL_BAR_COLUMNS.map((c) => f[c]));

function row(i: number): CellSpec[] {
  const [label, amount, kind] = ELEMENTS[i] as readonly [string, number, WaterfallBarKind];
  const r = AT.row + 2 + i; // 1-based sheet row of data row i
  const formulas = waterfallBarFormulas({ amount: `B${r}`, kind: `C${r}`, running: `D${r}`, previousRunning: i === 0 ? null : `D${r - 1}` });
  const figures = FIGURES[i] as WaterfallBarFigures;
  return [text(label), num(amount), text(kind), ...WATERFALL_BAR_COLUMNS.map((c) => formula(formulas[c], figures[c]))];
}

const column = (c: number) => ({ at: { row: AT.row + 1, col: c }, rows: ELEMENTS.length, cols: 1 });

export const WATERFALL_CHART: WaterfallChartSpec = {
  kind: 'waterfall',
  title: 'Vendor pocket price',
  categories: column(0),
  base: column(4),
  series: [
    { name: 'Total', values: column(5), role: 'total' },
    { name: 'Down', values: column(6), role: 'down' },
    { name: 'Up', values: column(7), role: 'up' },
  ],
  dataLabels: { format: '#,##0;-#,##0;;' },
  from: { row: 3, col: 9 },
  to: { row: 22, col: 17 },
  yTitle: 'USD',
};

export function waterfallSpec(): WorkbookSpec {
  return {
    currency: 'USD',
    minorUnits: 2,
    sheets: [
      sheet({
        key: 'quote',
        name: WATERFALL_SHEET,
        tables: [
          {
            name: 'PocketWaterfall',
            at: AT,
            style: 'TableStyleMedium2',
            columns: [
              col('Element', 'text', 'label'),
              col('Amount', 'money', 'input'),
              col('Kind', 'text', 'input'),
              col('Running', 'money', 'formula'),
              col('Base', 'money', 'formula'),
              col('Total', 'money', 'formula'),
              col('Down', 'money', 'formula'),
              col('Up', 'money', 'formula'),
            ],
            rows: ELEMENTS.map((_, i) => row(i)),
          },
        ],
        cells: [],
        charts: [WATERFALL_CHART],
      }),
    ],
  };
}
