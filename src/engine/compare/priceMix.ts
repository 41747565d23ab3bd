/**
 * A book of business priced line by line, summed per party. Each row is priced as a quote line on the
 * model (partner purchases as the mix says, absent: 0); a row that cannot be priced is reported in
 * `errors`, naming the row, and left out of the sums, so one bad row does not hide the rest.
 */
import { type Decimal, dec, divide, subtract } from '../decimal';
import { isPricingError } from '../errors';
import type { Model, Quote } from '../model/schema';
import type { Mix, MixRow } from '../model/scenarioSchema';
import type { QuoteLineInput } from '../quote/linePlan';
import { type QuoteInput, pricingModel } from '../quote/priceQuote';
import { priceQuoteLine } from '../quote/priceQuoteLine';
import type { QuoteLineResult } from '../quote/types';
import { RATE_SCALE, roundMoney } from '../rounding/roundMoney';
import { compareMessages as m } from './messages';
import { type BookFigures, type BookImpact, type FigureChange, PARTY_NAMES, type PartyFigures, type PartyName } from './types';

/**
 * One line's figures in whole minor units: extended list, then revenue, pocket and margin of the vendor,
 * distributor, reseller and customer (a party absent from the line: 0).
 */
export type LineFigures = readonly bigint[];
const COLUMNS = 13;

/** Each line's figures (null: it could not be priced) and error, on the model that priced them. */
export interface PricedLines {
  readonly minorUnits: number;
  readonly figures: readonly (LineFigures | null)[];
  readonly errors: readonly (string | null)[];
}

/** The party figures of one priced line (see types.ts PartyFigures). */
function figuresOf(l: QuoteLineResult, mu: number, model: Model): LineFigures {
  // Every money figure of a priced line is at the minor unit already (see quote/types.ts).
  const at = (d: Decimal): bigint => (d.scale === mu ? d.units : roundMoney(d, mu, model.rounding.mode).units);
  const customer = at(l.customerPrice);
  const list = at(l.listPrice);
  const reseller = l.resellerBuy !== null && l.resellerMargin !== null;
  const distributor = l.resellerBuy !== null && l.distributorBuy !== null && l.distributorMargin !== null;
  const resellerBuy = l.resellerBuy === null ? 0n : at(l.resellerBuy);
  return [
    list,
    at(l.vendorInvoice),
    at(l.vendorNet),
    at(l.vendorMargin.amount),
    distributor ? resellerBuy : 0n,
    distributor ? resellerBuy : 0n,
    distributor && l.distributorMargin !== null ? at(l.distributorMargin.amount) : 0n,
    reseller ? customer : 0n,
    reseller ? customer + at(l.rebate) + at(l.mdf) + at(l.coop) : 0n,
    reseller && l.resellerMargin !== null ? at(l.resellerMargin.amount) : 0n,
    customer,
    customer,
    list - customer,
  ];
}

/** The model lines are priced on: the reference, or its market, with the quote's partner purchases. */
export const linesModel = (reference: Model, quote: Pick<QuoteInput, 'market' | 'partnerPurchases'>): Model => pricingModel(reference, { ...quote, lines: [] });

/**
 * Each line priced on the model (each as `describe(i)` says when it fails); `reuse(i)` may give a
 * line's figures and error from an earlier pricing known to be the same, instead of pricing it again.
 */
export function priceEach(
  model: Model,
  lines: readonly QuoteLineInput[],
  describe: (index: number) => string,
  reuse?: (index: number) => { figures: LineFigures | null; error: string | null } | null,
): PricedLines {
  const mu = model.rounding.minorUnits;
  const figures: (LineFigures | null)[] = [];
  const errors: (string | null)[] = [];
  lines.forEach((line, i) => {
    const known = reuse?.(i) ?? null;
    if (known !== null) {
      figures.push(known.figures);
      errors.push(known.error);
      return;
    }
    try {
      figures.push(figuresOf(priceQuoteLine(model, line), mu, model));
      errors.push(null);
    } catch (e) {
      if (!isPricingError(e)) throw e;
      figures.push(null);
      errors.push(`${describe(i)}: ${e.message}`);
    }
  });
  return { minorUnits: mu, figures, errors };
}

