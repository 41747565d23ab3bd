/** The file name a downloaded customer quote is saved under: "Quote Q-2026-0142 Contoso.pdf". */
/** Characters no common file system takes in a name (Windows' reserved set and control characters). */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const LONGEST = 120;

/** The quote's number and customer, made safe as one file name (never empty, never hidden, never too long). */
export function quotePdfName(quote: { readonly number: string; readonly customer: { readonly name: string } }): string {
  const words = ['Quote', quote.number, quote.customer.name]
    .map((w) => w.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim())
    .filter((w) => w !== '');
  const stem = words.join(' ').slice(0, LONGEST).replace(/^[.\s]+|[.\s]+$/g, '');
  return `${stem === '' ? 'Quote' : stem}.pdf`;
}
