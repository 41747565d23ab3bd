/** Editing and validation of the Packaging, Price book, Bundles, Channels and Quote panels. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BundlesPanel } from '../../src/taskpane/components/panels/BundlesPanel';
import { ChannelsPanel } from '../../src/taskpane/components/panels/ChannelsPanel';
import { PackagingPanel } from '../../src/taskpane/components/panels/PackagingPanel';
import { PriceBookPanel } from '../../src/taskpane/components/panels/PriceBookPanel';
import { QuotePanel } from '../../src/taskpane/components/panels/QuotePanel';
import { STARTER_MODEL } from '../../src/taskpane/state/starterModel';
import { validateModel } from '../../src/taskpane/state/validateModel';
import { mockPort, renderWithEditor } from './support/render';


// Typing into Fluent inputs under jsdom is slow on a shared machine.
jest.setTimeout(30_000);
const card = (name: RegExp): HTMLElement => screen.getByRole('region', { name });

describe('Packaging panel', () => {
  it('shows the default tiers: Product, Solution, Enterprise solution', () => {
    renderWithEditor(<PackagingPanel />);
    expect(screen.getAllByRole('region', { name: /^tier \d/ }).map((r) => r.getAttribute('aria-label'))).toEqual([
      'tier 1 (Product)',
      'tier 2 (Solution)',
      'tier 3 (Enterprise solution)',
    ]);
  });

  it('a tier without a name gets the message beside the field', async () => {
    renderWithEditor(<PackagingPanel />);
    const tier = card(/^tier 2/);
    await userEvent.clear(within(tier).getByLabelText('Name'));
    expect(within(tier).getByText(/must not be empty/)).toBeInTheDocument();
  });

  it('a tier serves personas in order: unticking one removes it', async () => {
    const { probe } = renderWithEditor(<PackagingPanel />);
    await userEvent.click(within(card(/^tier 2/)).getByRole('checkbox', { name: /^End user/ }));
    expect(probe.current?.model.tiers?.[1]?.personas).toEqual(['technical-manager']);
  });

  it('adds a persona with a fresh id', async () => {
    const { probe } = renderWithEditor(<PackagingPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Add persona' }));
    expect(probe.current?.model.personas?.[3]).toEqual({ id: 'persona-4', name: 'New persona', kind: 'user' });
  });
});

describe('Price book panel', () => {
  it('typing a price where there was none adds it; clearing it removes it', async () => {
    const { probe } = renderWithEditor(<PriceBookPanel />);
    const cell = screen.getByLabelText('Backup CLI, Solution, Annual: list price');
    expect(cell).toHaveValue('');
    await userEvent.type(cell, '95');
    expect(probe.current?.model.prices).toContainEqual({ sku: 'BK-CLI', tier: 'solution', term: 'annual', listPrice: 95 });
    await userEvent.clear(cell);
    expect(probe.current?.model.prices?.some((p) => p.sku === 'BK-CLI' && p.tier === 'solution')).toBe(false);
  });

  it.each([
    ['-5', 'must not be negative (got -5)'],
    ['1,2a', '"1,2a" is not a number; type digits such as 1200 or 12.5'],
  ])('a list price of %s is refused beside the cell: %s', async (typed, message) => {
    renderWithEditor(<PriceBookPanel />);
    const cell = screen.getByLabelText('Backup CLI, Product, Annual: list price');
    await userEvent.clear(cell);
    await userEvent.type(cell, typed);
    expect(screen.getByText(message)).toBeInTheDocument();
  });

  it('reads "1,200" as 1200', async () => {
    const { probe } = renderWithEditor(<PriceBookPanel />);
    const cell = screen.getByLabelText('Team backup server, Solution, Annual: list price');
    await userEvent.clear(cell);
    await userEvent.type(cell, '1,250');
    expect(probe.current?.model.prices).toContainEqual({ sku: 'BK-TEAM', tier: 'solution', term: 'annual', listPrice: 1250 });
  });
});

describe('Bundles panel', () => {
  it('allocates the estate bundle’s price to its components by list value', () => {
    renderWithEditor(<BundlesPanel />);
    // Annual: 24,000 + 5 × 1,200 + 50 × 100 = 35,000 less 15% = 29,750, split 24 : 6 : 5.
    const rows = within(screen.getByTestId('bundle-allocation')).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'ComponentQtyListAllocated',
      'Compliance platform124,000.0020,400.00',
      'Team backup server56,000.005,100.00',
      'Backup CLI505,000.004,250.00',
      'Bundle35,000.0029,750.00',
    ]);
  });

  it('a bundle discount over 100% is shown beside the field', async () => {
    renderWithEditor(<BundlesPanel />);
    const field = screen.getByLabelText('Bundle discount', { selector: 'input' });
    await userEvent.clear(field);
    await userEvent.type(field, '120');
    expect(screen.getByText(/must be between 0 and 1 \(0% to 100%\) \(got 1.2\)/)).toBeInTheDocument();
    expect(screen.getByText('Fix the issues above to see the allocation.')).toBeInTheDocument();
  });
});

describe('Channels panel', () => {
  it('a Gold reseller’s discount is edited as a percentage', async () => {
    const { probe } = renderWithEditor(<ChannelsPanel />);
    const gold = card(/^level 3/);
    const discount = within(gold).getByLabelText('Reseller discount');
    expect(discount).toHaveValue('20');
    await userEvent.clear(discount);
    await userEvent.type(discount, '22.5');
    expect(probe.current?.model.levels?.[2]?.discount).toBe(0.225);
  });

  it('shows the distributor discount only for a two-tier channel', () => {
    renderWithEditor(<ChannelsPanel />);
    expect(within(card(/^channel 3/)).getByLabelText('Distributor discount')).toHaveValue('8');
    expect(within(card(/^channel 2/)).queryByLabelText('Distributor discount')).not.toBeInTheDocument();
  });
});

describe('Quote panel', () => {
  it('shows each line’s waterfall and the totals, and writes the quote to the Quote sheet', async () => {
    const port = mockPort();
    renderWithEditor(<QuotePanel port={port} />);
    const line1 = within(screen.getByTestId('waterfall-1')).getAllByRole('row').map((r) => r.textContent);
    expect(line1).toContain('Volume discount-1,800.00');
    expect(line1).toContain('Customer price10,200.0015.0%');
    expect(line1).toContain('Reseller margin2,673.6026.2%');
    expect(within(screen.getByTestId('quote-totals')).getByText('15,000.00')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Write to Quote sheet' }));
    expect(port.writeQuote).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('The quote was written to the Quote sheet.')).toBeInTheDocument();
  });

  it('a line for an unknown level is shown beside the line’s field', async () => {
    renderWithEditor(<QuotePanel port={mockPort()} />);
    const line = card(/^line 2/);
    await userEvent.clear(within(line).getByLabelText('Quantity'));
    expect(within(line).getByText(/must be greater than 0|expected number/i)).toBeInTheDocument();
  });

  it('a line switched from product to bundle drops the product tier, so no warning is left that the pane cannot fix', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />);
    const line = card(/^line 2/);
    await userEvent.selectOptions(within(line).getByRole('combobox', { name: 'Item' }), 'bundle');
    expect(within(line).queryByRole('combobox', { name: 'Tier' })).not.toBeInTheDocument();
    expect(probe.current?.model.quote?.lines?.[1]).not.toHaveProperty('tier');
    expect(probe.current?.validation.warnings.filter((w) => w.key.startsWith('quote.lines.1'))).toEqual([]);
    await userEvent.selectOptions(within(line).getByRole('combobox', { name: 'Item' }), 'product');
    expect(within(line).getByRole('combobox', { name: 'Tier' })).toHaveValue('product');
  });

  it('a bundle line that carries a tier shows it, with the bundle’s own tier to choose', async () => {
    const model = validateModel(STARTER_MODEL).model!;
    const bundle = model.bundles[0]!;
    const other = model.tiers.find((t) => t.id !== bundle.tier)!.id;
    const lines = [{ ...STARTER_MODEL.quote!.lines![0]!, item: { bundle: bundle.id }, tier: other }];
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, { ...STARTER_MODEL, quote: { customer: 'Contoso', lines } });
    expect(probe.current?.validation.warnings.map((w) => w.key)).toContain('quote.lines.0.tier');
    await userEvent.selectOptions(within(card(/^line 1/)).getByRole('combobox', { name: 'Tier' }), "The bundle's own");
    expect(probe.current?.validation.warnings.map((w) => w.key)).not.toContain('quote.lines.0.tier');
  });
});

