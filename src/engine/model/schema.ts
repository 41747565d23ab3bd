/**
 * The Tiercraft model: one JSON document a team keeps in version control.
 *
 * This zod schema is the single source of the model's shape: the TypeScript types are inferred from
 * it and the published JSON Schema (schema/tiercraft-model.schema.json) is generated from it.
 * Cross-references (a bundle naming an unknown SKU, …) are checked in validate.ts.
 */
import { z } from 'zod';

import { id, label, money, positive, rate, text } from './primitives';
import { MarketSchema } from './marketSchema';
import { PriceLadderSchema, PriceShape } from './shapeSchema';
import { MixSchema, ScenarioSchema } from './scenarioSchema';
import { ApprovalsSchema, quoteDetails } from './approvalSchema';

export const RoundingPolicySchema = z.object({
  /** Decimals of the currency's minor unit (2 for USD and EUR, 0 for JPY). Defaults from the currency. */
  minorUnits: z.number().int().min(0).max(6).optional().describe('Decimals of the currency minor unit (2 for USD, 0 for JPY); defaults from the currency.'),
  /** How halves round; Excel's ROUND is half away from zero. */
  mode: z.enum(['halfAwayFromZero', 'halfEven']).default('halfAwayFromZero').describe('How halves round: halfAwayFromZero is Excel ROUND.'),
  /**
   * Customer unit prices end in this fraction: they snap to the nearest price of the form
   * k·step − (1 − ending) (ending 0.99, step 1: 48.99, 49.99, …; step 10: 19.99, 29.99, …), halves away
   * from zero. With ending 0 (or absent) and a step, to the nearest multiple of the step.
   */
  ending: z.number().min(0).lt(1).optional().describe('Customer unit prices snap to the nearest k·step − (1 − ending), e.g. 0.99 → 49.99; 0 → multiples of step.'),
  /** The spacing of the price points an ending snaps to (default 1): 5 → 45, 50, 55. */
  step: positive.optional().describe('Spacing of the price points an ending snaps to (default 1).'),
});

export const PersonaSchema = z.object({
  id,
  name: label,
  role: text.default(''),
  job: text.default(''),
  kind: z.enum(['user', 'buyer', 'both']).default('user').describe('Whether the persona uses the software, buys it, or both.'),
});

export const SalesMotion = z.enum(['self-serve', 'inbound', 'account-based']);
export const Distribution = z.enum(['download', 'marketplace', 'saas', 'self-hosted-platform']);
export const ValueMetric = z.enum(['per-user', 'per-server', 'flat']);

export const TierSchema = z.object({
  id,
  name: label,
  /** Personas served, by id; the first is the persona whose job defines the tier. */
  personas: z.array(id).default([]).describe('Persona ids served; the first defines the tier.'),
  job: text.default(''),
  salesMotion: SalesMotion.default('self-serve').describe('How the tier is sold.'),
  distribution: Distribution.default('download').describe('How the software reaches the customer.'),
  valueMetric: ValueMetric.default('per-user').describe('What a unit is.'),
  /** Discount ladder (by id) for products sold in this tier that have no ladder of their own. */
  ladder: id.optional().describe('Discount ladder id for products of this tier without a ladder of their own.'),
});

export const TermSchema = z.object({
  id,
  name: label,
  months: z.number().int().min(1).max(120).describe('Length of the billing term in months.'),
  /** Term (multi-year) discount, a share of list. */
  discount: rate.default(0).describe('Term (multi-year) discount, a share of list.'),
});

export const ProductSchema = z.object({
  sku: id,
  name: label,
  family: text.default(''),
  /** The value metric: what one unit is (user, server, GB, API call). */
  unit: text.default('user').describe('The value metric: what one unit is (user, server, GB, API call).'),
  /** How the product's charge follows from its price-book entries (see shapeSchema.ts). */
  shape: PriceShape.default('per-unit'),
  /** Cost to serve one unit for one month; a term's cost is unitCost × the term's months. */
  unitCost: money.default(0).describe('Cost to serve one unit for one month, in the model currency; a term costs unitCost × months.'),
  /** Discount ladder (by id); overrides the tier's ladder. */
  ladder: id.optional().describe("Discount ladder id; overrides the tier's ladder."),
});

