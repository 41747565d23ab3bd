/**
 * "Download quote PDF" in the Quote panel: shown beside the totals only when the workbook port offers it
 * (the playground's does, Excel's does not); progress and failures said in words; a quote the engine
 * cannot price says why instead of offering a PDF, and the playground's download refuses it too.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ModelInput } from '../../src/engine/model/schema';
import { QuotePanel } from '../../src/taskpane/components/panels/QuotePanel';
import { PlaygroundWorkbook } from '../../src/playground/PlaygroundWorkbook';
import { playgroundPort } from '../../src/playground/playgroundPort';
import { downloadQuotePdf } from '../../src/playground/quotePdf/downloadQuotePdf';
import { excelPort } from '../../src/taskpane/workbook/excelPort';
import { STARTER_MODEL } from '../../src/taskpane/state/starterModel';
import { validateModel } from '../../src/taskpane/state/validateModel';
import type { WorkbookPort } from '../../src/taskpane/workbook/WorkbookPort';
import { mockPort, renderWithEditor } from './support/render';

jest.setTimeout(60_000);

const ACTION = { name: 'Download quote PDF' } as const;
const starterQuote = { customer: '', lines: [], ...STARTER_MODEL.quote };
/** The starter's quote with a 100% special bid on its first line: a valid model, but the discounts exceed the list price. */
const UNPRICEABLE: ModelInput = { ...STARTER_MODEL, quote: { ...starterQuote, lines: starterQuote.lines.map((l, i) => (i === 0 ? { ...l, specialBid: 1 } : l)) } };

describe('Download quote PDF', () => {
  it('the playground’s port offers it; Excel’s does not (Save as PDF from the Customer quote sheet is Excel’s way)', () => {
    expect(playgroundPort(new PlaygroundWorkbook(), { storage: { getItem: () => null, setItem: () => undefined } }).downloadQuotePdf).toBe(downloadQuotePdf);
    expect(excelPort().downloadQuotePdf).toBeUndefined();
  });

  it('is not offered when the port cannot download (Excel), though the totals are shown', () => {
    renderWithEditor(<QuotePanel port={mockPort()} />);
    expect(screen.getByRole('button', { name: 'Write to Quote sheet' })).toBeTruthy();
    expect(screen.queryByRole('button', ACTION)).toBeNull();
  });

  it('is offered where the port can download: says it is preparing, then names the file', async () => {
    let finish: (name: string) => void = () => undefined;
    const download = jest.fn((_model: Parameters<NonNullable<WorkbookPort['downloadQuotePdf']>>[0]) => new Promise<string>((done) => (finish = done)));
    renderWithEditor(<QuotePanel port={{ ...mockPort(), downloadQuotePdf: download }} />);
    await userEvent.click(screen.getByRole('button', ACTION));
    expect(await screen.findByText('Preparing the PDF…')).toBeTruthy();
    expect(screen.getByRole('button', ACTION).hasAttribute('disabled')).toBe(true);
    expect(download).toHaveBeenCalledTimes(1);
    expect(download.mock.calls[0]?.[0].quote.customer).toBe('Contoso');
    finish('Quote Contoso.pdf');
    expect(await screen.findByText('Downloaded Quote Contoso.pdf.')).toBeTruthy();
    expect(screen.queryByText('Preparing the PDF…')).toBeNull();
  });

  it('says nothing of an earlier download once the quote has changed', async () => {
    const download = jest.fn(async (): Promise<string> => 'Quote Contoso.pdf');
    renderWithEditor(<QuotePanel port={{ ...mockPort(), downloadQuotePdf: download }} />);
    await userEvent.click(screen.getByRole('button', ACTION));
    expect(await screen.findByText('Downloaded Quote Contoso.pdf.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Customer'), ' Ltd');
    expect(screen.queryByText('Downloaded Quote Contoso.pdf.')).toBeNull();
  });

  it('shows why the PDF could not be made', async () => {
    const download = jest.fn(async (): Promise<string> => {
      throw new Error('the bold font could not be loaded (HTTP 404).');
    });
    renderWithEditor(<QuotePanel port={{ ...mockPort(), downloadQuotePdf: download }} />);
    await userEvent.click(screen.getByRole('button', ACTION));
    expect(await screen.findByText('The PDF could not be made: the bold font could not be loaded (HTTP 404).')).toBeTruthy();
    expect(screen.getByRole('button', ACTION).hasAttribute('disabled')).toBe(false);
  });

  it('the playground’s download refuses a quote with no lines, and the panel says so', async () => {
    renderWithEditor(<QuotePanel port={{ ...mockPort(), downloadQuotePdf }} />, { ...STARTER_MODEL, quote: { ...starterQuote, lines: [] } });
    await userEvent.click(screen.getByRole('button', ACTION));
    expect(await screen.findByText('The PDF could not be made: the quote has no lines: add a line in the Quote panel.')).toBeTruthy();
  });

  it('a quote the engine cannot price says why, with no PDF offered; the playground’s download refuses it too', async () => {
    const model = validateModel(UNPRICEABLE).model;
    if (!model) throw new Error('the unpriceable quote should still be a valid model');
    await expect(downloadQuotePdf(model)).rejects.toThrow('the quote cannot be priced: quote.lines[0]: the discounts off list add up to 13800.00, more than the list price');
    renderWithEditor(<QuotePanel port={{ ...mockPort(), downloadQuotePdf }} />, UNPRICEABLE);
    expect(screen.queryByRole('button', ACTION)).toBeNull();
    expect(screen.getAllByRole('status').some((s) => /the discounts off list add up to 13800\.00, more than the list price/.test(s.textContent ?? ''))).toBe(true);
  });
});
