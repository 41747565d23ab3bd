import { type Decimal, atScale, negate, sign } from '../decimal';
import { PricingError } from '../errors';
import { roundingMessages } from '../rounding/messages';
import { checkMinorUnits, roundMoney } from '../rounding/roundMoney';

/**
 * Split `total` in proportion to `weights`, in whole minor units, so that the parts add up exactly to
 * the total (rounded to the minor unit). Largest remainder: each part first gets the floor of its exact
 * share; the minor units left over go one each to the parts with the largest remainders, the earlier
 * part first on a tie. 100.00 over weights 1, 1, 1 → 33.34, 33.33, 33.33. A negative total is split like
 * its opposite and negated. Weights must be ≥ 0 and not all 0 (a 'range' PricingError otherwise).
 */
export function allocate(total: Decimal, weights: readonly Decimal[], minorUnits: number): Decimal[] {
  checkMinorUnits(minorUnits);
  if (weights.length === 0) throw new PricingError('range', roundingMessages.weightsEmpty(), 'weights');
  weights.forEach((w, i) => {
    if (sign(w) < 0) throw new PricingError('range', roundingMessages.weightNegative(i, w), `weight ${i + 1}`);
  });
  const rounded = roundMoney(total, minorUnits);
  if (sign(rounded) < 0) return allocate(negate(rounded), weights, minorUnits).map(negate);

  const amount = atScale(rounded, minorUnits).units;
  const scale = Math.max(...weights.map((w) => w.scale));
  const units = weights.map((w) => atScale(w, scale).units);
  const totalWeight = units.reduce((a, b) => a + b, 0n);
  if (totalWeight === 0n) throw new PricingError('range', roundingMessages.weightsAllZero(), 'weights');

  const parts = units.map((w) => (amount * w) / totalWeight);
  const remainders = units.map((w, i) => ({ i, r: amount * w - (parts[i] ?? 0n) * totalWeight }));
  let leftover = amount - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let j = 0; leftover > 0n; j += 1, leftover -= 1n) {
    const index = remainders[j]?.i ?? 0;
    parts[index] = (parts[index] ?? 0n) + 1n;
  }
  return parts.map((p) => ({ units: p, scale: minorUnits }));
}
