/**
 * The quote document: the customer's part, finance's part after it when asked for, and on every page a
 * footer with the vendor, the quote number and "Page x of y" (finance's pages marked internal). Laid out
 * on a pdfkit document the caller creates with quoteDocumentOptions (the pages must be buffered for the
 * page count) and ends: no Node I/O here, so a browser can run it with pdfkit's standalone build.
 */
import type { CustomerQuote, InternalQuote } from '../engine/customerQuote';
import { writeCustomerPart } from './customerPart';
import { writeInternalPart } from './internalPart';
import { MARGIN, PAPER, type Paper, type QuoteFontFiles, footers, registerQuoteFonts } from './page';

export { PAPER, PAPERS, type Paper, type QuoteFontFiles } from './page';
export { INTERNAL_TITLE } from './internalPart';

/** The options to create the document with: the paper, buffered pages, the title and author for the PDF's properties. */
export function quoteDocumentOptions(quote: CustomerQuote, paper: Paper): PDFKit.PDFDocumentOptions {
  return {
    size: PAPER[paper],
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    displayTitle: true,
    info: { Title: quote.number === '' ? 'Quote' : `Quote ${quote.number}`, Author: quote.vendor.name, Subject: `Quote for ${quote.customer.name}`, Creator: 'Tiercraft' },
  };
}

export interface QuoteDocumentParts {
  readonly customer: CustomerQuote;
  /** Finance's view: given only for an internal copy. */
  readonly internal?: InternalQuote;
}

/** Lays the quote out on `doc` (created with quoteDocumentOptions); the caller ends the document. */
export function layOutQuote(doc: PDFKit.PDFDocument, fonts: QuoteFontFiles, parts: QuoteDocumentParts): void {
  registerQuoteFonts(doc, fonts);
  const { customer, internal } = parts;
  writeCustomerPart(doc, customer);
  const customerPages = doc.bufferedPageRange().count;
  if (internal !== undefined) writeInternalPart(doc, internal);
  const who = [customer.vendor.name, customer.number === '' ? '' : `Quote ${customer.number}`].filter((s) => s !== '').join(' · ');
  footers(doc, (page, pages) => ({
    left: who,
    ...(page > customerPages ? { centre: 'Internal — not for the customer' } : {}),
    right: `Page ${page} of ${pages}`,
  }));
}
