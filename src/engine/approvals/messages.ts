/** Every reason of approval routing, in one place: in words, with the figures. */
import { type Decimal, atScale, round } from '../decimal';
import { percent } from '../guardrails/messages';

/** A rate as a percentage to one decimal, halves away from zero: 0.28 → "28.0%", −6.6532 → "-665.3%". */
export function percentOneDecimal(rate: Decimal): string {
  const tenths = atScale(round(rate, 3, 'halfAwayFromZero'), 3).units; // thousandths of the rate = tenths of a percent
  const negative = tenths < 0n;
  const magnitude = negative ? -tenths : tenths;
  return `${negative ? '-' : ''}${magnitude / 10n}.${magnitude % 10n}%`;
}

export const approvalMessages = {
  /** "28.0% off list is above the Sales manager's 20%" */
  aboveStep: (discount: Decimal, role: string, upTo: number) => `${percentOneDecimal(discount)} off list is above the ${role}'s ${percent(upTo)}`,
  /** "vendor margin 38.2% below the 50% floor" */
  belowFloor: (margin: Decimal | null, floor: number) =>
    `vendor margin ${margin === null ? 'n/a (vendor net 0)' : percentOneDecimal(margin)} below the ${percent(floor)} floor`,
};
