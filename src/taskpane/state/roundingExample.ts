/**
 * The rounding policy shown on examples, as the engine applies it to a customer unit price: rounded
 * once to the minor unit (halves as the mode says), then snapped to the price ending ("49.37 → 48.99").
 */
import { applyPriceEnding, dec, minorUnitsOf, roundMoney, toFixedString } from '../../engine';
import type { ModelInput } from '../../engine/model/schema';
import { failed, type Figures } from './pricing';

/** A price with no ending, and one exactly halfway between two minor units. */
export const ROUNDING_SAMPLES: readonly string[] = ['49.37', '12.345'];

export function roundingExamples(model: ModelInput, samples: readonly string[] = ROUNDING_SAMPLES): Figures<readonly string[]> {
  try {
    const policy = model.rounding ?? {};
    const minor = policy.minorUnits ?? minorUnitsOf(model.currency ?? 'USD');
    const snaps = policy.ending !== undefined || policy.step !== undefined;
    return {
      ok: true,
      value: samples.map((sample) => {
        const rounded = roundMoney(dec(sample), minor, policy.mode ?? 'halfAwayFromZero');
        const snapped = snaps ? applyPriceEnding(rounded, dec(policy.ending ?? 0), dec(policy.step ?? 1)) : rounded;
        // Shown with the currency's decimals, as a price is (a whole step of 5 shows as 50.00).
        return `${sample} → ${toFixedString(roundMoney(snapped, minor, policy.mode ?? 'halfAwayFromZero'))}`;
      }),
    };
  } catch (error) {
    return failed(error);
  }
}
