/**
 * Scenarios and the mix: what compare measures.
 *
 * A scenario is a named set of changes over the model ("Platinum +2 pts", "Distributor 10%", "List +5%
 * on the Backup family"); applied to the model it gives another valid model. The mix is the book of
 * business the comparison is measured on: expected volumes by item, tier, term, route and level.
 */
import { z } from 'zod';

import { id, label, money, positive, rate, text } from './primitives';

/** A rate field's new value: `set` replaces it; `add` adds points to it (−0.02 takes 2 points off). */
const rateChange = {
  set: rate.optional().describe('The new value, a share (0.32 = 32%).'),
  add: z.number().min(-1).max(1).optional().describe('Points added to the value, as a share (0.02 = +2 points; negative takes points off).'),
};

export const LevelField = z.enum(['discount', 'dealRegistration', 'rebate', 'mdf', 'coop']);
export const ScenarioChangeSchema = z.discriminatedUnion('target', [
  /** A partner level's discount, deal-registration discount, rebate, MDF or co-op. */
  z.object({ target: z.literal('level'), level: id, field: LevelField, ...rateChange }),
  /** A two-tier channel's distributor discount. */
  z.object({ target: z.literal('channel'), channel: id, field: z.literal('distributorDiscount'), ...rateChange }),
  /** A billing term's term discount. */
  z.object({ target: z.literal('term'), term: id, field: z.literal('discount'), ...rateChange }),
  /**
   * List prices, raised or lowered by a share, each rounded to the minor unit: every price-book entry
   * matching all the filters given (none: every entry). 0.05 = +5%; −0.1 = −10%.
   */
  z.object({
    target: z.literal('listPrice'),
    family: text.optional().describe('Only products of this family.'),
    sku: id.optional().describe('Only this product.'),
    tier: id.optional().describe('Only this tier.'),
    term: id.optional().describe('Only this term.'),
    change: z.number().gt(-1, 'must be more than −100%').max(10, 'must be at most +1000%').describe('Relative change of the list price: 0.05 = +5%, −0.1 = −10%.'),
  }),
]);

export const ScenarioSchema = z.object({
  id,
  name: label,
  description: text.default(''),
  changes: z.array(ScenarioChangeSchema).min(1, 'a scenario needs at least one change'),
});

/** One row of the book of business: expected volume of an item through a route. */
export const MixRowSchema = z.object({
  item: z.union([z.object({ sku: id }), z.object({ bundle: id })]),
  /** Price-book tier of a product row; a bundle is priced in its own tier. */
  tier: id.optional(),
  term: id,
  channel: id,
  level: id.optional().describe('Partner level id, for channels with a reseller.'),
  dealRegistration: z.boolean().default(false),
  /** Units (bundles for a bundle row) sold on this row over the period. */
  quantity: positive,
  /** The average negotiated discount on this row, a share of list. */
  discount: rate.default(0),
});

export const MixSchema = z.object({
  name: label.default('Mix'),
  /** The reseller's purchases from the vendor in the programme year: picks rebate tiers and applies MDF caps. */
  partnerPurchases: money.optional().describe("The reseller's purchases from the vendor in the programme year; absent: 0, as on a quote."),
  rows: z.array(MixRowSchema).default([]),
});

export type LevelFieldName = z.output<typeof LevelField>;
export type ScenarioChange = z.output<typeof ScenarioChangeSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;
export type MixRow = z.output<typeof MixRowSchema>;
export type Mix = z.output<typeof MixSchema>;
