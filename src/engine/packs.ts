/**
 * Packs: a product sold in blocks of `packSize` units at `packPrice` a block. Free units are taken
 * off first; what is left is rounded up to whole packs (105 units in packs of 50 → 3 packs), so a
 * quantity at or below the free units costs 0. Exact: integers take a plain-number path, anything
 * else goes through Decimal; the total is rounded once to minor units unless `unrounded`.
 */
import { atScale, dec, divideIntegers, multiply, normalize, round, toNumber } from './decimal';
import { PricingError } from './errors';
import { ladderMessages as m } from './ladder/messages';
import { decimalsOf, minorUnitsOf, SAFE, unitsToNumber } from './ladder/fast-path';
import type { RoundOptions } from './ladder/types';

function finite(value: unknown, field: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new PricingError('type', m.packNotANumber(field, value), field);
  if (!Number.isFinite(value)) throw new PricingError('range', m.packNotFinite(field, value), field);
  return value;
}

function checkPackInputs(quantity: number, packSize: number, freeUnits: number): void {
  if (finite(quantity, 'quantity') < 0) throw new PricingError('range', m.quantityNegative(quantity), 'quantity');
  if (finite(packSize, 'pack size') <= 0) throw new PricingError('range', m.packSizeNotPositive(packSize), 'pack size');
  if (finite(freeUnits, 'free units') < 0) throw new PricingError('range', m.freeUnitsNegative(freeUnits), 'free units');
}

/** Whole packs needed for `quantity` units after `freeUnits` free units (inputs already checked). */
function packCount(quantity: number, packSize: number, freeUnits: number): number {
  if (quantity <= freeUnits) return 0;
  if (Number.isInteger(quantity) && Number.isInteger(packSize) && Number.isInteger(freeUnits) && quantity < SAFE) {
    // Below 2^52 a non-integer quotient is at least 1/packSize from an integer, more than the division's error.
    return Math.ceil((quantity - freeUnits) / packSize);
  }
  const billable = dec(quantity); // exact decimals of the inputs, aligned to one scale
  const free = dec(freeUnits);
  const size = dec(packSize);
  const scale = Math.max(billable.scale, free.scale, size.scale);
  const units = atScale(billable, scale).units - atScale(free, scale).units;
  const packs = Number(divideIntegers(units, atScale(size, scale).units, 'ceiling'));
  if (!Number.isFinite(packs)) throw new PricingError('range', m.packsBeyondNumbers(quantity, packSize), 'quantity');
  return packs;
}

/** The number of packs to buy for `quantity` units, after `freeUnits` (default 0) free units. */
export function packsNeeded(quantity: number, packSize: number, freeUnits = 0): number {
  checkPackInputs(quantity, packSize, freeUnits);
  return packCount(quantity, packSize, freeUnits);
}

// A one-entry memo of the last pack price as a scaled integer: a column of quantities at one pack
// price reads its decimals once. Pure in effect (the same input always gives the same answer).
let memoPrice = NaN;
let memoScale = -1;
let memoUnits = -1;

/** The price of `quantity` units sold in packs: packs needed × pack price, rounded once. */
export function pricePacks(quantity: number, packSize: number, packPrice: number, freeUnits = 0, options?: RoundOptions): number {
  checkPackInputs(quantity, packSize, freeUnits);
  if (finite(packPrice, 'pack price') < 0) throw new PricingError('range', m.packPriceNegative(packPrice), 'pack price');
  const minorUnits = options === undefined ? 2 : minorUnitsOf(options.minorUnits);
  const unrounded = options !== undefined && options.unrounded === true;
  const packs = packCount(quantity, packSize, freeUnits);
  if (packPrice !== memoPrice) {
    memoScale = decimalsOf(packPrice, 15);
    memoUnits = memoScale < 0 ? -1 : Math.round(packPrice * 10 ** memoScale);
    memoPrice = packPrice;
  }
  if (memoScale >= 0) {
    const total = packs * memoUnits; // exact below 2^52
    if (total < SAFE) return unitsToNumber(total, memoScale, minorUnits, unrounded);
  }
  const exact = multiply(dec(packs), dec(packPrice));
  return toNumber(unrounded ? normalize(exact) : round(exact, minorUnits));
}
