/** A shaped price-book entry as the engine prices it, and what pricing a quantity of it gives. */
import type { Decimal } from '../decimal';
import type { PriceLadder } from '../ladder';
import type { PriceShapeKind } from '../model/shapeSchema';

/** Every shape but per-unit, whose lines keep the list price × quantity waterfall. */
export type ChargedShape = Exclude<PriceShapeKind, 'per-unit'>;

/** One price-book entry of a shaped product, its numbers as exact decimals (absent fields are 0). */
export interface ShapedEntry {
  readonly shape: ChargedShape;
  /** per block of packageSize (package), per unit over the included units (usage), per unit (platform); 0 for tiered. */
  readonly listPrice: Decimal;
  /** Tiered: the price ladder's id and its compiled ladder. */
  readonly ladderId: string | null;
  readonly ladder: PriceLadder | null;
  /** Package: units in one package. */
  readonly packageSize: Decimal | null;
  readonly includedUnits: Decimal;
  readonly platformFee: Decimal;
  readonly minimumCharge: Decimal;
}

/** The charge of a quantity, exact (unrounded): charge = max(minimum, raw), trueUp = charge − raw. */
export interface ShapeCharge {
  readonly quantity: Decimal;
  /** max(0, quantity − included units): the units the price applies to. */
  readonly billable: Decimal;
  /** Package: the packages bought, ⌈billable / packageSize⌉; null for other shapes. */
  readonly packages: number | null;
  /** The price of the billable units (ladder total, packages × price, or units × price). */
  readonly base: Decimal;
  /** platform fee + base. */
  readonly raw: Decimal;
  readonly charge: Decimal;
  readonly trueUp: Decimal;
}
