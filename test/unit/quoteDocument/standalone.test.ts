/**
 * The quote document's layout (src/quoteDocument) is kept free of Node I/O so that a browser can run it:
 * it imports no Node module, and it lays a quote out on pdfkit's standalone (browser) build given only
 * the fonts' bytes, through quotePdfBytes as the playground does.
 */
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit/js/pdfkit.standalone';
import { customerQuote, loadQuoteFile, priceQuote } from '../../../src/engine';
import { quotePdfBytes } from '../../../src/quoteDocument/quotePdfBytes';
import { example, load } from '../../support/models';
import { amountRow, pdfInfo, pdfLayout } from '../cli/pdfText';

const FOLDER = join(__dirname, '../../../src/quoteDocument');
const fontBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../../../assets/fonts', file)));

describe('the quote document layout', () => {
  it.each(readdirSync(FOLDER))('%s imports only the engine and its own modules', (file) => {
    const imports = [...readFileSync(join(FOLDER, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    expect(imports.filter((i) => !/^(\.\.\/engine\/|\.\/\w+$)/.test(i))).toEqual([]);
  });

  it("lays the quote out on pdfkit's standalone build, on Letter paper", async () => {
    const quote = JSON.parse(readFileSync(join(__dirname, '../../../examples/northwind.quote.json'), 'utf8')) as unknown;
    const file = loadQuoteFile(quote, load(example()));
    if (!file.ok) throw new Error('the example quote file is invalid');
    const customer = customerQuote(file.model, priceQuote(file.model), file.quote);
    // The playground's path (src/playground/quotePdf/renderQuotePdf.ts): the same bytes maker, the standalone build.
    const bytes = await quotePdfBytes(PDFDocument, { regular: fontBytes('DejaVuSansCondensed.ttf'), bold: fontBytes('DejaVuSansCondensed-Bold.ttf') }, { customer }, 'letter');
    const dir = mkdtempSync(join(tmpdir(), 'tiercraft-pdf-'));
    try {
      writeFileSync(join(dir, 'quote.pdf'), bytes);
      expect(pdfInfo(join(dir, 'quote.pdf'))['Page size']).toBe('612 x 792 pts (letter)');
      expect(pdfLayout(join(dir, 'quote.pdf'))).toMatch(amountRow('Total (USD)', '34,849.32'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
