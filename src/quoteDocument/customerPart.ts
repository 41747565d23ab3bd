/**
 * The customer's part of the quote document: the vendor's and the customer's details, the quote's
 * number, date, validity and currency; each line with its tier maths in words, term, quantity, the
 * discounts as the customer sees them and the price; the totals; payment terms and notes. It is written
 * from customerQuote's result only, which holds no cost, margin, buy price, fund or partner figure.
 */
import type { CustomerQuote, CustomerQuoteLine } from '../engine/customerQuote';
import type { Contact } from '../engine/model/approvalSchema';
import { type AmountRow, SIZE, amountRows, amountRowsHeight, contentWidth, heightOf, left, less, paragraphs, room, rule, textAt } from './page';

const contactLines = (c: Contact): string => [c.name, c.address, c.contact, c.email].filter((s) => s.trim() !== '').join('\n');

/** The quote's title, its number, and the vendor's and customer's details side by side. */
function heading(doc: PDFKit.PDFDocument, quote: CustomerQuote): void {
  const x = left(doc);
  const width = contentWidth(doc);
  let y = textAt(doc, 'Quote', x, doc.y, width / 2, { face: 'bold', size: SIZE.title });
  textAt(doc, quote.number, x + width / 2, doc.page.margins.top + 6, width / 2, { face: 'bold', size: SIZE.heading, align: 'right' });
  y += 10;
  const column = width / 2 - 12;
  const from = contactLines(quote.vendor);
  const to = contactLines(quote.customer);
  textAt(doc, 'From', x, y, column, { face: 'bold', grey: true, size: SIZE.small });
  textAt(doc, 'To', x + width / 2, y, column, { face: 'bold', grey: true, size: SIZE.small });
  y += heightOf(doc, 'To', column, { size: SIZE.small }) + 2;
  const below = Math.max(textAt(doc, from, x, y, column), textAt(doc, to, x + width / 2, y, column));
  doc.y = below + 12;
}

/** Number, date, validity and currency (with its note below it) in one row of four. */
function details(doc: PDFKit.PDFDocument, quote: CustomerQuote): void {
  const fields: [string, string, string][] = [
    ['Quote number', quote.number, ''],
    ['Date', quote.date, ''],
    ['Valid until', quote.validUntil, ''],
    ['Currency', quote.currency, quote.currencyNote],
  ];
  const shown = fields.filter(([, v]) => v !== '');
  const x = left(doc);
  const width = contentWidth(doc);
  const cell = width / shown.length;
  const y = doc.y;
  rule(doc, y - 4);
  let below = y;
  shown.forEach(([label, value, note], i) => {
    const at = textAt(doc, label, x + i * cell, y, cell - 8, { size: SIZE.small, grey: true });
    const under = textAt(doc, value, x + i * cell, at + 1, cell - 8, { face: 'bold' });
    below = Math.max(below, textAt(doc, note, x + i * cell, under, cell - 8, { size: SIZE.small }));
  });
  rule(doc, below + 4);
  doc.y = below + 16;
}

/** A line's amounts: list, each discount it has, the price (and per unit). */
export function lineAmounts(line: CustomerQuoteLine): AmountRow[] {
  const rows: AmountRow[] = [{ label: 'List', amount: line.list.text }];
  if (line.volumeDiscount.amount.units !== 0n) rows.push({ label: 'Volume discount', amount: less(line.volumeDiscount.text) });
  if (line.termDiscount.amount.units !== 0n) rows.push({ label: 'Term discount', amount: less(line.termDiscount.text) });
  if (line.yourDiscount.amount.units !== 0n) rows.push({ label: 'Your discount', amount: less(line.yourDiscount.text) });
  rows.push({ label: 'Price', amount: line.customerPrice.text, bold: true });
  return rows;
}

