/**
 * "Download quote PDF" in the playground, as sales ops use it: the starter model's quote (Contoso, two
 * distribution lines) is given a number in the Quote panel, the PDF is downloaded from beside the totals,
 * and its text (poppler's pdftotext) carries the engine's customerQuote figures, no internal figure, and
 * is word for word the PDF `tiercraft quote model.json -o quote.pdf` writes for the same model; pdfkit and
 * the fonts are fetched on that first download, not with the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerQuote, priceQuote } from '../../../src/engine';
import { quotePdf } from '../../../src/cli/quotePdf';
import { STARTER_MODEL } from '../../../src/taskpane/state/starterModel';
import { validateModel } from '../../../src/taskpane/state/validateModel';
import { amountRow, pdfInfo, pdfLayout, pdfText } from '../../unit/cli/pdfText';
import { openPanel, openPlayground, pane, screenshot, stopServer, type Session } from './support/playground';

jest.setTimeout(240_000);

const NUMBER = 'Q-2026-0142';
let session: Session;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiercraft-quote-pdf-'));
});
afterEach(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});
afterAll(async () => {
  await stopServer();
});

/** The engine's customer view of the starter model's quote, numbered as in the test. */
function engineView(): ReturnType<typeof customerQuote> {
  const model = validateModel({ ...STARTER_MODEL, quote: { customer: '', lines: [], ...STARTER_MODEL.quote, number: NUMBER } }).model;
  if (!model) throw new Error('the starter model is invalid');
  return customerQuote(model, priceQuote(model));
}

describe('Download quote PDF in the playground', () => {
  it('downloads the customer quote: the engine’s figures, no internal ones, the same text as the command line’s PDF', async () => {
    session = await openPlayground({ height: 1100 });
    const { page } = session;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const pdfFiles = (): string[] => requested.filter((path) => /vendor-pdfkit|quote-pdf|\.ttf$/.test(path));
    await openPanel(page, 'Quote');
    await pane(page).getByLabel('Quote number').fill(NUMBER);
    const action = pane(page).getByRole('button', { name: 'Download quote PDF' });
    await action.waitFor();
    // pdfkit and the fonts are not part of the page's load: they come with the first download.
    expect(pdfFiles()).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), action.click()]);
    expect(download.suggestedFilename()).toBe(`Quote ${NUMBER} Contoso.pdf`);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await pane(page).getByText(`Downloaded Quote ${NUMBER} Contoso.pdf.`).waitFor();
    await action.scrollIntoViewIfNeeded();
    await screenshot(page, 'playground-quote-pdf');
    expect(pdfFiles()).toEqual(expect.arrayContaining([expect.stringMatching(/vendor-pdfkit/), expect.stringMatching(/quote-pdf/), expect.stringMatching(/DejaVuSansCondensed\.\w+\.ttf$/), expect.stringMatching(/DejaVuSansCondensed-Bold\.\w+\.ttf$/)]));

    const engine = engineView();
    expect(engine.lines).toHaveLength(2);
    const layout = pdfLayout(file);
    expect(layout).toMatch(amountRow(`Total (${engine.currency})`, engine.totals.total.text));
    for (const line of engine.lines) {
      expect(layout).toMatch(amountRow('List', line.list.text));
      expect(layout).toMatch(amountRow('Price', line.customerPrice.text));
      expect(layout).toContain(`${line.customerUnitPrice.text} each`);
    }
    // The pane's totals, beside the action, show the same customer price.
    expect(await pane(page).getByTestId('quote-totals').getByRole('row', { name: /^Customer price/ }).innerText()).toContain(engine.totals.total.text);
    const text = pdfText(file);
    expect(text).toContain(`Quote ${NUMBER}`);
    expect(text).not.toMatch(/margin|cost|rebate/i);
    expect(pdfInfo(file)['Page size']).toMatch(/\(A4\)/);

    const cli = join(dir, 'cli.pdf');
    writeFileSync(cli, await quotePdf({ customer: engine }, 'a4'));
    expect(text).toBe(pdfText(cli));
  });
});
