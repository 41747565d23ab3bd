/**
 * The shapes of ladders as callers write them and as the engine compiles them.
 *
 * A band covers the quantities (previous Up to, Up to]; the first band starts at 0 and the last may
 * be unbounded (upTo null). Quantities may be fractional.
 */
import type { Decimal } from '../decimal';

export type PriceMode = 'graduated' | 'volume' | 'stairstep';
export type DiscountMode = 'graduated' | 'volume';

export interface PriceBand {
  readonly upTo: number | null;
  readonly unitPrice: number;
  readonly flatFee?: number;
}

export interface DiscountBand {
  readonly upTo: number | null;
  /** A share of the list price in [0, 1] (0.15 is 15% off). */
  readonly discount: number;
}

export interface RoundOptions {
  /** Decimals of the currency's minor unit; default 2 (0 for JPY, 3 for KWD). */
  readonly minorUnits?: number;
  /** Skip the final rounding and return the exact figure. */
  readonly unrounded?: boolean;
}

/**
 * A ladder compiled to a piecewise-linear function of the quantity, as scaled integers:
 *   total(q) = base[i] + (q − lower[i]) · slope[i]   for q in band i,
 * with q counted in 10^-quantityScale, slope in 10^-valueScale per unit and base, the total, in
 * 10^-(quantityScale + valueScale). Graduated ladders carry the prefix sums of the bands below in
 * `base`; volume ladders have lower = 0; stairstep ladders have slope = 0.
 */
export interface CompiledSegments {
  /** Inclusive upper bound of each band as typed; Infinity for an unbounded last band. */
  readonly upper: Float64Array;
  /** The last band's Up to, or Infinity: larger quantities have no band. */
  readonly maxQuantity: number;
  readonly lower: Float64Array;
  readonly slope: Float64Array;
  readonly base: Float64Array;
  readonly quantityScale: number;
  readonly valueScale: number;
  /** quantityScale + valueScale: the scale of a total. */
  readonly totalScale: number;
  /** 10^quantityScale. */
  readonly quantityUnit: number;
  /** False when the ladder's numbers do not fit scaled integers; every call then takes the Decimal path. */
  readonly fast: boolean;
  /** Up to of a bounded last band; null when the last band is unbounded. */
  readonly lastUpTo: number | null;
}

/** One band as exact decimals, for the reference path. */
export interface ExactPriceBand {
  readonly upTo: Decimal | null;
  readonly unitPrice: Decimal;
  readonly flatFee: Decimal | null;
}

export interface ExactDiscountBand {
  readonly upTo: Decimal | null;
  readonly discount: Decimal;
}

export interface PriceLadder extends CompiledSegments {
  readonly kind: 'price';
  readonly mode: PriceMode;
  readonly bands: readonly PriceBand[];
  readonly exact: readonly ExactPriceBand[];
}

export interface CompiledDiscountLadder extends CompiledSegments {
  readonly kind: 'discount';
  readonly mode: DiscountMode;
  readonly bands: readonly DiscountBand[];
  readonly exact: readonly ExactDiscountBand[];
}

export interface DiscountResult {
  /** What the customer pays: list × quantity less the ladder's discount, rounded once. */
  readonly net: number;
  /** Money off: the rounded gross (list × quantity) less the rounded net, so net + discount = gross. */
  readonly discount: number;
  /** Exact discount / gross (the ladder's blended rate); 0 for quantity 0. */
  readonly effectiveRate: number;
}
