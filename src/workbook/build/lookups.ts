/** Lookup formulas into the Price book and Packaging tables (formula text without '='). */
import type { PriceBookRefs } from './priceBook';

/** The list price of (sku, tier, term), each an expression; blank prices read as 0. */
export function listPriceLookup(pb: PriceBookRefs, sku: string, tier: string, term: string): string {
  return `N(INDEX(${pb.ref.matrix},MATCH(${sku}&"|"&${tier},${pb.ref.keys},0),MATCH(${term},${pb.ref.termIds},0)))`;
}

/** The term discount of a term (expression). */
export const termDiscountLookup = (pb: PriceBookRefs, term: string): string => `INDEX(${pb.ref.termDiscounts},MATCH(${term},${pb.ref.termIds},0))`;

/** The unit cost of a product (expression). */
export const unitCostLookup = (pb: PriceBookRefs, sku: string): string => `INDEX(${pb.ref.productCosts},MATCH(${sku},${pb.ref.productSkus},0))`;

/** The ladder id of a product in a tier: its own ladder, else the tier's, else "" (expressions). */
export function ladderIdLookup(pb: PriceBookRefs, tierIds: string, tierLadders: string, sku: string, tier: string): string {
  const own = `INDEX(${pb.ref.productLadders},MATCH(${sku},${pb.ref.productSkus},0))&""`;
  const ofTier = `IFERROR(INDEX(${tierLadders},MATCH(${tier},${tierIds},0))&"","")`;
  return `IF(${own}<>"",${own},${ofTier})`;
}

/** Decimals needed to write every value exactly (at most `max`). */
export function decimalsNeeded(values: readonly number[], max = 6): number {
  let d = 0;
  for (const v of values) {
    while (d < max && Math.round(v * 10 ** d) / 10 ** d !== v) d += 1;
  }
  return d;
}
