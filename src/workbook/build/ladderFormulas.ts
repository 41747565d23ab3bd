/**
 * Discount-ladder math as spreadsheet formulas over the Bands table (Ladders sheet), mirroring the ladder
 * engine: W(q) = Σ units in band × band rate (graduated) or q × rate of the band q reaches (volume); the
 * money off is list × W(q).
 *
 * The Bands table carries two formula helpers per band: Above (the previous band's Up to within the same
 * ladder, 0 for the first) and Cap (Up to, or 1E+15 for the unbounded last band). Then, for quantity q:
 *   graduated: SUMPRODUCT((Ladder=id) * (MIN(q,Cap) − Above) * (q>Above) * Discount)
 *              with MIN(q,Cap) written elementwise as q−(q−Cap)*(q>Cap)
 *   volume:    q * SUMPRODUCT((Ladder=id) * (q>Above) * (q<=Cap) * Discount)
 * Only SUMPRODUCT, INDEX, MATCH, IF and IFERROR: LibreOffice 7.4 computes them all.
 */

/** Qualified absolute ranges of the Ladders and Bands tables. */
export interface BandRefs {
  readonly ladderIds: string;
  readonly ladderModes: string;
  readonly bandLadder: string;
  readonly bandDiscount: string;
  readonly bandAbove: string;
  readonly bandCap: string;
}

/** Cap standing in for an unbounded band. */
export const UNBOUNDED_CAP = '1E+15';

/** Formula text (no '=') of W(q) for the ladder whose id is the expression `ladderId`; 0 when it names no ladder. */
export function weightedUnits(b: BandRefs, q: string, ladderId: string): string {
  const mode = `IFERROR(INDEX(${b.ladderModes},MATCH(${ladderId},${b.ladderIds},0)),"")`;
  const inLadder = `(${b.bandLadder}=${ladderId})`;
  const volume = `${q}*SUMPRODUCT(${inLadder}*(${q}>${b.bandAbove})*(${q}<=${b.bandCap})*${b.bandDiscount})`;
  const graduated = `SUMPRODUCT(${inLadder}*((${q}-(${q}-${b.bandCap})*(${q}>${b.bandCap}))-${b.bandAbove})*(${q}>${b.bandAbove})*${b.bandDiscount})`;
  return `IF(${mode}="volume",${volume},${graduated})`;
}

/** A band's discount `d` together with the deepest term discount `t` (formula text), on the model's discount basis. */
export const withTermDiscount = (compound: boolean, d: string, t: string): string => (compound ? `1-(1-${d})*(1-${t})` : `${d}+${t}`);

/**
 * The change in units paid for, q − W(q), from a band's Up to `u` (discount `d`) to INT(u) + 1 in the
 * next band (discount `nextD`), given the ladder's id cell: volume (INT(u)+1)(1 − d') − u(1 − d),
 * graduated (INT(u)+1 − u)(1 − d'). Negative is a price cliff.
 */
export function cliffChangeIntoNextBand(b: BandRefs, ladderId: string, u: string, d: string, nextD: string): string {
  const next = `(INT(${u})+1)`;
  const mode = `INDEX(${b.ladderModes},MATCH(${ladderId},${b.ladderIds},0))`;
  return `IF(${mode}="volume",${next}*(1-${nextD})-${u}*(1-${d}),(${next}-${u})*(1-${nextD}))`;
}
