/**
 * A quote line's Explanation as one formula (no '='), whose text is the engine's explanation words
 * (src/engine/shapes/explain.ts, which states the wording), from the line's own cells and the Price
 * book and Ladders tables:
 *   per-unit and bundles  Q × P = List
 *   tiered                the band the units charged reach (j = how many bands start below them, its row
 *                         the ladder's first row + j − 1): graduated, the Words so far of the full bands
 *                         before it, " + ", then the units in it × its unit price [+ fee]; volume, units ×
 *                         the band's unit price [+ fee]; stairstep, "up to U: price" ("over A: price" for
 *                         the unbounded last band, "any quantity: price" for a ladder of one band)
 *   package, usage, platform as the engine words them
 * then " + fee fee" (a platform fee on another shape), " = " the charge before the minimum (not after a
 * stairstep band alone), and "; topped up to the minimum M (true-up T)" when the True-up column is not 0.
 * No TEXTJOIN and no array evaluation: plain concatenation, SUMPRODUCT, INDEX and MATCH.
 */
import type { Model } from '../../engine/model/schema';
import { entryField, entryRow } from './shapeFormulas';
import { moneyText, priceText, quantityText } from './shapeText';
import type { WaterfallColumn, WaterfallRefs } from './waterfall';

/** The line's cells the explanation reads besides the waterfall: its price ladder and the band its units reach. */
export interface BandCells {
  /** The line's row in the Price shapes table (1-based, as MATCH gives it). */
  readonly entry: string;
  readonly ladder: string;
  readonly band: string;
}

/**
 * The Quote's helper columns before the Explanation (formula text, no '='): Price shapes row, a shaped
 * line's row in the Price shapes table (1-based); Price ladder, a tiered
 * line's ladder id; Band reached, how many of its bands start below the units charged (0 for none).
 */
export function bandFormulas(r: WaterfallRefs, line: { item: string; term: string }, at: (c: WaterfallColumn) => string, cells: BandCells): { entry: string; ladder: string; band: string } {
  const b = r.priceBands;
  const tiered = `${at('Shape')}="tiered"`;
  return {
    entry: `IF(${at('Shape')}<>"per-unit",${entryRow(r.pb, line.item, at('Tier used'), line.term)},"")`,
    ladder: `IF(${tiered},${entryField(r.pb, cells.entry, 'Price ladder')}&"","")`,
    band: `IF(${tiered},SUMPRODUCT((${b.ladder}=${cells.ladder})*(${b.above}<${at('Units charged')})),"")`,
  };
}

/** The engine's figures for the Price ladder and Band reached columns. */
export function bandFigures(model: Model, sku: string | undefined, tier: string, term: string, unitsCharged: number | null): { ladder: string; band: number | string } {
  const product = model.products.find((p) => p.sku === sku);
  if (product?.shape !== 'tiered' || unitsCharged === null) return { ladder: '', band: '' };
  const ladderId = model.prices.find((p) => p.sku === sku && p.tier === tier && p.term === term)?.ladder ?? '';
  const bands = model.priceLadders.find((l) => l.id === ladderId)?.bands ?? [];
  return { ladder: ladderId, band: bands.filter((_, i) => (bands[i - 1]?.upTo ?? 0) < unitsCharged).length };
}

export function explanationFormula(model: Model, r: WaterfallRefs, line: { item: string; quantity: string; term: string }, at: (c: WaterfallColumn) => string, cells: BandCells): string {
  const { pb, priceBands: b } = r;
  const M = (e: string): string => moneyText(model, e);
  const P = (e: string): string => priceText(model, e);
  const Q = quantityText;
  const shape = at('Shape');
  const x = at('Units charged');
  const f = (field: Parameters<typeof entryField>[2]): string => entryField(pb, cells.entry, field);
  const q = line.quantity;
  const unit = `IFERROR(INDEX(${pb.ref.productUnits},MATCH(${line.item},${pb.ref.productSkus},0))&"","")`;
  const included = `N(${f('Included units')})`;
  const fee = `N(${f('Platform fee')})`;
  const list = `N(${f('List price')})`;
  // The band reached: j bands of the ladder start below the units charged; band j's row in PriceBands.
  const ladder = cells.ladder;
  const j = cells.band;
  const band = (range: string, offset = ''): string => `INDEX(${range},MATCH(${ladder},${b.ladder},0)+${j}-1${offset})`;
  const bandFee = `N(${band(b.flatFee)})`;
  const withFee = `IF(${bandFee}>0," + "&${M(bandFee)}&" fee","")`;
  const mode = band(b.mode);
  const graduated = `IF(${j}>1,${band(b.wordsSoFar, '-1')}&" + ","")&${Q(`${x}-${band(b.above)}`)}`;
  const stairstep =
    `IF(${band(b.upTo)}="",IF(${j}=1,"any quantity","over "&${Q(band(b.above))}),"up to "&${Q(band(b.upTo))})&": "&${M(`${bandFee}+(${bandFee}=0)*${band(b.unitPrice)}`)}`;
  const tiered = `IF(${x}<=0,"0",IF(${mode}="stairstep",${stairstep},IF(${mode}="graduated",${graduated},${Q(x)})&" × "&${P(band(b.unitPrice))}&${withFee}))`;
  const includedWords = `IF(${included}=0,""," − "&${Q(included)}&" included = "&${Q(x)})`;
  const packages = `ROUNDUP(ROUND(${x}/${f('Package size')},9),0)`;
  const pack = `${Q(q)}&" "&${unit}&${includedWords}&" → "&TEXT(${packages},"0")&IF(${packages}=1," package"," packages")&" × "&${P(list)}`;
  const usage = `IF(${included}=0,${Q(q)}&" × "&${P(list)},${Q(q)}&" "&${unit}&${includedWords}&" × "&${P(list)})`;
  const platform = `${M(fee)}&" fee + "&${Q(q)}&" × "&${P(list)}`;
  const body = `IF(${shape}="tiered",${tiered},IF(${shape}="package",${pack},IF(${shape}="usage",${usage},${platform})))`;
  const withPlatformFee = `${body}&IF(AND(${shape}<>"platform",${fee}<>0)," + "&${M(fee)}&" fee","")`;
  const stairstepAlone = `IF(AND(${shape}="tiered",${fee}=0,${x}>0),${mode}="stairstep",FALSE)`;
  const maths = `${withPlatformFee}&IF(${stairstepAlone},""," = "&${M(at('Charge before minimum'))})`;
  const shaped = `${maths}&IF(${at('True-up')}>0,"; topped up to the minimum "&${M(at('List (exact)'))}&" (true-up "&${M(at('True-up'))}&")","")`;
  const perUnit = `${Q(q)}&" × "&${P(at('List unit price'))}&" = "&${M(at('Extended list'))}`;
  return `IF(${shape}="per-unit",${perUnit},${shaped})`;
}
