/**
 * The QuoteCommitment table (Quote sheet): the quote's minimum commitment (an input, blank for none), the
 * lines' customer prices and the true-up that tops them up to the minimum (the engine's QuoteTotals
 * trueUp: max(0, minimum − Σ line customer prices)). The vendor bills the true-up directly, so the
 * totals' customer price, vendor net and vendor margin include it.
 */
import { compare, dec, subtract, sum, toNumber, ZERO } from '../../engine/decimal';
import type { Model } from '../../engine/model/schema';
import { roundMoney } from '../../engine/rounding/roundMoney';
import type { CellAddress, TableSpec } from '../spec';
import { col, formula, numOrBlank, tableCell } from './cells';
import type { LineFigures } from './lineFigures';
import { roundMoneyFormula } from './rounding';

export interface QuoteCommitmentRefs {
  readonly table: TableSpec;
  /** The true-up cell (A1, same sheet). */
  readonly trueUp: string;
  /** The engine's true-up. */
  readonly trueUpValue: number;
}

/** The engine's quote true-up from the lines' figures (lines it cannot price count 0). */
export function quoteTrueUp(model: Model, figures: readonly (LineFigures | null)[]): number {
  const minimum = model.quote.minimumCommitment;
  if (minimum === undefined) return 0;
  const lines = sum(figures.map((f) => (f === null ? ZERO : dec(f.customerPrice))));
  // The minimum rounded to the minor unit first, as the engine's quote totals round it.
  const gap = subtract(roundMoney(dec(minimum), model.rounding.minorUnits, model.rounding.mode), lines);
  return compare(gap, ZERO) > 0 ? toNumber(gap) : 0;
}

export function quoteCommitmentTable(model: Model, at: CellAddress, customerPrices: string, figures: readonly (LineFigures | null)[]): QuoteCommitmentRefs {
  const c = (k: number): string => tableCell({ at }, 0, k);
  const lines = toNumber(sum(figures.map((f) => (f === null ? ZERO : dec(f.customerPrice)))));
  const trueUpValue = quoteTrueUp(model, figures);
  const table: TableSpec = {
    name: 'QuoteCommitment',
    at,
    style: 'TableStyleLight9',
    caption: `Minimum commitment of the quote (${model.currency}; blank = none)`,
    columns: [col('Minimum commitment', 'money', 'input', 'quote.minimumCommitment'), col('Lines’ customer price', 'money', 'formula'), col('True-up', 'money', 'formula')],
    rows: [
      [
        numOrBlank(model.quote.minimumCommitment),
        formula(`=SUM(${customerPrices})`, lines),
        formula(`=IF(N(${c(0)})>${c(1)},${roundMoneyFormula(model, `N(${c(0)})-${c(1)}`)},0)`, trueUpValue),
      ],
    ],
  };
  return { table, trueUp: c(2), trueUpValue };
}
