/**
 * Price ladders: the total and the unit price of a quantity.
 *
 * - graduated: each band prices its own units, plus the flat fee of every band reached;
 * - volume: the band the quantity reaches prices all units, plus that band's flat fee;
 * - stairstep: the band reached gives one price for the whole quantity: its flat fee, or, when the
 *   band has no flat fee (a 2-column ladder), the value in its price column.
 * Quantity 0 reaches no band and costs 0.
 */
import { dec, divide, normalize, toNumber } from '../decimal';
import { PricingError } from '../errors';
import { compileSegments, exactOrNull, type Segment } from './compile';
import { priceTotalExact } from './exact';
import { bandIndex, minorUnitsOf, POW10_NUMBER, SAFE, scaledValue } from './fast-path';
import { ladderMessages as m } from './messages';
import { checkQuantity } from './quantity';
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

/** Digits kept when an unrounded unit price does not terminate (beyond what a double shows). */
const UNROUNDED_DIGITS = 24;

/** The effective unit price, total / quantity, rounded once to minor units unless `unrounded`. */
export function unitPrice(ladder: PriceLadder, quantity: number, options?: RoundOptions): number {
  checkQuantity(ladder, quantity);
  const minorUnits = options === undefined ? 2 : minorUnitsOf(options.minorUnits);
  const unrounded = options !== undefined && options.unrounded === true;
  if (quantity === 0) throw new PricingError('range', m.unitPriceOfZero(), 'quantity');
  const value = scaledValue(ladder, quantity);
  if (value !== null && value.quantityUnits > 0) {
    // unit price = (units · 10^-scale) / (k · 10^-quantityScale) = units / k · 10^-v
    const { units, quantityUnits: k } = value;
    const v = value.scale - value.quantityScale;
    if (unrounded) {
      const divisor = k * (POW10_NUMBER[v] as number);
      if (divisor < SAFE) return units / divisor;
    } else {
      const numerator = minorUnits >= v ? units * (POW10_NUMBER[minorUnits - v] as number) : units;
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
