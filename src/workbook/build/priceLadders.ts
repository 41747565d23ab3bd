/**
 * The PriceBands table (Ladders sheet): the unit-price ladders of tiered products, one row per band, as
 * inputs (Ladder, Name, Mode, Up to, Unit price, Flat fee; a ladder's rows stand together, its Name and
 * Mode on every row), and formula helpers like the discount ladders' Bands table: Band (its number in the
 * ladder), Above (the previous band's Up to, 0 for the first), Cap (Up to, or 1E+15 when unbounded), and
 * Reads as, the ladder so far in words ("Graduated (Stripe-style): 1–10 at 9.00, 11+ at 8.00"): the
 * ladder's last row reads the whole ladder; and, for the quote's explanation of graduated tiers, Band words
 * (a bounded band used in full, "40 × 8.10 + 10.00 fee") and Words so far (the ladder's full bands up to
 * this one, joined by " + ").
 */
import { dec, subtract, toNumber } from '../../engine/decimal';
import type { Model } from '../../engine/model/schema';
import type { PriceLadderDefinition } from '../../engine/model/shapeSchema';
import type { CellAddress, TableSpec, ValidationSpec } from '../spec';
import { col, columnRange, formula, num, numOrBlank, tableCell, text } from './cells';
import { type BuildContext, on, place } from './context';
import { UNBOUNDED_CAP } from './ladderFormulas';
import { literal, moneyText, moneyWords, priceText, priceWords, quantityText, quantityWords } from './shapeText';

export const PRICE_LADDER_MODES = ['graduated', 'volume', 'stairstep'] as const;
export type PriceLadderMode = (typeof PRICE_LADDER_MODES)[number];

/** How a pricing manager names each mode. */
export const MODE_WORDS: Readonly<Record<PriceLadderMode, string>> = {
  graduated: 'Graduated (Stripe-style)',
  volume: 'Volume (Stripe-style)',
  stairstep: 'Stairstep (block pricing)',
};

/** Qualified ranges of the PriceBands table's columns. */
export interface PriceBandRefs {
  readonly ladder: string;
  readonly mode: string;
  readonly unitPrice: string;
  readonly flatFee: string;
  readonly above: string;
  readonly cap: string;
  readonly readsAs: string;
  readonly upTo: string;
  readonly wordsSoFar: string;
}

export interface PriceLaddersRefs {
  readonly bands: TableSpec;
  readonly refs: PriceBandRefs;
  readonly validations: readonly ValidationSpec[];
}

export const PRICE_BAND_COLUMNS = ['Ladder', 'Name', 'Mode', 'Band', 'Up to', 'Unit price', 'Flat fee', 'Above', 'Cap', 'Reads as', 'Band words', 'Words so far'] as const;
const C = Object.fromEntries(PRICE_BAND_COLUMNS.map((h, i) => [h, i])) as Record<(typeof PRICE_BAND_COLUMNS)[number], number>;

/** One band in words, as the Reads as formula writes it. */
function bandWords(model: Model, mode: PriceLadderMode, above: number, upTo: number | null, unitPrice: number, flatFee: number): string {
  const from = Number.isInteger(above) ? quantityWords(above + 1) : `over ${quantityWords(above)}`;
  const range = upTo === null ? `${from}+` : `${from}–${quantityWords(upTo)}`;
  if (mode === 'stairstep') return `${range}: ${moneyWords(model, flatFee === 0 ? unitPrice : flatFee)}`;
  return `${range} at ${priceWords(model, unitPrice)}${flatFee > 0 ? ` + ${moneyWords(model, flatFee)} fee` : ''}`;
}

/** A bounded band used in full, in the explanation's words: "40 × 8.10 + 10.00 fee" ("" for an unbounded band). */
function fullBandWords(model: Model, above: number, upTo: number | null, unitPrice: number, flatFee: number): string {
  if (upTo === null) return '';
  const units = quantityWords(toNumber(subtract(dec(upTo), dec(above))));
  return `${units} × ${priceWords(model, unitPrice)}${flatFee > 0 ? ` + ${moneyWords(model, flatFee)} fee` : ''}`;
}

/** A whole price ladder in words (what its last row's Reads as shows). */
export function ladderWords(model: Model, ladder: PriceLadderDefinition): string {
  return readings(model, ladder).at(-1) ?? '';
}

/** Each band's running reading. */
function readings(model: Model, l: PriceLadderDefinition): string[] {
  const out: string[] = [];
  l.bands.forEach((b, i) => {
    const words = bandWords(model, l.mode, l.bands[i - 1]?.upTo ?? 0, b.upTo, b.unitPrice, b.flatFee);
    out.push(i === 0 ? `${MODE_WORDS[l.mode]}: ${words}` : `${out[i - 1] ?? ''}, ${words}`);
  });
  return out;
}

