/** Lookup formulas into the Price book and Packaging tables (formula text without '='). */
import type { PriceBookRefs } from './priceBook';

/**
 * The list price of (sku, tier, term), each an expression; blank prices read as 0. An entry of a shaped
 * product stands in the Price shapes table: its List price (a package's price, an overage rate; 0 for a
 * tiered entry), as the engine's price index holds it (a fixed bundle allocates by it).
 */
export function listPriceLookup(pb: PriceBookRefs, sku: string, tier: string, term: string): string {
  const shaped = `N(INDEX(${pb.ref.shapes['List price']},MATCH(${sku}&"|"&${tier}&"|"&${term},${pb.ref.shapes.Key},0)))`;
  return `IFERROR(N(INDEX(${pb.ref.matrix},MATCH(${sku}&"|"&${tier},${pb.ref.keys},0),MATCH(${term},${pb.ref.termIds},0))),${shaped})`;
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

/** The months of a term (expression). */
export const termMonthsLookup = (pb: PriceBookRefs, term: string): string => `INDEX(${pb.ref.termMonths},MATCH(${term},${pb.ref.termIds},0))`;

/** The ladder id of a tier, else "" (expressions). */
export const tierLadderLookup = (tierIds: string, tierLadders: string, tier: string): string => `IFERROR(INDEX(${tierLadders},MATCH(${tier},${tierIds},0))&"","")`;

/** A bundle's default price on a term: its allocation rows on the Bundles sheet all carry it (expressions). */
export function bundlePriceLookup(r: { allocPrice: string; allocBundle: string; allocTerm: string }, bundle: string, term: string): string {
  return `SUMIFS(${r.allocPrice},${r.allocBundle},${bundle},${r.allocTerm},${term})/MAX(1,COUNTIFS(${r.allocBundle},${bundle},${r.allocTerm},${term}))`;
}

/** A bundle's default unit cost per month: Σ component units × unit cost (expression). */
export const bundleCostLookup = (r: { compBundle: string; compQuantity: string; compCost: string }, bundle: string): string =>
  `SUMPRODUCT((${r.compBundle}=${bundle})*${r.compQuantity}*${r.compCost})`;
