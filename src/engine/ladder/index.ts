/**
 * The ladder engine: price ladders (graduated, volume, stairstep), discount ladders (graduated,
 * volume) and packs, exact to the cent with one rounding at the end. See docs/ladder-engine.md.
 */
export type {
  PriceMode,
  DiscountMode,
  PriceBand,
  DiscountBand,
  RoundOptions,
  PriceLadder,
  CompiledDiscountLadder,
  DiscountResult,
} from './types';
export { compilePriceLadder, unitPrice, bandIndexFor, checkPriceMode } from './price';
export { priceTotal } from './fast-path';
export { priceTotalExact } from './exact';
export {
  compileDiscountLadder,
  ladderDiscountAmount,
  discountedTotal,
  effectiveDiscountRate,
  rateWeightedQuantity,
  checkDiscountMode,
} from './discount';
export { pricePacks, packsNeeded } from '../packs';
export { ladderMessages } from './messages';
export { DEFAULT_MINOR_UNITS, MAX_MINOR_UNITS } from './fast-path';