/**
 * The lines' figures summed per party. A quote's minimum commitment (rounded like money) above the
 * lines' customer prices adds the difference, the true-up, to what the customer pays and to the
 * vendor's revenue, pocket and margin, as quoteTotals does: the vendor bills it directly.
 */
export function totalOf(priced: PricedLines, minimum?: { amount: number; model: Model }): BookFigures {
  const s: bigint[] = new Array<bigint>(COLUMNS).fill(0n);
  let lines = 0;
  for (const f of priced.figures) {
    if (f === null) continue;
    lines += 1;
    for (let k = 0; k < COLUMNS; k++) s[k] = (s[k] ?? 0n) + (f[k] ?? 0n);
  }
  const at = (k: number): bigint => s[k] ?? 0n;
  let trueUp = 0n;
  if (minimum !== undefined) {
    const least = roundMoney(dec(minimum.amount), priced.minorUnits, minimum.model.rounding.mode).units;
    trueUp = least > at(10) ? least - at(10) : 0n;
  }
  const money = (units: bigint): Decimal => ({ units, scale: priced.minorUnits });
  const party = (k: number, add: bigint, addMargin: bigint): PartyFigures => ({ revenue: money(at(k) + add), pocket: money(at(k + 1) + add), margin: money(at(k + 2) + addMargin) });
  return {
    lines,
    extendedList: money(at(0)),
    parties: { vendor: party(1, trueUp, trueUp), distributor: party(4, 0n, 0n), reseller: party(7, 0n, 0n), customer: party(10, trueUp, -trueUp) },
    errors: priced.errors.filter((e): e is string => e !== null),
  };
}

const itemText = (item: MixRow['item']): string => ('sku' in item ? item.sku : item.bundle);

/** `mix row 4 (BK-STD)`: a row as a spreadsheet user counts it. */
export const mixRowText = (mix: Mix) => (i: number): string => {
  const row = mix.rows[i];
  return m.mixRow(i + 1, row === undefined ? '' : itemText(row.item));
};

/** The model the mix is priced on: its partner purchases (absent: 0) pick rebate tiers and MDF caps. */
export const mixModel = (model: Model, mix: Mix): Model => linesModel(model, { partnerPurchases: mix.partnerPurchases ?? 0 });

/** The mix priced on the model, per party: each row a quote line (a row is one as it is), with the mix's partner purchases (absent: 0). */
export function priceMix(model: Model, mix: Mix): BookFigures {
  return totalOf(priceEach(mixModel(model, mix), mix.rows, mixRowText(mix)));
}

/** The model's quote priced per party (in its market, with its partner purchases and minimum commitment); null when it has no lines. */
export function priceModelQuote(model: Model, quote: Quote = model.quote): BookFigures | null {
  if (quote.lines.length === 0) return null;
  const priced = linesModel(model, quote);
  const lines = priceEach(priced, quote.lines, (i) => `quote.lines[${i}]`);
  return totalOf(lines, quote.minimumCommitment === undefined ? undefined : { amount: quote.minimumCommitment, model: priced });
}

/** other − base, and the change as a share of |base| (10 decimals; null when base is 0). */
export function figureChange(base: Decimal, other: Decimal): FigureChange {
  const change = subtract(other, base);
  const magnitude = base.units < 0n ? { units: -base.units, scale: base.scale } : base;
  return { base, other, change, changePct: base.units === 0n ? null : divide(change, magnitude, RATE_SCALE) };
}

/** Each party's figures on two books side by side. */
export function bookImpact(base: BookFigures, other: BookFigures): BookImpact {
  const parties = PARTY_NAMES.map((party: PartyName) => {
    const b = base.parties[party];
    const o = other.parties[party];
    return { party, revenue: figureChange(b.revenue, o.revenue), pocket: figureChange(b.pocket, o.pocket), margin: figureChange(b.margin, o.margin) };
  });
  return { base, other, parties };
}
