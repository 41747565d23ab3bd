/**
 * A shaped product's charge for a quantity as formula text (no '='), over the PriceShapes table (Price
 * book sheet) and the PriceBands table (Ladders sheet), the engine's formula (src/engine/shapes/):
 *   raw(q)    = platform fee + base(max(0, q − included units))
 *   base(x)   = price-ladder total of x (tiered) | ⌈x / package size⌉ × list price (package)
 *             | x × list price (usage, platform)
 *   charge(q) = max(minimum charge, raw(q)); true-up = charge − raw
 * Price-ladder totals, with Above and Cap the band's helper columns (the discount ladders' pattern) and
 * MIN(x, Cap) written elementwise as x − (x − Cap)·(x > Cap):
 *   graduated SUMPRODUCT(in ladder · (x > Above) · ((MIN(x,Cap) − Above) · unit price + flat fee))
 *   volume    SUMPRODUCT(in ladder · (x > Above) · (x ≤ Cap) · (x · unit price + flat fee))
 *   stairstep SUMPRODUCT(in ladder · (x > Above) · (x ≤ Cap) · (flat fee, or unit price when it is 0))
 * A quantity past a bounded last band is #N/A (the engine refuses it). Packages round up with
 * ROUNDUP(ROUND(x / size, 9), 0), so that a quotient like 0.3 / 0.1 = 2.9999999999999996 is 3 packages.
 */
import type { PriceBookRefs } from './priceBook';
import type { PriceBandRefs } from './priceLadders';
import type { PriceShapeColumn } from './priceShapes';

/** The field of the entry whose row in the PriceShapes table is the expression `row`. */
export const entryField = (pb: PriceBookRefs, row: string, field: PriceShapeColumn): string => `INDEX(${pb.ref.shapes[field]},${row})`;

/** The row of entry (sku, tier, term) in the PriceShapes table (expression; #N/A when absent). */
export const entryRow = (pb: PriceBookRefs, sku: string, tier: string, term: string): string => `MATCH(${sku}&"|"&${tier}&"|"&${term},${pb.ref.shapes.Key},0)`;

/** A product's shape ("per-unit" for an unknown SKU, a bundle, or a blank cell). */
export const shapeLookup = (pb: PriceBookRefs, sku: string): string =>
  `IFERROR(IF(INDEX(${pb.ref.productShapes},MATCH(${sku},${pb.ref.productSkus},0))&""="","per-unit",INDEX(${pb.ref.productShapes},MATCH(${sku},${pb.ref.productSkus},0))&""),"per-unit")`;

/** The total of price ladder `ladderId` for `x` units (expression). */
export function ladderTotal(b: PriceBandRefs, x: string, ladderId: string): string {
  const inLadder = `(${b.ladder}=${ladderId})`;
  const reached = `(${x}>${b.above})`;
  const within = `(${x}<=${b.cap})`;
  const mode = `IFERROR(INDEX(${b.mode},MATCH(${ladderId},${b.ladder},0)),"")`;
  const graduated = `SUMPRODUCT(${inLadder}*${reached}*(((${x}-(${x}-${b.cap})*(${x}>${b.cap}))-${b.above})*${b.unitPrice}+${b.flatFee}))`;
  const volume = `SUMPRODUCT(${inLadder}*${reached}*${within}*(${x}*${b.unitPrice}+${b.flatFee}))`;
  const stairstep = `SUMPRODUCT(${inLadder}*${reached}*${within}*(${b.flatFee}+(${b.flatFee}=0)*${b.unitPrice}))`;
  const beyond = `AND(${x}>0,SUMPRODUCT(${inLadder}*${within})=0)`;
  return `IF(${beyond},NA(),IF(${mode}="volume",${volume},IF(${mode}="stairstep",${stairstep},${graduated})))`;
}

/** The units charged for: q less the entry's included units, at least 0 (the entry at PriceShapes row `row`). */
export const unitsCharged = (pb: PriceBookRefs, row: string, q: string): string => `MAX(0,${q}-N(${entryField(pb, row, 'Included units')}))`;

/** The charge before any minimum (exact) of `x` units charged for, of the entry at PriceShapes row `row`, of shape `shape`. */
export function chargeBeforeMinimum(pb: PriceBookRefs, bands: PriceBandRefs, row: string, shape: string, x: string): string {
  const f = (field: PriceShapeColumn): string => entryField(pb, row, field);
  const list = `N(${f('List price')})`;
  const base = `IF(${shape}="tiered",${ladderTotal(bands, x, `${f('Price ladder')}&""`)},IF(${shape}="package",ROUNDUP(ROUND(${x}/${f('Package size')},9),0)*${list},${x}*${list}))`;
  return `N(${f('Platform fee')})+${base}`;
}

/** The charge (exact): the charge before the minimum, topped up to the entry's minimum charge. */
export const chargeWithMinimum = (pb: PriceBookRefs, row: string, raw: string): string => `MAX(N(${entryField(pb, row, 'Minimum charge')}),${raw})`;
