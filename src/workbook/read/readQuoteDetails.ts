/**
 * Read-back of the QuoteDetails table (Customer quote sheet) into the quote: number, date, valid until,
 * the vendor's and the customer's details, currency note, payment terms and notes; a blank value leaves
 * the field out. A date typed in Excel (a date serial) is written back as yyyy-mm-dd. A quote without the
 * customer's details gains them only when an address, contact or e-mail is typed (until then the To row
 * shows the quote's customer, Quote!B3, which stays the customer's name). Dates and their order are checked with the model.
 */
import type { ModelInput } from '../../engine/model/schema';
import { QUOTE_DETAILS, type QuoteDetail } from '../build/customerQuoteDetails';
import type { RowReader } from './cells';
import { readMessages as m } from './messages';

type Quote = NonNullable<ModelInput['quote']>;

/** Excel's date serial (1900 date system: day 1 is 1900-01-01, counted from 1899-12-30) as yyyy-mm-dd. */
const serialDate = (n: number): string => new Date(Date.UTC(1899, 11, 30) + Math.round(n) * 86_400_000).toISOString().slice(0, 10);

export function readQuoteDetails(table: (name: string, required: readonly string[]) => RowReader[] | undefined, out: Record<string, unknown>, issues: string[]): void {
  const rows = table('QuoteDetails', ['Detail', 'Value']);
  if (!rows) return;
  const labels: readonly string[] = QUOTE_DETAILS.map(([label]) => label);
  const read = new Map<QuoteDetail, string>();
  for (const r of rows) {
    const label = r.text('Detail')?.trim() ?? '';
    if (!labels.includes(label)) {
      issues.push(m.unknownDetail(r.where('Detail'), label));
      continue;
    }
    const dateLike = label === 'Date' || label === 'Valid until';
    const typed = r.text('Value');
    const v = dateLike && typed !== undefined && /^\s*\d{1,6}(\.\d+)?\s*$/.test(typed) ? serialDate(Number(typed)) : typed;
    if (v !== undefined && v.trim() !== '') read.set(label as QuoteDetail, label === 'From address' || label === 'To address' || label === 'Notes' ? v : v.trim());
  }
  const quote = { ...((out.quote as Quote | undefined) ?? { customer: '', lines: [] }) };
  const set = <K extends keyof Quote>(key: K, value: Quote[K] | undefined): void => {
    if (value === undefined) delete quote[key];
    else quote[key] = value;
  };
  const contact = (prefix: 'From' | 'To') => ({
    name: read.get(prefix) ?? '',
    address: read.get(`${prefix} address`) ?? '',
    contact: read.get(`${prefix} contact`) ?? '',
    email: read.get(`${prefix} e-mail`) ?? '',
  });
  set('number', read.get('Quote number'));
  set('date', read.get('Date'));
  set('validUntil', read.get('Valid until'));
  const vendor = contact('From');
  set('vendor', Object.values(vendor).some((x) => x !== '') ? vendor : undefined);
  const customer = contact('To');
  const more = customer.address !== '' || customer.contact !== '' || customer.email !== '' || quote.customerDetails !== undefined;
  set('customerDetails', more ? customer : undefined);
  set('currencyNote', read.get('Currency note'));
  set('terms', read.get('Payment terms'));
  set('notes', read.get('Notes'));
  out.quote = quote;
}