export function buildPriceLadders(ctx: BuildContext, otherwise: CellAddress): PriceLaddersRefs {
  const { model } = ctx;
  const at = place(ctx, 'PriceBands', otherwise);
  const rows = model.priceLadders.flatMap((l) => {
    const words = readings(model, l);
    let soFar = '';
    return l.bands.map((b, i) => {
      const full = fullBandWords(model, l.bands[i - 1]?.upTo ?? 0, b.upTo, b.unitPrice, b.flatFee);
      soFar = i === 0 ? full : full === '' ? soFar : `${soFar} + ${full}`;
      return { l, b, i, words: words[i] ?? '', full, soFar };
    });
  });
  const bands: TableSpec = {
    name: 'PriceBands',
    at,
    style: 'TableStyleMedium4',
    caption: `Price ladders of tiered products (${model.currency}; Up to is inclusive, blank = no limit; stairstep: the band's flat fee, else its unit price, is the price of the whole quantity)`,
    columns: [
      col('Ladder', 'text', 'input', 'priceLadders[].id'),
      col('Name', 'text', 'input', 'priceLadders[].name'),
      col('Mode', 'text', 'input', 'priceLadders[].mode'),
      col('Band', 'integer', 'formula'),
      col('Up to', 'number', 'input', 'priceLadders[].bands[].upTo'),
      col('Unit price', 'money', 'input', 'priceLadders[].bands[].unitPrice'),
      col('Flat fee', 'money', 'input', 'priceLadders[].bands[].flatFee'),
      col('Above', 'number', 'formula'),
      col('Cap', 'number', 'formula'),
      col('Reads as', 'text', 'formula'),
      col('Band words', 'text', 'formula'),
      col('Words so far', 'text', 'formula'),
    ],
    rows: rows.map((r, i) => {
      const c = (k: number, row = i): string => tableCell({ at }, row, k);
      const same = i === 0 ? 'FALSE' : `${c(C.Ladder)}=${c(C.Ladder, i - 1)}`;
      const above = c(C.Above);
      const from = `IF(${above}=INT(${above}),${quantityText(`${above}+1`)},"over "&${quantityText(above)})`;
      const range = `${from}&IF(${c(C['Up to'])}="","+","–"&${quantityText(c(C['Up to']))})`;
      const fee = c(C['Flat fee']);
      const price = c(C['Unit price']);
      const words =
        `IF(${c(C.Mode)}="stairstep",${range}&": "&${moneyText(model, `IF(N(${fee})=0,${price},${fee})`)},` +
        `${range}&" at "&${priceText(model, price)}&IF(N(${fee})>0," + "&${moneyText(model, fee)}&" fee",""))`;
      const modeWords = `IF(${c(C.Mode)}="graduated",${literal(MODE_WORDS.graduated)},IF(${c(C.Mode)}="volume",${literal(MODE_WORDS.volume)},${literal(MODE_WORDS.stairstep)}))`;
      return [
        text(r.l.id),
        text(r.l.name),
        text(r.l.mode),
        i === 0 ? formula('=1', 1) : formula(`=IF(${same},${c(C.Band, i - 1)}+1,1)`, r.i + 1),
        numOrBlank(r.b.upTo),
        num(r.b.unitPrice),
        num(r.b.flatFee),
        i === 0 ? formula('=0', 0) : formula(`=IF(${same},N(${c(C['Up to'], i - 1)}),0)`, r.l.bands[r.i - 1]?.upTo ?? 0),
        formula(`=IF(${c(C['Up to'])}="",${UNBOUNDED_CAP},${c(C['Up to'])})`, r.b.upTo ?? 1e15),
        formula(i === 0 ? `=${modeWords}&": "&${words}` : `=IF(${same},${c(C['Reads as'], i - 1)}&", "&${words},${modeWords}&": "&${words})`, r.words),
        formula(
          `=IF(${c(C['Up to'])}="","",${quantityText(`${c(C.Cap)}-${above}`)}&" × "&${priceText(model, price)}&IF(N(${fee})>0," + "&${moneyText(model, fee)}&" fee",""))`,
          r.full,
        ),
        formula(
          i === 0 ? `=${c(C['Band words'])}` : `=IF(${same},${c(C['Words so far'], i - 1)}&IF(${c(C['Band words'])}="",""," + "&${c(C['Band words'])}),${c(C['Band words'])})`,
          r.soFar,
        ),
      ];
    }),
  };
  const range = (k: number): string => on(ctx, 'ladders', columnRange(bands, k));
  const n = Math.max(1, bands.rows.length);
  return {
    bands,
    refs: {
      ladder: range(C.Ladder),
      mode: range(C.Mode),
      unitPrice: range(C['Unit price']),
      flatFee: range(C['Flat fee']),
      above: range(C.Above),
      cap: range(C.Cap),
      readsAs: range(C['Reads as']),
      upTo: range(C['Up to']),
      wordsSoFar: range(C['Words so far']),
    },
    validations: [
      {
        range: { at: { row: at.row + 1, col: at.col + C.Mode }, rows: n, cols: 1 },
        source: { kind: 'values', values: [...PRICE_LADDER_MODES] },
        allowBlank: false,
        error: 'Pick graduated, volume or stairstep',
      },
    ],
  };
}

/** The price ladder's words, looked up live: the Reads as of its last band row (expression; "" when unknown). */
export function ladderWordsLookup(r: PriceBandRefs, ladderId: string): string {
  return `IFERROR(INDEX(${r.readsAs},MATCH(${ladderId},${r.ladder},0)+COUNTIF(${r.ladder},${ladderId})-1),"")`;
}
