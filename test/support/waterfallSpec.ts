/**
 * A one-sheet workbook description holding a pocket-price waterfall the way a sheet builder lays one out:
 * a table of elements (label, signed amount, kind) whose Running, Base, Total, Down and Up columns are
 * formulas, and a waterfall chart over them. List 1,000 − volume 100 − negotiated 90 = invoice 810,
 * − rebate 30 + freight recovered 20 = pocket price 800.
 */
import { col, formula, num, sheet, text } from '../../src/workbook/build/cells';
import type { CellSpec, WaterfallChartSpec, WorkbookSpec } from '../../src/workbook/spec';

type Kind = 'start' | 'step' | 'total';
const ELEMENTS: readonly (readonly [string, number, Kind])[] = [
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

/** Running, Base, Total, Down, Up of each element, as the formulas compute them (the cached results). */
export const WATERFALL_FIGURES: readonly (readonly [number, number, number, number, number])[] = (() => {
  let running = 0;
  return ELEMENTS.map(([, amount, kind]) => {
    const before = running;
    running = kind === 'step' ? running + amount : amount;
    if (kind !== 'step') return [running, 0, running, 0, 0] as const;
    return [running, Math.min(before, running), 0, amount < 0 ? -amount : 0, amount > 0 ? amount : 0] as const;
  });
})();

function row(i: number): CellSpec[] {
  const [label, amount, kind] = ELEMENTS[i] as readonly [string, number, Kind];
  const [running, base, total, down, up] = WATERFALL_FIGURES[i] as readonly number[] as [number, number, number, number, number];
  const r = AT.row + 2 + i; // 1-based sheet row of data row i
  const step = `C${r}="step"`;
  return [
    text(label),
    num(amount),
    text(kind),
    formula(i === 0 ? `B${r}` : `IF(${step},D${r - 1}+B${r},B${r})`, running),
    formula(i === 0 ? '0' : `IF(${step},MIN(D${r - 1},D${r}),0)`, base),
    formula(`IF(${step},0,D${r})`, total),
    formula(`IF(AND(${step},B${r}<0),-B${r},0)`, down),
    formula(`IF(AND(${step},B${r}>0),B${r},0)`, up),
  ];
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
