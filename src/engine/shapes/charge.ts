/**
 * The charge of a quantity of a shaped price-book entry, in exact decimals (never rounded here):
 *   raw(q)    = platformFee + base(max(0, q − includedUnits))
 *   base(x)   = ladder total of x (tiered) | ⌈x / packageSize⌉ × listPrice (package) | x × listPrice
 *   charge(q) = max(minimumCharge, raw(q));  trueUp = charge − raw ≥ 0
 * The ladder total is the ladder engine's exact reference (priceTotalExact) and the packages are the
 * packs engine's count (packsNeeded), so PRICING.TIERED, PRICING.PACKS and the price book agree.
 */
import { type Decimal, ZERO, add, dec, max, multiply, normalize, sign, subtract, toFixedString, toNumber } from '../decimal';
import { PricingError, isPricingError } from '../errors';
import { type PriceLadder, packsNeeded, priceTotalExact } from '../ladder';
import type { Price } from '../model/schema';
import { shapeMessages as m } from './messages';
import type { ChargedShape, ShapeCharge, ShapedEntry } from './types';

/**
 * A price-book entry of a product of `shape` as exact decimals, its price ladder looked up; throws a
 * PricingError naming the entry's field when a field the shape needs is missing.
 */
export function shapedEntry(shape: ChargedShape, price: Price, priceLadders: ReadonlyMap<string, PriceLadder>): ShapedEntry {
  let ladder: PriceLadder | null = null;
  if (shape === 'tiered') {
    if (price.ladder === undefined) throw new PricingError('not-found', m.ladderRequired(), 'ladder');
    ladder = priceLadders.get(price.ladder) ?? null;
    if (ladder === null) throw new PricingError('not-found', m.unknownPriceLadder(price.ladder), 'ladder');
  }
  if (shape === 'package' && price.packageSize === undefined) throw new PricingError('not-found', m.packageSizeRequired(), 'packageSize');
  if (shape === 'platform' && price.platformFee === undefined) throw new PricingError('not-found', m.platformFeeRequired(), 'platformFee');
  const usesIncluded = shape === 'package' || shape === 'usage';
  return {
    shape,
    listPrice: shape === 'tiered' ? ZERO : dec(price.listPrice),
    ladderId: shape === 'tiered' ? (price.ladder ?? null) : null,
    ladder,
    packageSize: shape === 'package' && price.packageSize !== undefined ? dec(price.packageSize) : null,
    includedUnits: usesIncluded ? dec(price.includedUnits ?? 0) : ZERO,
    platformFee: dec(price.platformFee ?? 0),
    minimumCharge: dec(price.minimumCharge ?? 0),
  };
}

/** The ladder total of `units`; a quantity beyond a bounded last band names the ladder. */
function ladderTotal(entry: ShapedEntry, units: Decimal): Decimal {
  const ladder = entry.ladder as PriceLadder;
  try {
    return priceTotalExact(ladder, units);
  } catch (e) {
    if (!isPricingError(e)) throw e;
    throw new PricingError(e.kind, m.beyondLadder(entry.ladderId ?? '', e.message), e.field);
  }
}

/** The exact charge of `quantity` units of a shaped entry (see the formulas above). */
export function shapeCharge(entry: ShapedEntry, quantity: Decimal): ShapeCharge {
  if (sign(quantity) < 0) throw new PricingError('range', m.quantityNegative(toFixedString(normalize(quantity))), 'quantity');
  const over = subtract(quantity, entry.includedUnits);
  const billable = sign(over) > 0 ? over : ZERO;
  let packages: number | null = null;
  let base: Decimal;
  if (entry.shape === 'tiered') base = ladderTotal(entry, billable);
  else if (entry.shape === 'package') {
    packages = packsNeeded(toNumber(billable), toNumber(entry.packageSize as Decimal));
    base = multiply(dec(packages), entry.listPrice);
  } else base = multiply(billable, entry.listPrice);
  const raw = add(entry.platformFee, base);
  const charge = max(entry.minimumCharge, raw);
  return { quantity, billable, packages, base, raw, charge, trueUp: subtract(charge, raw) };
}

/** The charge of `quantity` units: max(minimum, raw), exact. */
export const chargeOf = (entry: ShapedEntry, quantity: Decimal): Decimal => shapeCharge(entry, quantity).charge;

/** What the minimum adds to the raw charge of `quantity` units: charge − raw, exact, never negative. */
export const trueUpOf = (entry: ShapedEntry, quantity: Decimal): Decimal => shapeCharge(entry, quantity).trueUp;

/**
 * The quantity a check over the price book prices an entry at, the equivalent of one unit of a
 * per-unit product: the first quantity the entry charges its price for. Package: the included units
 * plus one whole package; usage: the included units plus one; tiered and platform: one unit (the
 * first band; one unit plus the platform fee). A minimum charge applies as it would on a quote line.
 */
export function referenceQuantity(entry: ShapedEntry | null): number {
  if (entry === null) return 1;
  const included = toNumber(entry.includedUnits);
  if (entry.shape === 'package') return included + toNumber(entry.packageSize as Decimal);
  return entry.shape === 'usage' ? included + 1 : 1;
}
