/** Checks on the quantity being priced, with the messages a user sees. */
import { compare, normalize, sign, toFixedString, type Decimal } from '../decimal';
import { PricingError } from '../errors';
import { ladderMessages as m } from './messages';
import type { CompiledSegments } from './types';

/** A quantity the ladder can price: a finite number from 0 to the last band's Up to. */
export const isPriceable = (ladder: CompiledSegments, quantity: number): boolean =>
  typeof quantity === 'number' && quantity >= 0 && quantity <= ladder.maxQuantity && quantity < Infinity;

/** Throws the PricingError for a quantity that is not a number, negative, or above the last band. */
export function checkQuantity(ladder: CompiledSegments, quantity: number): void {
  if (isPriceable(ladder, quantity)) return;
  if (typeof quantity !== 'number' || Number.isNaN(quantity)) throw new PricingError('type', m.quantityNotANumber(quantity), 'quantity');
  if (!Number.isFinite(quantity)) throw new PricingError('range', m.quantityNotFinite(quantity), 'quantity');
  if (quantity < 0) throw new PricingError('range', m.quantityNegative(quantity), 'quantity');
  throw new PricingError('not-found', m.quantityAboveLastBand(quantity, ladder.maxQuantity), 'quantity');
}

/** The same checks for an exact quantity, against the last band's exact Up to (null: no limit). */
export function checkExactQuantity(last: Decimal | null | undefined, quantity: Decimal): void {
  if (sign(quantity) < 0) throw new PricingError('range', m.quantityNegative(toFixedString(normalize(quantity))), 'quantity');
  if (last && compare(quantity, last) > 0) {
    throw new PricingError('not-found', m.quantityAboveLastBand(toFixedString(normalize(quantity)), Number(toFixedString(last))), 'quantity');
  }
}