/** The list price of one unit of a product in one tier for one billing term (the whole term). */
export const PriceSchema = z.object({
  sku: id,
  tier: id,
  term: id,
  /** per-unit and platform: one unit; package: one package; usage: one unit over the included units. */
  listPrice: money.default(0).describe('Price for the whole term of one unit (package: of one package; usage: of one unit over the included units). Unused by tiered products.'),
  /** Tiered products: the price ladder (by id) that prices the quantity. */
  ladder: id.optional().describe('Tiered products: the price ladder id that prices the quantity.'),
  /** Package products: units in one package; the packages needed are rounded up. */
  packageSize: positive.optional().describe('Package products: units per package; packages needed round up.'),
  /** Package and usage products: units free of charge before the price applies. */
  includedUnits: money.optional().describe('Package and usage products: units free of charge before the price applies.'),
  /** Platform products (or any shape): a fee for the whole term on top of the units' price. */
  platformFee: money.optional().describe('A fee for the whole term on top of the price of the units.'),
  /** A minimum commitment of the line: a smaller charge is topped up to it (the true-up). */
  minimumCharge: money.optional().describe('Minimum commitment of one line: a smaller list charge is topped up to it.'),
});

export const BandSchema = z.object({
  /** Inclusive upper bound of the band in units; null (or absent) for the last, unbounded band. */
  upTo: positive.nullable().default(null).describe('Inclusive upper bound in units; null for the last, unbounded band.'),
  discount: rate.describe('Share of list taken off in this band.'),
});

export const LadderSchema = z.object({
  id,
  name: label,
  mode: z.enum(['graduated', 'volume']).describe('graduated: each band discounts the units in it; volume: the band reached discounts all units.'),
  bands: z.array(BandSchema).min(1, 'a ladder needs at least one band'),
});

export const ComponentSchema = z.object({
  sku: id,
  /** Units of the product in one bundle (the default configuration). */
  quantity: z.number().int().min(0).describe('Units of the product in one bundle.'),
  required: z.boolean().default(true).describe('Optional components may be left out (quantity 0).'),
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
});

export const BundlePricingSchema = z.discriminatedUnion('kind', [
  /** Sum of the components' list prices less a bundle discount. */
  z.object({ kind: z.literal('discount'), discount: rate.describe('Bundle discount off the sum of component list prices.') }),
  /** A fixed price per bundle for each term it is sold on. */
  z.object({ kind: z.literal('fixed'), prices: z.record(id, money).describe('Price of one bundle per term id.') }),
]);

export const BundleSchema = z.object({
  id,
  name: label,
  tier: id,
  components: z.array(ComponentSchema).min(1, 'a bundle needs at least one component'),
  pricing: BundlePricingSchema,
});

export const RebateTierSchema = z.object({
  /** Purchases in the programme year from which the rate applies. */
  from: money.describe("The partner's purchases in the programme year from which this rate applies."),
  rate: rate.describe('Rebate, a share of the vendor invoice.'),
});

/**
 * Who funds the customer's discount, and how the partners' buy prices follow from list:
 * - vendor: every discount a share of list, stacked; the vendor funds the customer's discount;
 * - partner: buy prices published off list; the reseller funds the customer's discount from its margin;
 * - compound: each partner discount off the price before it (reseller buy = customer × (1 − discount)).
 */
export const Funding = z.enum(['vendor', 'partner', 'compound']);

export const PartnerLevelSchema = z.object({
  id,
  name: label,
  /** The reseller's discount off list. */
  discount: rate.describe("The reseller's discount off list."),
  /** Extra discount off list for a registered deal. */
  dealRegistration: rate.default(0).describe('Extra discount off list for a registered deal.'),
  /** Back-end rebate paid to the partner, as a share of what the vendor invoices. */
  rebate: rate.default(0).describe('Back-end rebate paid to the reseller, a share of the vendor invoice.'),
  /** Market development funds, as a share of what the vendor invoices. */
  mdf: rate.default(0).describe('Market development funds, a share of the vendor invoice.'),
  /** Rebate rates by the partner's purchases in the programme year; the rate reached applies to all of them. */
  rebateTiers: z
    .array(RebateTierSchema)
    .min(1, 'give at least one tier, or leave rebateTiers out')
    .optional()
    .describe("Rebate rates by the partner's purchases in the programme year (ascending from); the tier reached applies to every purchase. Replaces rebate."),
  /** Most MDF a partner accrues in the programme year. */
  mdfCap: money.optional().describe('Most MDF a partner accrues in the programme year (money); absent: no cap.'),
  /** Co-op funds, claimed by the partner against proof of performance. */
  coop: rate.default(0).describe('Co-op funds, a share of the vendor invoice, claimed by the reseller.'),
});

