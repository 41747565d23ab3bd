/**
 * `tiercraft quote … -o quote.pdf`: the quote document (src/quoteDocument) rendered by pdfkit into PDF
 * bytes. The text is set in DejaVu Sans Condensed, embedded (subset) from assets/fonts — kept in the
 * repository so that every machine has a face with €, £, ¥, ₹ and the other currency signs, whatever
 * fonts the system has; pdfkit's built-in PDF fonts cover only Windows-1252 and are not embedded.
 * Text stays text: the PDF's words can be selected, searched and extracted.
 */
import PDFDocument from 'pdfkit';
import type { Paper, QuoteDocumentParts } from '../quoteDocument/quoteDocument';
import { quotePdfBytes } from '../quoteDocument/quotePdfBytes';
import { readBytes } from './files';
import { packageFile } from './packageFiles';

export const QUOTE_FONT_FILES = {
  regular: packageFile('assets', 'fonts', 'DejaVuSansCondensed.ttf'),
  bold: packageFile('assets', 'fonts', 'DejaVuSansCondensed-Bold.ttf'),
} as const;

/** The PDF of the quote's parts on `paper`. */
export async function quotePdf(parts: QuoteDocumentParts, paper: Paper): Promise<Uint8Array> {
  const fonts = { regular: await readBytes(QUOTE_FONT_FILES.regular), bold: await readBytes(QUOTE_FONT_FILES.bold) };
  return quotePdfBytes(PDFDocument, fonts, parts, paper);
}
