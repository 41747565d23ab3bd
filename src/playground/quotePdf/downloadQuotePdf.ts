/**
 * The playground's "Download quote PDF": the engine's customer view of the model's quote
 * (customerQuote over priceQuote, as the Customer quote sheet and the command line take it), rendered by
 * the lazily loaded PDF renderer and handed to the browser as a download.
 */
import { customerQuote, isPricingError, priceQuote, type CustomerQuote } from '../../engine';
import type { Model } from '../../engine/model/schema';
import { saveFile } from '../saveFile';
import { quotePdfName } from './quotePdfName';

/** The customer's view of the model's quote, or an error saying why the quote cannot be priced. */
export function customerView(model: Model): CustomerQuote {
  if (model.quote.lines.length === 0) throw new Error('the quote has no lines: add a line in the Quote panel.');
  try {
    return customerQuote(model, priceQuote(model));
  } catch (e) {
    if (isPricingError(e)) throw new Error(`the quote cannot be priced: ${e.message}`);
    throw e;
  }
}

/** Prices the quote, makes its PDF and downloads it; resolves with the file's name. */
export async function downloadQuotePdf(model: Model): Promise<string> {
  const customer = customerView(model);
  const { renderCustomerQuotePdf } = await import(/* webpackChunkName: "quote-pdf" */ './renderQuotePdf');
  const fileName = quotePdfName(customer);
  saveFile(await renderCustomerQuotePdf(customer), fileName, 'application/pdf');
  return fileName;
}