/** What the line is, in words: the tier maths, the term and quantity, a bundle's contents. */
export function lineWords(line: CustomerQuoteLine): string[] {
  const months = line.months > 0 ? ` (${line.months} ${line.months === 1 ? 'month' : 'months'})` : '';
  const words = [`List: ${line.explanation}`, `Term: ${line.term}${months} · quantity ${line.quantity.text} · ${line.customerUnitPrice.text} each`];
  if (line.trueUp.amount.units !== 0n) words.push(`The list includes ${line.trueUp.text} to reach the line's minimum charge.`);
  if (line.components.length > 0) words.push(`Each bundle: ${line.components.map((c) => `${c.perBundle.text} × ${c.name}`).join(', ')}`);
  return words;
}

function lines(doc: PDFKit.PDFDocument, quote: CustomerQuote): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const words = width * 0.58;
  const amounts = width * 0.38;
  const amountsX = x + width - amounts;
  const headingRow = (): void => {
    const y = doc.y;
    textAt(doc, 'Item', x, y, words, { face: 'bold', size: SIZE.small, grey: true });
    textAt(doc, `Amount (${quote.currency})`, amountsX, y, amounts, { face: 'bold', size: SIZE.small, grey: true, align: 'right' });
    doc.y = y + heightOf(doc, 'Item', words, { size: SIZE.small }) + 3;
    rule(doc, doc.y - 1);
    doc.y += 4;
  };
  room(doc, 60);
  headingRow();
  quote.lines.forEach((line, i) => {
    const title = `${i + 1}. ${line.item}`;
    const text = lineWords(line).join('\n');
    const rows = lineAmounts(line);
    const height = Math.max(heightOf(doc, title, words, { face: 'bold' }) + heightOf(doc, text, words), amountRowsHeight(doc, rows, amounts));
    const page = doc.page;
    room(doc, height + 10);
    if (doc.page !== page) headingRow();
    const y = doc.y;
    const below = textAt(doc, text, x, textAt(doc, title, x, y, words, { face: 'bold' }), words);
    const belowAmounts = amountRows(doc, rows, amountsX, y, amounts);
    doc.y = Math.max(below, belowAmounts) + 5;
    rule(doc, doc.y - 2);
    doc.y += 5;
  });
}

/** The quote's totals: list less each kind of discount, the subtotal, any true-up, the total. */
export function totalRows(quote: CustomerQuote): AmountRow[] {
  const t = quote.totals;
  const rows: AmountRow[] = [{ label: 'List', amount: t.list.text }];
  if (t.volumeDiscount.amount.units !== 0n) rows.push({ label: 'Volume discounts', amount: less(t.volumeDiscount.text) });
  if (t.termDiscount.amount.units !== 0n) rows.push({ label: 'Term discounts', amount: less(t.termDiscount.text) });
  if (t.yourDiscount.amount.units !== 0n) rows.push({ label: 'Your discount', amount: less(t.yourDiscount.text) });
  if (t.trueUp.amount.units !== 0n) {
    rows.push({ label: 'Subtotal', amount: t.subtotal.text });
    rows.push({ label: 'To the minimum commitment', amount: t.trueUp.text });
  }
  rows.push({ label: `Total (${quote.currency})`, amount: t.total.text, bold: true });
  return rows;
}

function totals(doc: PDFKit.PDFDocument, quote: CustomerQuote): void {
  const width = contentWidth(doc) * 0.45;
  const x = left(doc) + contentWidth(doc) - width;
  const rows = totalRows(quote);
  room(doc, amountRowsHeight(doc, rows, width) + 16);
  doc.y = amountRows(doc, rows, x, doc.y + 4, width) + 16;
}

/** Writes the customer's part from the cursor on; the caller has registered the fonts and opened the first page. */
export function writeCustomerPart(doc: PDFKit.PDFDocument, quote: CustomerQuote): void {
  heading(doc, quote);
  details(doc, quote);
  lines(doc, quote);
  totals(doc, quote);
  if (quote.terms !== '') paragraphs(doc, [{ text: 'Payment terms', style: { face: 'bold' } }, { text: quote.terms }]);
  if (quote.notes !== '') paragraphs(doc, [{ text: 'Notes', style: { face: 'bold' } }, { text: quote.notes }]);
}
