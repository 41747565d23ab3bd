/**
 * The customer quote's PDF in the browser: pdfkit's browser-ready standalone build (as pdfkit documents
 * it for browsers) and the DejaVu Sans Condensed files the command line embeds, fetched as assets. This
 * module is only reached through import(), so pdfkit and the fonts load on the first download, in a chunk
 * of their own, and the task pane's first load does not carry them.
 */
import PDFDocument from 'pdfkit/js/pdfkit.standalone';
import type { CustomerQuote } from '../../engine/customerQuote';
import type { QuoteFontFiles } from '../../quoteDocument/quoteDocument';
import { quotePdfBytes } from '../../quoteDocument/quotePdfBytes';
import regularUrl from '../../../assets/fonts/DejaVuSansCondensed.ttf';
import boldUrl from '../../../assets/fonts/DejaVuSansCondensed-Bold.ttf';

async function fontBytes(url: string, face: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`the ${face} font could not be loaded (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!response.ok) throw new Error(`the ${face} font could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

let fonts: Promise<QuoteFontFiles> | null = null;

/** Both faces, fetched once; a failed fetch is tried again on the next download. */
function quoteFonts(): Promise<QuoteFontFiles> {
  fonts ??= Promise.all([fontBytes(regularUrl, 'regular'), fontBytes(boldUrl, 'bold')]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

/** The customer's part of the quote document on A4, as the command line's `tiercraft quote -o quote.pdf` writes it. */
export async function renderCustomerQuotePdf(customer: CustomerQuote): Promise<Uint8Array> {
  return quotePdfBytes(PDFDocument, await quoteFonts(), { customer }, 'a4');
}
