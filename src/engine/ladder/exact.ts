/**
 * The reference: a price ladder's total in exact decimals, written straight from the definitions
 * (a walk over the bands, no prefix sums, no scaled integers). The fast path must agree with it
 * exactly, and falls back to it for quantities or ladders that do not fit scaled integers.
 */
import { add, compare, min, multiply, subtract, ZERO, type Decimal } from '../decimal';
import { checkExactQuantity } from './quantity';
import type { PriceLadder } from './types';

/** The exact, unrounded total price of `quantity`. */
export function priceTotalExact(ladder: PriceLadder, quantity: Decimal): Decimal {
  checkExactQuantity(ladder.exact[ladder.exact.length - 1]?.upTo, quantity);
  if (quantity.units === 0n) return ZERO;
  let lower: Decimal = ZERO;
  let total: Decimal = ZERO;
  for (const band of ladder.exact) {
    const reached = band.upTo === null || compare(quantity, band.upTo) <= 0;
    if (ladder.mode === 'graduated') {
      // every band up to the one reached: its own units at its price, plus its flat fee
      const top = band.upTo === null ? quantity : min(quantity, band.upTo);
      total = add(total, add(multiply(subtract(top, lower), band.unitPrice), band.flatFee ?? ZERO));
      if (reached) return total;
    } else if (reached) {
      return ladder.mode === 'volume'
        ? add(multiply(quantity, band.unitPrice), band.flatFee ?? ZERO)
        : (band.flatFee ?? band.unitPrice); // stairstep
    }
    lower = band.upTo ?? lower;
  }
  return total; // not reached: checkExactQuantity rejects quantities above a bounded last band
}
