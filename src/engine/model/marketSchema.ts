/**
 * Markets: price books in other currencies or regions, derived from the reference price book (the
 * model's own currency). A market price is
 *   snap(round(reference × rate × factor, minor units), ending, step)
 * unless an override gives it; unit costs convert at the rate alone. See src/engine/markets/.
 */
import { z } from 'zod';
import { id, label, money, positive } from './primitives';

export const MarketOverrideSchema = z.object({
  sku: id,
  tier: id,
  term: id,
  listPrice: money.describe("The entry's list price in the market's currency, instead of the derived one."),
});

export const MarketSchema = z.object({
  id,
  name: label,
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR').describe('ISO 4217 currency code.'),
  /** Units of the market's currency for one unit of the reference currency (USD→EUR 0.92). */
  rate: positive.describe("Exchange rate: units of the market's currency for one unit of the reference currency."),
  /** A deliberate price adjustment for the market (1.1 is 10% above the converted price). */
  factor: positive.default(1).describe('Market factor applied after the exchange rate (1.1 = 10% above the converted price).'),
  /** Decimals of the currency's minor unit; defaults from the currency (JPY 0). */
  minorUnits: z.number().int().min(0).max(6).optional().describe("Decimals of the currency's minor unit; defaults from the currency."),
  /** Price ending of the market's unit prices (see rounding.ending); absent: rounded to the minor unit only. */
  ending: z.number().min(0).lt(1).optional().describe('Unit prices snap to the nearest k·step − (1 − ending): GBP 0.99; 0 with step 100 → whole hundreds.'),
  step: positive.optional().describe('Spacing of the price points an ending snaps to (default 1).'),
  overrides: z.array(MarketOverrideSchema).default([]).describe('List prices set by hand for this market, replacing the derived ones.'),
});

export type Market = z.output<typeof MarketSchema>;
export type MarketOverride = z.output<typeof MarketOverrideSchema>;
