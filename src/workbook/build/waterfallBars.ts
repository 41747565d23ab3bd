/**
 * The columns a waterfall chart (`WaterfallChartSpec`) stands on, one row per element: Running (the total
 * after the element), Base (the invisible bar under the visible one), Total, Down and Up. Formulas for
 * the sheet, and the same figures as numbers for their cached results.
 *
 * A 'start' or 'total' element's amount is the running total itself (the list price, a subtotal); a
 * 'step' moves the running total by its signed amount. A step down stands on the running total after
 * it, a step up on the one before it; totals stand on 0. Running totals are expected to stay ≥ 0 (a
 * stacked column cannot draw a bar below the axis on an invisible base).
 */

export type WaterfallBarKind = 'start' | 'step' | 'total';

export interface WaterfallBarFigures {
  readonly running: number;
  readonly base: number;
  readonly total: number;
  readonly down: number;
  readonly up: number;
}

/** The columns in sheet order, e.g. for table headers. */
export const WATERFALL_BAR_COLUMNS = ['running', 'base', 'total', 'down', 'up'] as const;

export function waterfallBarFigures(elements: readonly { readonly amount: number; readonly kind: WaterfallBarKind }[]): WaterfallBarFigures[] {
  let running = 0;
  return elements.map(({ amount, kind }) => {
    const before = running;
    running = kind === 'step' ? before + amount : amount;
    if (kind !== 'step') return { running, base: 0, total: running, down: 0, up: 0 };
    return { running, base: Math.min(before, running), total: 0, down: amount < 0 ? -amount : 0, up: amount > 0 ? amount : 0 };
  });
}

/** A1 references of one row's cells (relative or absolute, on the same sheet). */
export interface WaterfallBarRefs {
  readonly amount: string;
  /** A cell holding the text start, step or total. */
  readonly kind: string;
  /** This row's Running cell. */
  readonly running: string;
  /** The Running cell of the row before; null on the first row. */
  readonly previousRunning: string | null;
}

/** The formulas (without '=') of one row's Running, Base, Total, Down and Up cells. */
export function waterfallBarFormulas(r: WaterfallBarRefs): Record<(typeof WATERFALL_BAR_COLUMNS)[number], string> {
  const step = `${r.kind}="step"`;
  return {
    running: r.previousRunning === null ? r.amount : `IF(${step},${r.previousRunning}+${r.amount},${r.amount})`,
    base: r.previousRunning === null ? '0' : `IF(${step},MIN(${r.previousRunning},${r.running}),0)`,
    total: `IF(${step},0,${r.running})`,
    down: `IF(AND(${step},${r.amount}<0),-${r.amount},0)`,
    up: `IF(AND(${step},${r.amount}>0),${r.amount},0)`,
  };
}
