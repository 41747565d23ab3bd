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
import { RATE_SCALE, roundMoney } from '../rounding/roundMoney';
import { compareMessages as m } from './messages';
import { type BookFigures, type BookImpact, type FigureChange, PARTY_NAMES, type PartyFigures, type PartyName } from './types';

/** Running sums in whole minor units. */
interface Sums {
  lines: number;
  list: bigint;
  vendor: [bigint, bigint, bigint];
  distributor: [bigint, bigint, bigint];
  reseller: [bigint, bigint, bigint];
  customer: [bigint, bigint, bigint];
}

const itemText = (item: MixRow['item']): string => ('sku' in item ? item.sku : item.bundle);

/** A mix row as the quote line it is priced as. */
export function rowLine(row: MixRow): QuoteLineInput {
  const line: QuoteLineInput = { item: row.item, term: row.term, channel: row.channel, quantity: row.quantity, dealRegistration: row.dealRegistration, discount: row.discount };
  return { ...line, ...(row.tier === undefined ? {} : { tier: row.tier }), ...(row.level === undefined ? {} : { level: row.level }) };
}

/**
 * Lines priced on the model (each as `describe(i)` says when it fails) and summed per party. `trueUpTo`
 * is a quote's minimum commitment: a smaller total customer price is topped up, billed by the vendor
 * (as quoteTotals does).
 */
export function priceLines(
  reference: Model,
  quote: Pick<QuoteInput, 'market' | 'partnerPurchases' | 'minimumCommitment'>,
  lines: readonly QuoteLineInput[],
  describe: (index: number) => string,
): BookFigures {
  const model = pricingModel(reference, { ...quote, lines: [] });
  const mu = model.rounding.minorUnits;
  const s: Sums = { lines: 0, list: 0n, vendor: [0n, 0n, 0n], distributor: [0n, 0n, 0n], reseller: [0n, 0n, 0n], customer: [0n, 0n, 0n] };
  const at = (d: Decimal): bigint => roundMoney(d, mu).units;
  const errors: string[] = [];
  lines.forEach((line, i) => {
    try {
      const l = priceQuoteLine(model, line);
      const customer = at(l.customerPrice);
      const list = at(l.listPrice);
      s.lines += 1;
      s.list += list;
      s.vendor[0] += at(l.vendorInvoice);
      s.vendor[1] += at(l.vendorNet);
      s.vendor[2] += at(l.vendorMargin.amount);
      if (l.resellerBuy !== null && l.resellerMargin !== null) {
        s.reseller[0] += customer;
        s.reseller[1] += customer + at(l.rebate) + at(l.mdf) + at(l.coop);
        s.reseller[2] += at(l.resellerMargin.amount);
      }
      if (l.resellerBuy !== null && l.distributorBuy !== null && l.distributorMargin !== null) {
        s.distributor[0] += at(l.resellerBuy);
        s.distributor[1] += at(l.resellerBuy);
        s.distributor[2] += at(l.distributorMargin.amount);
      }
      s.customer[0] += customer;
      s.customer[1] += customer;
      s.customer[2] += list - customer;
    } catch (e) {
      if (!isPricingError(e)) throw e;
      errors.push(`${describe(i)}: ${e.message}`);
    }
  });
  if (quote.minimumCommitment !== undefined) {
    const minimum = roundMoney(dec(quote.minimumCommitment), mu, model.rounding.mode).units;
    const trueUp = minimum > s.customer[0] ? minimum - s.customer[0] : 0n;
    for (const party of [s.vendor, s.customer]) {
      party[0] += trueUp;
      party[1] += trueUp;
    }
    s.vendor[2] += trueUp;
    s.customer[2] -= trueUp;
  }
  const money = (units: bigint): Decimal => ({ units, scale: mu });
  const figures = ([revenue, pocket, margin]: [bigint, bigint, bigint]): PartyFigures => ({ revenue: money(revenue), pocket: money(pocket), margin: money(margin) });
  return {
    lines: s.lines,
    extendedList: money(s.list),
    parties: { vendor: figures(s.vendor), distributor: figures(s.distributor), reseller: figures(s.reseller), customer: figures(s.customer) },
    errors,
  };
}

/** The mix priced on the model, per party: each row a quote line, with the mix's partner purchases (absent: 0). */
export function priceMix(model: Model, mix: Mix): BookFigures {
  const purchases = mix.partnerPurchases ?? 0;
  return priceLines(model, { partnerPurchases: purchases }, mix.rows.map(rowLine), (i) => {
    const row = mix.rows[i];
    return m.mixRow(i + 1, row === undefined ? '' : itemText(row.item));
  });
}

/** The model's quote priced per party (in its market, with its partner purchases and minimum commitment); null when it has no lines. */
export function priceModelQuote(model: Model, quote: Quote = model.quote): BookFigures | null {
  if (quote.lines.length === 0) return null;
  return priceLines(model, quote, quote.lines, (i) => `quote.lines[${i}]`);
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
