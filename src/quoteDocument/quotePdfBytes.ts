/**
 * The quote document as PDF bytes, on whichever pdfkit build the caller has: Node's `pdfkit` for the
 * command line, pdfkit's browser-ready standalone build for the playground. Both run this same code over
 * the same layout (quoteDocument.ts), so the playground's PDF is the document the command line writes.
 */
import { type Paper, type QuoteDocumentParts, type QuoteFontFiles, layOutQuote, quoteDocumentOptions } from './quoteDocument';

/** pdfkit's document class, from either build. */
export type PdfDocumentClass = new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/** The PDF of the quote's parts on `paper`, its text set in `fonts`. */
export function quotePdfBytes(PDFDocument: PdfDocumentClass, fonts: QuoteFontFiles, parts: QuoteDocumentParts, paper: Paper): Promise<Uint8Array> {
  const doc = new PDFDocument(quoteDocumentOptions(parts.customer, paper));
  const chunks: Uint8Array[] = [];
  const bytes = new Promise<Uint8Array>((done, fail) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => done(joined(chunks)));
    doc.on('error', fail);
  });
  layOutQuote(doc, fonts, parts);
  doc.end();
  return bytes;
}
