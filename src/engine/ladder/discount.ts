/**
 * Discount ladders: bands carry a discount rate in [0, 1] applied to a list unit price.
 *
 * - graduated: each band's rate applies to the units inside the band;
 * - volume: the rate of the band the quantity reaches applies to all units.
 * The ladder reduces to a rate-weighted quantity W(q) (Σ units in band × rate, or q × rate); the money
 * off is list × W(q), the net is list × q − list × W(q) and the effective rate is W(q) / q.
 */
import { dec, divide, multiply, normalize, round, subtract, toNumber, ZERO, add, compare, sign, toFixedString, type Decimal } from '../decimal';
import { PricingError } from '../errors';
import { compileSegments, exactOrNull } from './compile';
import { fastDiscount, minorUnitsOf, POW10_NUMBER, SAFE, scaledValue } from './fast-path';
import { ladderMessages as m } from './messages';
import { checkExactQuantity, checkQuantity, isPriceable } from './quantity';
import type { CompiledDiscountLadder, DiscountBand, DiscountMode, DiscountResult, RoundOptions } from './types';
import { checkBounds, discountRate } from './validate';

const DISCOUNT_MODES: readonly DiscountMode[] = ['graduated', 'volume'];
/** Decimals kept for an effective rate that does not terminate. */
const RATE_DIGITS = 30;

export function checkDiscountMode(mode: unknown): DiscountMode {
  const found = DISCOUNT_MODES.find((candidate) => candidate === mode);
  if (found === undefined) throw new PricingError('type', m.unknownDiscountMode(mode), 'mode');
  return found;
}

/** Validate and compile a discount ladder; throws a PricingError naming band N and its field. */
export function compileDiscountLadder(bands: readonly DiscountBand[], mode: DiscountMode): CompiledDiscountLadder {
  const checkedMode = checkDiscountMode(mode);
  const upTos = checkBounds(bands.map((b) => b.upTo));
  const checked: DiscountBand[] = bands.map((b, i) => ({ upTo: upTos[i] ?? null, discount: discountRate(b.discount, i + 1) }));
  return {
    ...compileSegments(
      checked.map((b) => ({ upTo: b.upTo, perUnit: b.discount, fixed: 0 })),
      checkedMode === 'graduated' ? 'graduated' : 'allUnits',
    ),
    kind: 'discount',
    mode: checkedMode,
    bands: checked,
    exact: checked.map((b) => ({ upTo: exactOrNull(b.upTo), discount: dec(b.discount) })),
  };
}

/** Graduated W at each band's lower bound (the previous band's Up to), worked out once per ladder. */
const weightBelowBand = new WeakMap<CompiledDiscountLadder, readonly Decimal[]>();

function weightsBelow(ladder: CompiledDiscountLadder): readonly Decimal[] {
  let below = weightBelowBand.get(ladder);
  if (below === undefined) {
    const sums: Decimal[] = [];
    let lower: Decimal = ZERO;
    let weighted: Decimal = ZERO;
    for (const band of ladder.exact) {
      sums.push(weighted);
      if (band.upTo === null) break;
      weighted = add(weighted, multiply(subtract(band.upTo, lower), band.discount));
      lower = band.upTo;
    }
    below = sums;
    weightBelowBand.set(ladder, below);
  }
  return below;
}

