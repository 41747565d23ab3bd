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
  // A loop, not Math.max(...): a spread of 125,000 weights overflows the call stack.
  let scale = 0;
  for (const w of weights) if (w.scale > scale) scale = w.scale;
  const units = weights.map((w) => atScale(w, scale).units);
  const totalWeight = units.reduce((a, b) => a + b, 0n);
  if (totalWeight === 0n) throw new PricingError('range', roundingMessages.weightsAllZero(), 'weights');

  return allocateUnits(amount, units, totalWeight).map((p) => ({ units: p, scale: minorUnits }));
}

/**
 * The largest-remainder split of a non-negative whole `amount` by non-negative bigint `weights` summing
 * to `totalWeight` > 0: the kernel of `allocate`, for callers that keep weights precomputed.
 */
/** Up to this many parts, the leftover units are handed out without a sort (a bit each in an int mask). */
const SMALL = 16;

export function allocateUnits(amount: bigint, weights: readonly bigint[], totalWeight: bigint): bigint[] {
  const n = weights.length;
  const parts = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const share = amount * (weights[i] as bigint);
    const part = share / totalWeight;
    parts[i] = part;
    remainders[i] = share - part * totalWeight;
    given += part;
  }
  // Fewer units are left over than there are parts: one each to the largest remainders, the earlier
  // part first on a tie. One sort of the indices keeps a column of 200,000 weights fast (n log n).
  let leftover = Number(amount - given);
  if (leftover > 0 && n <= SMALL) {
    // A bundle's few components: pick the largest remainder not yet given, the earlier on a tie, as
    // the sort below orders them, without building and sorting an index array per line.
    let handed = 0;
    for (; leftover > 0; leftover--) {
      let best = -1;
      for (let i = 0; i < n; i++) {
        if ((handed & (1 << i)) === 0 && (best < 0 || (remainders[i] as bigint) > (remainders[best] as bigint))) best = i;
      }
      handed |= 1 << best;
      parts[best] = (parts[best] as bigint) + 1n;
    }
  } else if (leftover > 0) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra > rb ? -1 : ra < rb ? 1 : a - b;
    });
    for (let k = 0; leftover > 0; k++, leftover--) parts[order[k]!] = (parts[order[k]!] as bigint) + 1n;
  }
  return parts;
}
