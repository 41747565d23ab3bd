/**
 * A partner level's programme terms as the rates one line earns: the rebate of the tier the partner's
 * purchases reach, MDF within its cap, and co-op funds. Each is a share of the vendor invoice.
 *
 *   rebate = the rate of the highest tier whose `from` ≤ purchases (retroactive: it applies to every
 *            purchase); below the first tier, 0; a level without tiers: its flat `rebate`
 *   MDF    = mdf, or cap / purchases (to 10 decimals, halves away from zero) when mdf × purchases > cap
 *   co-op  = coop
 *
 * Gold with tiers 0: 2%, 100,000: 3%, 250,000: 4%, MDF 2% capped at 3,000, purchases 200,000: rebate 3%,
 * MDF 1.5% (3,000 / 200,000), co-op as set.
 */
import { type Decimal, ZERO, compare, divide, multiply, normalize } from '../decimal';
import type { DiscountFunding, Model, PartnerLevel } from '../model/schema';
import { RATE_SCALE } from '../rounding/roundMoney';

export interface ProgrammeRates {
  readonly rebate: Decimal;
  readonly mdf: Decimal;
  readonly coop: Decimal;
}

export function programmeRates(level: PartnerLevel, purchases: Decimal, decimal: (value: number) => Decimal): ProgrammeRates {
  let rebate = decimal(level.rebate);
  if (level.rebateTiers !== undefined) {
    rebate = ZERO;
    for (const tier of level.rebateTiers) if (compare(decimal(tier.from), purchases) <= 0) rebate = decimal(tier.rate);
  }
  let mdf = decimal(level.mdf);
  if (level.mdfCap !== undefined && compare(multiply(purchases, mdf), decimal(level.mdfCap)) > 0) {
    mdf = normalize(divide(decimal(level.mdfCap), purchases, RATE_SCALE, 'halfAwayFromZero'));
  }
  return { rebate, mdf, coop: decimal(level.coop) };
}

/** The funding a line is priced on: its own, else its channel's, else the model's discount basis. */
export function fundingOf(model: Pick<Model, 'discountBasis'>, channel: { readonly funding?: DiscountFunding }, line?: { readonly funding?: DiscountFunding }): DiscountFunding {
  return line?.funding ?? channel.funding ?? (model.discountBasis === 'compound' ? 'compound' : 'vendor');
}
