/** The task pane as a whole: restore, autosave, Build disabled with its reason, progress and cancel, import. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import { STARTER_MODEL } from '../../src/taskpane/state/starterModel';
import type { BuildOptions } from '../../src/taskpane/workbook/WorkbookPort';
import { abortError } from '../../src/taskpane/workbook/WorkbookPort';
import { mockPort, renderInFluent } from './support/render';
import { CHECKS_PAGE } from '../../src/taskpane/components/ChecksList';
import { guardrailChecks } from '../../src/taskpane/state/checks';
import { describeWorkbook } from '../../src/workbook/build/describeWorkbook';
import { generatedInput, load } from '../unit/workbook/office/fixtures';


// Typing into Fluent inputs under jsdom is slow on a shared machine.
jest.setTimeout(30_000);
const buildButton = (): HTMLElement => screen.getByRole('button', { name: 'Build workbook' });

describe('Task pane', () => {
  it('restores the model saved with the workbook', async () => {
    const port = mockPort({ ...STARTER_MODEL, name: 'Saved with the workbook' });
    renderInFluent(<TaskPane port={port} starter={STARTER_MODEL} />);
    expect(await screen.findByText(/Saved with the workbook · USD/)).toBeInTheDocument();
  });

  it('saves every edit with the workbook shortly after it is made', async () => {
    const port = mockPort();
    renderInFluent(<TaskPane port={port} starter={STARTER_MODEL} initialPanel="priceBook" />);
    const name = await screen.findByLabelText('Model name');
    await userEvent.type(name, ' 2027');
    // A slow machine may save between keystrokes too; the last save holds the whole edit.
    await waitFor(() => expect(port.saveModel.mock.lastCall?.[0].name).toBe('Backup vendor price book 2027'));
    expect(await screen.findByText(/Saved with the workbook/)).toBeInTheDocument();
  });

  it('disables Build with the reason while the model has issues, and lists every issue', async () => {
    renderInFluent(<TaskPane port={mockPort()} starter={STARTER_MODEL} initialPanel="priceBook" />);
    expect(await screen.findByRole('button', { name: 'Build workbook' })).toBeEnabled();
    const currency = screen.getByLabelText('Currency');
    await userEvent.clear(currency);
    await userEvent.type(currency, 'usd');
    expect(buildButton()).toBeDisabled();
    expect(screen.getByText('Build is disabled: fix the issue listed below first.')).toBeInTheDocument();
    const issues = screen.getByRole('list', { name: 'Issues' });
    expect(within(issues).getAllByRole('listitem')).toHaveLength(1);
    expect(within(issues).getByText(/must be a three-letter ISO 4217 code such as USD/)).toBeInTheDocument();
    await userEvent.clear(currency);
    await userEvent.type(currency, 'EUR');
    expect(buildButton()).toBeEnabled();
    expect(screen.queryByRole('list', { name: 'Issues' })).not.toBeInTheDocument();
  });

  it('an issue links to the panel where it is fixed', async () => {
    const broken = { ...STARTER_MODEL, levels: STARTER_MODEL.levels?.map((l, i) => (i === 2 ? { ...l, discount: 2 } : l)) };
    renderInFluent(<TaskPane port={mockPort(broken)} starter={STARTER_MODEL} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Partner level 3 › Discount' }));
    expect(screen.getByRole('tab', { name: 'Channels', selected: true })).toBeInTheDocument();
    expect(screen.getAllByText(/must be between 0 and 1 \(0% to 100%\) \(got 2\)/).length).toBeGreaterThanOrEqual(2);
  });

  it('shows the build’s progress, and Cancel stops it', async () => {
    const port = mockPort();
    let options: BuildOptions = {};
    port.build.mockImplementation(
      (_model, o = {}) =>
        new Promise((_resolve, reject) => {
          options = o;
          o.onProgress?.({ done: 2, total: 8, stage: 'Writing Ladders' });
          o.signal?.addEventListener('abort', () => reject(abortError()));
        }),
    );
    renderInFluent(<TaskPane port={port} starter={STARTER_MODEL} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Build workbook' }));
    expect(screen.getByText('Building: Writing Ladders')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Build progress' })).toHaveAttribute('aria-valuenow', '0.25');
    expect(buildButton()).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(options.signal?.aborted).toBe(true);
    expect(await screen.findByText(/Build cancelled/)).toBeInTheDocument();
    expect(buildButton()).toBeEnabled();
  });

  it('builds the loaded model (defaults filled) and says which sheets were written', async () => {
    const port = mockPort();
    port.build.mockResolvedValue({ sheets: ['Packaging', 'Price book', 'Ladders'], notes: ['"Quote" was taken, so the quote went to "Quote (2)".'] });
    renderInFluent(<TaskPane port={port} starter={STARTER_MODEL} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Build workbook' }));
    expect(await screen.findByText('Built 3 sheets: Packaging, Price book, Ladders. "Quote" was taken, so the quote went to "Quote (2)".')).toBeInTheDocument();
    expect(port.build.mock.calls[0]?.[0].rounding.minorUnits).toBe(2);
  });

  it('imports a model file: an invalid one shows every error, beside its field and in the list', async () => {
    renderInFluent(<TaskPane port={mockPort()} starter={STARTER_MODEL} initialPanel="ladders" />);
    await screen.findByRole('button', { name: 'Build workbook' });
    const invalid = {
      ...STARTER_MODEL,
      currency: 'dollars',
      ladders: [{ id: 'seats', name: 'Seat volume', mode: 'graduated', bands: [{ upTo: 10, discount: 0 }, { upTo: 50, discount: 1.2 }] }],
      prices: [...(STARTER_MODEL.prices ?? []), { sku: 'BK-NONE', tier: 'product', term: 'annual', listPrice: 5 }],
    };
    const file = new File([JSON.stringify(invalid)], 'broken.tiercraft.json', { type: 'application/json' });
    await userEvent.upload(screen.getByTestId('import-file'), file);
    expect(await screen.findByText('Imported broken.tiercraft.json.')).toBeInTheDocument();
    const issues = screen.getByRole('list', { name: 'Issues' });
    expect(within(issues).getByText('Currency', { exact: false })).toBeInTheDocument();
    expect(within(issues).getByRole('button', { name: 'Ladder 1 › Band 2 › Discount' })).toBeInTheDocument();
    expect(within(issues).getByText(/BK-NONE/)).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Band 2' })).getByText(/must be between 0 and 1/)).toBeInTheDocument();
    expect(buildButton()).toBeDisabled();
  });

  it('shows warnings without blocking the build', async () => {
    const model = { ...STARTER_MODEL, prices: STARTER_MODEL.prices?.filter((p) => !(p.sku === 'BK-CLI' && p.tier === 'enterprise' && p.term === '3-year')) };
    renderInFluent(<TaskPane port={mockPort(model)} starter={STARTER_MODEL} />);
    const warnings = await screen.findByRole('list', { name: 'Warnings' });
    expect(within(warnings).getByText(/component "BK-CLI" has no list price in tier "enterprise" for term "3-year"/)).toBeInTheDocument();
    expect(buildButton()).toBeEnabled();
  });

  it('lists guardrail breaches, each a link that selects its cell in the workbook', async () => {
    const port = mockPort({ ...STARTER_MODEL, guardrails: { vendorMarginFloor: 0.85, maxCustomerDiscount: 0.5, channelConflict: true, risingUnitPrice: true } });
    renderInFluent(<TaskPane port={port} starter={STARTER_MODEL} />);
    const checks = await screen.findByRole('region', { name: 'Checks' });
    // Line 2: vendor net 3,317.76 less cost 720.00 = 2,597.76, 78.3% of net: below the 85% floor.
    const links = within(checks).getAllByRole('button');
    const line2 = links.find((l) => /78\.3%/.test(l.textContent ?? ''));
    expect(line2).toBeDefined();
    await userEvent.click(line2!);
    // The Quote sheet's lines table has its header on row 5: line 2 is row 7.
    expect(port.selectCell).toHaveBeenCalledWith({ sheet: 'Quote', address: 'A7' });
  });

  it('checks a big imported model once it is drawn, never showing the previous model’s checks meanwhile', async () => {
    const port = mockPort({ ...STARTER_MODEL, guardrails: { vendorMarginFloor: 0.85, maxCustomerDiscount: 0.5, channelConflict: true, risingUnitPrice: true } });
    renderInFluent(<TaskPane port={port} starter={STARTER_MODEL} />);
    const before = (await screen.findByRole('region', { name: 'Checks' })).textContent ?? '';
    expect(before).toMatch(/78\.3%/);
    const big = generatedInput(60);
    const model = load(big);
    const expected = guardrailChecks(model, describeWorkbook(model));
    expect(expected.length).toBeGreaterThan(CHECKS_PAGE);
    await userEvent.upload(screen.getByTestId('import-file'), new File([JSON.stringify(big)], 'big.tiercraft.json'));
    expect(await screen.findByText('Imported big.tiercraft.json.')).toBeInTheDocument();
    expect(screen.getByText('Checking the model against its guardrails…')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Checks' })).not.toBeInTheDocument();
    const checks = await screen.findByRole('region', { name: 'Checks' }, { timeout: 20_000 });
    expect(within(checks).getByRole('heading')).toHaveTextContent(`Checks · ${expected.length} to review`);
    // The first page is listed, in the engine's order; the rest a click away.
    expect(within(checks).getAllByRole('listitem').map((li) => li.textContent)).toEqual(expected.slice(0, CHECKS_PAGE).map((c) => `${c.severity === 'breach' ? 'Breach' : 'Warning'}${c.message}`));
    await userEvent.click(within(checks).getByRole('button', { name: /^Show \d+ more/ }));
    expect(within(checks).getAllByRole('listitem')).toHaveLength(Math.min(2 * CHECKS_PAGE, expected.length));
  }, 60_000);

  it('after a big model’s checks, checks the next big model imported without ever showing the first one’s', async () => {
    renderInFluent(<TaskPane port={mockPort()} starter={STARTER_MODEL} />);
    await screen.findByRole('region', { name: 'Checks' });
    const [first, second] = [generatedInput(60), generatedInput(90)];
    const [before, expected] = [first, second].map((input) => guardrailChecks(load(input), describeWorkbook(load(input))).length);
    expect(before).not.toBe(expected);
    await userEvent.upload(screen.getByTestId('import-file'), new File([JSON.stringify(first)], 'first.tiercraft.json'));
    expect(await screen.findByText(`Checks · ${before} to review`, {}, { timeout: 20_000 })).toBeInTheDocument();
    await userEvent.upload(screen.getByTestId('import-file'), new File([JSON.stringify(second)], 'second.tiercraft.json'));
    expect(await screen.findByText('Imported second.tiercraft.json.')).toBeInTheDocument();
    // Drawn with the notice: the second model being checked, not the first one's checks.
    expect(screen.getByText('Checking the model against its guardrails…')).toBeInTheDocument();
    expect(screen.queryByText(`Checks · ${before} to review`)).not.toBeInTheDocument();
    expect(await screen.findByText(`Checks · ${expected} to review`, {}, { timeout: 20_000 })).toBeInTheDocument();
  }, 60_000);

  it('refuses a file that is not JSON and keeps the model', async () => {
    renderInFluent(<TaskPane port={mockPort()} starter={STARTER_MODEL} />);
    await screen.findByRole('button', { name: 'Build workbook' });
    await userEvent.upload(screen.getByTestId('import-file'), new File(['{ not json'], 'notes.json'));
    expect(await screen.findByText(/notes.json is not valid JSON .*; the model was not changed./)).toBeInTheDocument();
    expect(buildButton()).toBeEnabled();
  });
});
