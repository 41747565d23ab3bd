/**
 * Price ladders: the total and the unit price of a quantity.
 *
 * - graduated: each band prices its own units, plus the flat fee of every band reached;
 * - volume: the band the quantity reaches prices all units, plus that band's flat fee;
 * - stairstep: the band reached gives one price for the whole quantity: its flat fee, or, when the
 *   band has no flat fee (a 2-column ladder), the value in its price column.
 * Quantity 0 reaches no band and costs 0.
 */
import { add, dec, divide, multiply, normalize, round, subtract, toNumber, ZERO, compare, min, type Decimal } from '../decimal';
import { PricingError } from '../errors';
import { compileSegments, exactOrNull, type Segment } from './compile';
import { checkExactQuantity, checkQuantity, segmentUnits, bandIndex } from './evaluate';
import { ladderMessages as m } from './messages';
import { minorUnitsOf } from './options';
import { POW10_NUMBER, SAFE, unitsAt, unitsToNumber } from './scaled';
import type { CompiledSegments, ExactPriceBand, PriceBand, PriceLadder, PriceMode, RoundOptions } from './types';
import { checkBounds, nonNegative, optionalFee } from './validate';

const PRICE_MODES: readonly PriceMode[] = ['graduated', 'volume', 'stairstep'];

export function checkPriceMode(mode: unknown): PriceMode {
  const found = PRICE_MODES.find((candidate) => candidate === mode);
  if (found === undefined) throw new PricingError('type', m.unknownPriceMode(mode), 'mode');
  return found;
}

/** Validate and compile a price ladder; throws a PricingError naming band N and its field. */
export function compilePriceLadder(bands: readonly PriceBand[], mode: PriceMode): PriceLadder {
  const checkedMode = checkPriceMode(mode);
  const upTos = checkBounds(bands.map((b) => b.upTo));
  const checked: PriceBand[] = bands.map((b, i) => {
    const unitPrice = nonNegative(b.unitPrice, i + 1, 'Unit price');
    const flatFee = optionalFee(b.flatFee, i + 1);
    const upTo = upTos[i] ?? null;
    return flatFee === null ? { upTo, unitPrice } : { upTo, unitPrice, flatFee };
  });
  const segments: Segment[] = checked.map((b) =>
    checkedMode === 'stairstep'
      ? { upTo: b.upTo, perUnit: 0, fixed: b.flatFee ?? b.unitPrice }
      : { upTo: b.upTo, perUnit: b.unitPrice, fixed: b.flatFee ?? 0 },
  );
  const exact: ExactPriceBand[] = checked.map((b) => ({
    upTo: exactOrNull(b.upTo),
    unitPrice: dec(b.unitPrice),
    flatFee: exactOrNull(b.flatFee ?? null),
  }));
  return {
    ...compileSegments(segments, checkedMode === 'graduated' ? 'graduated' : 'allUnits'),
    kind: 'price',
    mode: checkedMode,
    bands: checked,
    exact,
  };
}

/**
 * The exact, unrounded total: the reference the fast path must match, written straight from the
 * definitions above (a walk over the bands, no prefix sums).
 */
export function priceTotalExact(ladder: PriceLadder, quantity: Decimal): Decimal {
  checkExactQuantity(ladder.exact.map((b) => b.upTo), quantity);
  if (quantity.units === 0n) return ZERO;
  let lower: Decimal = ZERO;
  let total: Decimal = ZERO;
  for (const band of ladder.exact) {
    const reached = band.upTo === null || compare(quantity, band.upTo) <= 0;
    if (ladder.mode === 'graduated') {
      const top = band.upTo === null ? quantity : min(quantity, band.upTo);
      total = add(total, add(multiply(subtract(top, lower), band.unitPrice), band.flatFee ?? ZERO));
      if (reached) return total;
    } else if (reached) {
      return ladder.mode === 'volume'
        ? add(multiply(quantity, band.unitPrice), band.flatFee ?? ZERO)
        : (band.flatFee ?? band.unitPrice);
    }
    lower = band.upTo ?? lower;
  }
  return total; // not reached: checkExactQuantity rejects quantities above a bounded last band
}

function exactToNumber(value: Decimal, minorUnits: number, unrounded: boolean): number {
  return toNumber(unrounded ? normalize(value) : round(value, minorUnits));
}

/** The total price of `quantity`, rounded once to minor units (default 2) unless `unrounded`. */
export function priceTotal(ladder: PriceLadder, quantity: number, options?: RoundOptions): number {
  checkQuantity(ladder, quantity);
  const minorUnits = options === undefined ? 2 : minorUnitsOf(options.minorUnits);
  const unrounded = options !== undefined && options.unrounded === true;
  if (quantity === 0) return 0;
  const total = segmentUnits(ladder, quantity);
  if (total >= 0) return unitsToNumber(total, ladder.quantityScale + ladder.valueScale, minorUnits, unrounded);
  return exactToNumber(priceTotalExact(ladder, dec(quantity)), minorUnits, unrounded);
}

/** Digits kept when an unrounded unit price does not terminate (beyond what a double shows). */
const UNROUNDED_DIGITS = 24;

/** The effective unit price, total / quantity, rounded once to minor units unless `unrounded`. */
export function unitPrice(ladder: PriceLadder, quantity: number, options?: RoundOptions): number {
  checkQuantity(ladder, quantity);
  const minorUnits = options === undefined ? 2 : minorUnitsOf(options.minorUnits);
  const unrounded = options !== undefined && options.unrounded === true;
  if (quantity === 0) throw new PricingError('range', m.unitPriceOfZero(), 'quantity');
  const total = segmentUnits(ladder, quantity);
  const k = total >= 0 ? unitsAt(quantity, ladder.quantityScale) : -1;
  if (k > 0) {
    // unit price = total / k · 10^-valueScale
    const v = ladder.valueScale;
    if (unrounded) {
      const divisor = k * (POW10_NUMBER[v] as number);
      if (divisor < SAFE) return total / divisor;
    } else {
      const numerator = minorUnits >= v ? total * (POW10_NUMBER[minorUnits - v] as number) : total;
      const divisor = minorUnits >= v ? k : k * (POW10_NUMBER[v - minorUnits] as number);
      if (numerator < SAFE && divisor < SAFE) {
        const whole = Math.floor(numerator / divisor);
        const remainder = numerator - whole * divisor;
        return (remainder * 2 >= divisor ? whole + 1 : whole) / (POW10_NUMBER[minorUnits] as number);
      }
    }
  }
  const exact = priceTotalExact(ladder, dec(quantity));
  return toNumber(normalize(divide(exact, dec(quantity), unrounded ? UNROUNDED_DIGITS : minorUnits)));
}

/** Index (0-based) of the band a quantity falls in; bands cover (previous Up to, Up to]. */
export function bandIndexFor(ladder: CompiledSegments, quantity: number): number {
  checkQuantity(ladder, quantity);
  return bandIndex(ladder.upper, quantity);
}
