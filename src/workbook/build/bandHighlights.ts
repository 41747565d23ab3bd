/**
 * The Bands table's guardrail highlights (the Checks sheet's band rows, bandRows.ts, give the verdicts):
 * a discount above the maximum customer discount is a breach; one that exceeds it with the deepest term
 * discount, or (when the Rising unit price guardrail is on) is smaller than the band before in the same
 * ladder, is a warning; an Up to after which one more unit costs less in total (a price cliff into the
 * next band) is a warning. Formulas are relative to the first band's row.
 */
import type { ConditionalFormatSpec, TableSpec } from '../spec';
import { tableCell } from './cells';
import type { BuildContext } from './context';
import { guardrailCell } from './guardrailCells';
import { type BandRefs, cliffChangeIntoNextBand, withTermDiscount } from './ladderFormulas';

export function bandHighlights(ctx: BuildContext, bands: TableSpec, refs: BandRefs, termDiscounts: string): ConditionalFormatSpec[] {
  const n = bands.rows.length;
  if (n === 0) return [];
  const at = (r: number, c: number): string => tableCell({ at: bands.at }, r, c);
  const max = guardrailCell(ctx, 'Max customer discount');
  const deepest = `MAX(${termDiscounts})`;
  const d = at(0, 2);
  const total = withTermDiscount(ctx.model.discountBasis === 'compound', d, deepest);
  const rises = `AND(${guardrailCell(ctx, 'Rising unit price')}=TRUE,ISNUMBER(${at(-1, 2)}),${at(-1, 0)}=${at(0, 0)},${d}<${at(-1, 2)})`;
  const column = (c: number) => ({ at: { row: bands.at.row + 1, col: bands.at.col + c }, rows: n, cols: 1 });
  const u = at(0, 1);
  const next = `(INT(${u})+1)`;
  const change = cliffChangeIntoNextBand(refs, at(0, 0), u, d, at(1, 2));
  return [
    { range: column(2), formula: `=AND(ISNUMBER(${d}),${d}>${max})`, style: 'breach' },
    { range: column(2), formula: `=AND(ISNUMBER(${d}),OR(AND(${deepest}<=${max},${total}>${max}+1E-12),${rises}))`, style: 'warning' },
    { range: column(1), formula: `=AND(ISNUMBER(${u}),ISNUMBER(${at(1, 2)}),${at(1, 0)}=${at(0, 0)},${next}<=${at(1, 4)},${change}<-1E-9*MAX(1,${u}))`, style: 'warning' },
  ];
}