/** The band that prices `quantity` (at most the last Up to): the first whose Up to reaches it. */
function bandReached(ladder: CompiledDiscountLadder, quantity: Decimal): number {
  let low = 0;
  let high = ladder.exact.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    const upTo = ladder.exact[middle]!.upTo;
    if (upTo === null || compare(quantity, upTo) <= 0) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * W(q): the quantity weighted by the rates of the bands it reaches (reference, exact). The band is
 * found by bisection and the graduated weight below it is summed once per ladder, so a column of
 * quantities on a ladder of 40,000 bands costs a few comparisons each, not a walk over the bands.
 */
export function rateWeightedQuantity(ladder: CompiledDiscountLadder, quantity: Decimal): Decimal {
  checkExactQuantity(ladder.exact[ladder.exact.length - 1]?.upTo, quantity);
  const k = bandReached(ladder, quantity);
  const band = ladder.exact[k]!;
  if (ladder.mode === 'volume') return multiply(quantity, band.discount);
  const lower = k === 0 ? ZERO : (ladder.exact[k - 1]!.upTo as Decimal);
  return add(weightsBelow(ladder)[k]!, multiply(subtract(quantity, lower), band.discount));
}

function checkListPrice(listUnitPrice: number): void {
  if (typeof listUnitPrice === 'number' && listUnitPrice >= 0 && listUnitPrice !== Infinity) return;
  if (typeof listUnitPrice !== 'number' || Number.isNaN(listUnitPrice)) {
    throw new PricingError('type', m.listPriceNotANumber(listUnitPrice), 'listPrice');
  }
  if (!Number.isFinite(listUnitPrice)) throw new PricingError('range', m.listPriceNotFinite(listUnitPrice), 'listPrice');
  throw new PricingError('range', m.listPriceNegative(listUnitPrice), 'listPrice');
}

/** The exact money off `quantity` units at `listUnitPrice` (unrounded). */
export function ladderDiscountAmount(ladder: CompiledDiscountLadder, listUnitPrice: Decimal, quantity: Decimal): Decimal {
  if (sign(listUnitPrice) < 0) throw new PricingError('range', m.listPriceNegative(toFixedString(normalize(listUnitPrice))), 'listPrice');
  return multiply(listUnitPrice, rateWeightedQuantity(ladder, quantity));
}

/** The blended discount rate at `quantity`: W(q) / q, exact where it terminates; 0 for quantity 0. */
export function effectiveDiscountRate(ladder: CompiledDiscountLadder, quantity: number): number {
  checkQuantity(ladder, quantity);
  if (quantity === 0) return 0;
  const value = scaledValue(ladder, quantity);
  if (value !== null) {
    const divisor = value.quantityUnits * (POW10_NUMBER[value.scale - value.quantityScale] as number);
    if (divisor < SAFE) return value.units / divisor;
  }
  const q = dec(quantity);
  return toNumber(normalize(divide(rateWeightedQuantity(ladder, q), q, RATE_DIGITS)));
}

const ZERO_RESULT: DiscountResult = Object.freeze({ net: 0, discount: 0, effectiveRate: 0 });

/**
 * Net total, money off and effective rate of `quantity` units at `listUnitPrice`. The net is rounded
 * once to minor units; the discount is the rounded gross less the rounded net, so the two add up to
 * the gross a quote shows. With `unrounded`, both are exact.
 */
export function discountedTotal(ladder: CompiledDiscountLadder, listUnitPrice: number, quantity: number, options?: RoundOptions): DiscountResult {
  if (!isPriceable(ladder, quantity)) checkQuantity(ladder, quantity);
  checkListPrice(listUnitPrice);
  const minorUnits = options === undefined ? 2 : minorUnitsOf(options.minorUnits);
  const unrounded = options !== undefined && options.unrounded === true;
  if (quantity === 0) return ZERO_RESULT;
  const fast = fastDiscount(ladder, listUnitPrice, quantity, minorUnits, unrounded);
  if (fast !== null) return fast;
  const list = dec(listUnitPrice);
  const q = dec(quantity);
  const gross = multiply(list, q);
  const off = ladderDiscountAmount(ladder, list, q);
  const effectiveRate = toNumber(normalize(divide(rateWeightedQuantity(ladder, q), q, RATE_DIGITS)));
  if (unrounded) return { net: toNumber(normalize(subtract(gross, off))), discount: toNumber(normalize(off)), effectiveRate };
  const net = round(subtract(gross, off), minorUnits);
  return { net: toNumber(net), discount: toNumber(subtract(round(gross, minorUnits), net)), effectiveRate };
}