export const ChannelSchema = z.object({
  id,
  name: label,
  kind: z.enum(['direct', 'one-tier', 'two-tier']).describe('direct; one-tier: through a reseller; two-tier: distributor then reseller.'),
  /** Two-tier only: the distributor's discount off list, on top of the reseller's. */
  distributorDiscount: rate.default(0).describe("Two-tier only: the distributor's discount off list, on top of the reseller's."),
  /** Who funds the customer's discount on this channel; absent: the model's discount basis (list → vendor, compound → compound). */
  funding: Funding.optional().describe("Who funds the customer's discount: vendor (stacked off list), partner (buy prices off list; the reseller funds it) or compound; absent: from discountBasis."),
});

export const GuardrailsSchema = z.object({
  /** The vendor's net revenue must exceed unit cost by this margin ((net − cost) / net). */
  vendorMarginFloor: rate.default(0.5).describe('Least (vendor net − cost) / vendor net.'),
  /** The customer's total discount off list may not exceed this. */
  maxCustomerDiscount: rate.default(0.5).describe("Most the customer's total discount may take off list."),
  /** Flag a direct customer price below what a partner's customer pays for the same line. */
  channelConflict: z.boolean().default(true).describe("Flag direct prices below the least a partner's customer can be charged."),
  /** Flag ladders whose effective unit price rises with quantity. */
  risingUnitPrice: z.boolean().default(true).describe('Flag ladders whose unit price rises with quantity.'),
  /** Most a market's price may differ from the reference price, converted at the exchange rate. */
  priceCorridor: rate.optional().describe("Most a market's list price, converted back at the exchange rate, may differ from the reference list price (0.2 = 20%); absent: not checked."),
});

export const QuoteItemSchema = z.union([z.object({ sku: id }), z.object({ bundle: id })]);

export const QuoteLineSchema = z.object({
  item: QuoteItemSchema,
  quantity: positive,
  term: id,
  /** Price-book tier for a product line; a bundle is priced in its own tier. */
  tier: id.optional().describe('Price-book tier of a product line; a bundle is priced in its own tier.'),
  channel: id,
  /** Partner level, for channels with a reseller. */
  level: id.optional().describe('Partner level id, for channels with a reseller.'),
  dealRegistration: z.boolean().default(false).describe('The deal is registered: the level adds its deal-registration discount.'),
  /** An extra discount off list negotiated for this line. */
  discount: rate.default(0).describe('Extra discount negotiated for this line, a share of list.'),
  /** A special bid: a discount off list the vendor funds on this deal, passed down the chain. */
  specialBid: rate.default(0).describe('Special-bid discount the vendor funds on this line, a share of list, passed down to every buy price.'),
  /** Overrides the channel's discount funding for this line. */
  funding: Funding.optional().describe("Overrides the channel's discount funding for this line."),
  /** Bundle lines: units per bundle of the components that differ from the bundle's default. */
  components: z
    .record(id, z.number().int().min(0))
    .optional()
    .describe("Bundle lines only: units per bundle of components that differ from the bundle's default, e.g. { \"BK-ENC\": 0 } leaves an optional component out."),
});

export const QuoteSchema = z.object({
  customer: text.default(''),
  lines: z.array(QuoteLineSchema).default([]),
  /** The market (by id) whose price book and currency price the quote; absent: the reference. */
  market: id.optional().describe("Market id whose price book and currency price the quote; absent: the model's own."),
  /** A minimum commitment of the whole quote: a smaller total customer price is topped up to it. */
  minimumCommitment: money.optional().describe('Minimum commitment of the quote: a smaller total customer price gets a true-up line.'),
  /** The reseller's expected purchases from the vendor in the programme year: picks rebate tiers, caps MDF. */
  partnerPurchases: money.optional().describe("The reseller's expected purchases from the vendor in the programme year (the quote's currency): picks the rebate tier and applies the MDF cap; absent: 0."),
  ...quoteDetails,
});

