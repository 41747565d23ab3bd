/**
 * Price shapes: how a product's charge for a quantity follows from its price-book entry.
 *
 * Every shape is one formula over the entry's fields (see src/engine/shapes/):
 *   charge(q) = max(minimum, platformFee + base(max(0, q − includedUnits)))
 *   base(x)   = ladder total of x                     (tiered: the entry names a price ladder)
 *             | ⌈x / packageSize⌉ × listPrice          (package)
 *             | x × listPrice                          (per-unit, usage, platform)
 * The shape a product declares says which fields its entries use and how the Price book shows them.
 */
import { z } from 'zod';
import { id, label, money, positive } from './primitives';

export const PriceShape = z
  .enum(['per-unit', 'tiered', 'package', 'usage', 'platform'])
  .describe(
    'per-unit: list price × units; tiered: a price ladder (graduated, volume or stairstep); package: per block of packageSize units, rounded up, after includedUnits free; usage: includedUnits free, then listPrice per unit over them (the overage rate); platform: platformFee plus listPrice per unit.',
  );

export const PriceBandSchema = z.object({
  /** Inclusive upper bound of the band in units; null (or absent) for the last, unbounded band. */
  upTo: positive.nullable().default(null).describe('Inclusive upper bound in units; null for the last, unbounded band.'),
  /** Price of one unit in the band (stairstep: unused when the band has a flat fee). */
  unitPrice: money.describe('Price of one unit in this band for the whole term.'),
  /** A fee charged once when the quantity reaches the band (stairstep: the price of the whole quantity). */
  flatFee: money.default(0).describe('Fee charged once when the quantity reaches this band; stairstep: the price of the whole quantity.'),
});

export const PriceLadderSchema = z.object({
  id,
  name: label,
  mode: z
    .enum(['graduated', 'volume', 'stairstep'])
    .describe('graduated: each band prices the units in it; volume: the band reached prices all units; stairstep: the band reached gives one price for the whole quantity.'),
  bands: z.array(PriceBandSchema).min(1, 'a price ladder needs at least one band'),
});

export type PriceShapeKind = z.output<typeof PriceShape>;
export type PriceBandInput = z.output<typeof PriceBandSchema>;
export type PriceLadderDefinition = z.output<typeof PriceLadderSchema>;
