/**
 * The quote's details on the Customer quote sheet, as an input table (QuoteDetails: Detail, Value) that
 * both renderers read back like any table (read/readQuoteDetails.ts): number, dates, the vendor's and the
 * customer's details, the currency note, payment terms and notes. Dates are written as text, yyyy-mm-dd.
 */
import type { Quote } from '../../engine/model/schema';
import type { CellAddress, TableSpec } from '../spec';
import { col, text, textOrBlank } from './cells';

/** Each detail's label and where it stands in the quote. */
export const QUOTE_DETAILS = [
  ['Quote number', (q: Quote) => q.number],
  ['Date', (q: Quote) => q.date],
  ['Valid until', (q: Quote) => q.validUntil],
  ['From', (q: Quote) => q.vendor?.name],
  ['From address', (q: Quote) => q.vendor?.address],
  ['From contact', (q: Quote) => q.vendor?.contact],
  ['From e-mail', (q: Quote) => q.vendor?.email],
  ['To', (q: Quote) => q.customerDetails?.name ?? q.customer],
  ['To address', (q: Quote) => q.customerDetails?.address],
  ['To contact', (q: Quote) => q.customerDetails?.contact],
  ['To e-mail', (q: Quote) => q.customerDetails?.email],
  ['Currency note', (q: Quote) => q.currencyNote],
  ['Payment terms', (q: Quote) => q.terms],
  ['Notes', (q: Quote) => q.notes],
] as const satisfies readonly (readonly [string, (q: Quote) => string | undefined])[];

export type QuoteDetail = (typeof QUOTE_DETAILS)[number][0];

export function detailsTable(quote: Quote, at: CellAddress): TableSpec {
  return {
    name: 'QuoteDetails',
    at,
    style: 'TableStyleLight1',
    columns: [col('Detail', 'text', 'label'), col('Value', 'text', 'input', 'quote.number / date / validUntil / vendor / customerDetails / currencyNote / terms / notes')],
    rows: QUOTE_DETAILS.map(([label, pick]) => [text(label), textOrBlank(pick(quote))]),
  };
}