export const ModelSchema = z.object({
  $schema: z.string().optional(),
  version: z.literal(1).default(1),
  name: text.default('Untitled pricing model'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD').describe('ISO 4217 currency code.'),
  rounding: RoundingPolicySchema.default({ mode: 'halfAwayFromZero' }),
  /** 'list': every discount of the waterfall is a share of list; 'compound': of the step before. */
  discountBasis: z.enum(['list', 'compound']).default('list').describe("list: every discount of the waterfall is a share of list; compound: of the step before."),
  personas: z.array(PersonaSchema).optional().describe('Defaults to end user, technical manager and business manager.'),
  tiers: z.array(TierSchema).optional().describe('Defaults to Product, Solution and Enterprise solution.'),
  terms: z.array(TermSchema).optional().describe('Defaults to Monthly, Annual and 3-year (15% off).'),
  products: z.array(ProductSchema).default([]),
  prices: z.array(PriceSchema).default([]),
  ladders: z.array(LadderSchema).default([]),
  priceLadders: z.array(PriceLadderSchema).default([]).describe('Unit-price ladders of tiered products.'),
  markets: z.array(MarketSchema).default([]).describe('Price books in other currencies or regions, derived from this one.'),
  bundles: z.array(BundleSchema).default([]),
  levels: z.array(PartnerLevelSchema).optional().describe('Defaults to Registered, Silver, Gold and Platinum.'),
  channels: z.array(ChannelSchema).optional().describe('Defaults to Direct, Reseller (one-tier) and Distribution (two-tier).'),
  guardrails: GuardrailsSchema.default({
    vendorMarginFloor: 0.5,
    maxCustomerDiscount: 0.5,
    channelConflict: true,
    risingUnitPrice: true,
  }),
  approvals: ApprovalsSchema.optional().describe("Who approves a quote line's discount, by how deep it is; absent: no approval routing."),
  quote: QuoteSchema.default({ customer: '', lines: [] }),
  scenarios: z.array(ScenarioSchema).default([]).describe('Named sets of changes over the model, compared against it.'),
  selectedScenario: id.optional().describe("The id of the scenario the workbook's live formulas follow (the Scenarios sheet's selector); absent: the base model."),
  mix: MixSchema.optional().describe('The book of business comparisons are measured on: expected volumes by item, route and level.'),
});

/** A model file as written (optional parts may be missing). */
export type ModelInput = z.input<typeof ModelSchema>;
type Parsed = z.output<typeof ModelSchema>;
/** A loaded model: every optional part filled with its default (see defaults.ts). */
export type Model = Omit<Parsed, 'personas' | 'tiers' | 'terms' | 'levels' | 'channels' | 'rounding'> & {
  personas: Persona[];
  tiers: Tier[];
  terms: Term[];
  levels: PartnerLevel[];
  channels: Channel[];
  rounding: RoundingPolicy;
};
export type RoundingPolicy = z.output<typeof RoundingPolicySchema> & { minorUnits: number };
export type Persona = z.output<typeof PersonaSchema>;
export type Tier = z.output<typeof TierSchema>;
export type Term = z.output<typeof TermSchema>;
export type Product = z.output<typeof ProductSchema>;
export type Price = z.output<typeof PriceSchema>;
export type Band = z.output<typeof BandSchema>;
export type DiscountLadder = z.output<typeof LadderSchema>;
export type Component = z.output<typeof ComponentSchema>;
export type BundlePricing = z.output<typeof BundlePricingSchema>;
export type Bundle = z.output<typeof BundleSchema>;
export type PartnerLevel = z.output<typeof PartnerLevelSchema>;
export type Channel = z.output<typeof ChannelSchema>;
export type RebateTier = z.output<typeof RebateTierSchema>;
export type DiscountFunding = z.output<typeof Funding>;
export type Guardrails = z.output<typeof GuardrailsSchema>;
export type QuoteItem = z.output<typeof QuoteItemSchema>;
export type QuoteLine = z.output<typeof QuoteLineSchema>;
export type Quote = z.output<typeof QuoteSchema>;
