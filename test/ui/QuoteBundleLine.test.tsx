/**
 * Configuring a bundle line in the Quote panel, on the example's Team Automation Starter line (4 bundles:
 * Backup CLI required, 5 to 50 per bundle, default 5; Encryption add-on optional, 0 to 50, default 5):
 * only what differs from the bundle's default is stored, an optional component switches off to 0, a
 * quantity past max is refused at its field, and the line's customer price is the engine's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customerQuote, priceQuote, toNumber } from '../../src/engine';
import type { ModelInput } from '../../src/engine/model/schema';
import { QuotePanel } from '../../src/taskpane/components/panels/QuotePanel';
import { formatMoney } from '../../src/taskpane/state/format';
import { validateModel } from '../../src/taskpane/state/validateModel';
import { mockPort, renderWithEditor, type EditorProbe } from './support/render';

jest.setTimeout(60_000);

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, '../../examples/backup-vendor.tiercraft.json'), 'utf8')) as ModelInput;

const bundleLine = (): HTMLElement => screen.getByRole('region', { name: /^line 1 \(team-starter\)/ });
const component = (name: string): HTMLElement => within(bundleLine()).getByRole('group', { name });
const configuration = (probe: EditorProbe): unknown => probe.current?.model.quote?.lines?.[0]?.components;

/** The engine's customer price of line 1 of the model as it now stands, formatted as the pane formats it. */
function enginePrice(probe: EditorProbe): string {
  const model = validateModel(probe.current!.model).model;
  if (!model) throw new Error('the configured model is invalid');
  return `${formatMoney(toNumber(priceQuote(model).lines[0]!.customerPrice), '', 2)} ${model.currency}`;
}

async function retype(input: HTMLElement, text: string): Promise<void> {
  await userEvent.clear(input);
  if (text !== '') await userEvent.type(input, text);
}

describe('Quote panel, a bundle line’s components', () => {
  it('lists each component with its quantity per bundle, bounds and default; the optional one has a switch', () => {
    renderWithEditor(<QuotePanel port={mockPort()} />, EXAMPLE);
    const cli = component('Backup CLI (BK-CLI)');
    expect(within(cli).getByLabelText('Backup CLI per bundle')).toHaveValue('5');
    expect(within(cli).getByText('5 to 50 per bundle; the bundle has 5')).toBeInTheDocument();
    expect(within(cli).queryByRole('switch')).toBeNull();
    const encryption = component('Encryption add-on (BK-ENC)');
    expect(within(encryption).getByRole('switch', { name: 'Include Encryption add-on' })).toBeChecked();
  });

  it('a quantity within bounds is stored as the only difference from the default, and the line’s price is the engine’s', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, EXAMPLE);
    const before = within(bundleLine()).getByTestId('line-price-1').textContent;
    await retype(within(component('Backup CLI (BK-CLI)')).getByLabelText('Backup CLI per bundle'), '12');
    expect(configuration(probe)).toEqual({ 'BK-CLI': 12 });
    const price = within(bundleLine()).getByTestId('line-price-1');
    expect(price).toHaveTextContent(enginePrice(probe));
    expect(price.textContent).not.toBe(before);
  });

  it('the optional component switched off is stored as 0 and priced without it; switched on again, the key goes', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, EXAMPLE);
    const toggle = within(component('Encryption add-on (BK-ENC)')).getByRole('switch', { name: 'Include Encryption add-on' });
    await userEvent.click(toggle);
    expect(configuration(probe)).toEqual({ 'BK-ENC': 0 });
    expect(within(component('Encryption add-on (BK-ENC)')).getByLabelText('Encryption add-on per bundle')).toHaveValue('0');
    expect(within(bundleLine()).getByTestId('line-price-1')).toHaveTextContent(enginePrice(probe));
    await userEvent.click(toggle);
    expect(configuration(probe)).toBeUndefined();
  });

  it('a quantity past max shows the engine’s message at its field, and typing the default back removes the key', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, EXAMPLE);
    const field = within(component('Backup CLI (BK-CLI)')).getByLabelText('Backup CLI per bundle');
    await retype(field, '51');
    expect(configuration(probe)).toEqual({ 'BK-CLI': 51 });
    expect(within(component('Backup CLI (BK-CLI)')).getByText("quantity 51 is above the component's max 50")).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(within(bundleLine()).getByTestId('line-summary-1')).toHaveTextContent('The line is priced once the issues above are fixed.');
    await retype(field, '5');
    expect(configuration(probe)).toBeUndefined();
    expect(within(bundleLine()).getByTestId('line-price-1')).toHaveTextContent(enginePrice(probe));
  });

  it('Reset puts a configured component back to the bundle’s default', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, { ...EXAMPLE, quote: { ...EXAMPLE.quote!, lines: [{ ...EXAMPLE.quote!.lines![0]!, components: { 'BK-CLI': 20, 'BK-ENC': 0 } }] } });
    await userEvent.click(within(component('Backup CLI (BK-CLI)')).getByRole('button', { name: "Reset Backup CLI to the bundle's 5" }));
    expect(configuration(probe)).toEqual({ 'BK-ENC': 0 });
    expect(within(component('Backup CLI (BK-CLI)')).getByLabelText('Backup CLI per bundle')).toHaveValue('5');
    expect(within(component('Backup CLI (BK-CLI)')).queryByRole('button', { name: /^Reset/ })).toBeNull();
  });

  it('choosing another bundle drops the configuration of the one before', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, { ...EXAMPLE, quote: { ...EXAMPLE.quote!, lines: [{ ...EXAMPLE.quote!.lines![0]!, components: { 'BK-CLI': 20 } }] } });
    await userEvent.selectOptions(within(bundleLine()).getByRole('combobox', { name: 'Bundle' }), 'cli-secure');
    expect(probe.current?.model.quote?.lines?.[0]).not.toHaveProperty('components');
    expect(probe.current?.validation.issues).toEqual([]);
  });

  it('the issue’s quote (12 bundles, 3-year, Gold, registered, 5% off; 3 bundles direct configured in the pane): the totals are the customer quote’s', async () => {
    const file = JSON.parse(readFileSync(join(__dirname, '../../examples/northwind.quote.json'), 'utf8')) as { lines: NonNullable<ModelInput['quote']>['lines'] };
    const [gold, direct] = file.lines!;
    const { components: configured, ...unconfigured } = direct!;
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, { ...EXAMPLE, quote: { customer: 'Northwind Logistics', lines: [gold!, unconfigured] } });
    const second = screen.getByRole('region', { name: /^line 2 \(team-starter\)/ });
    await retype(within(within(second).getByRole('group', { name: 'Backup CLI (BK-CLI)' })).getByLabelText('Backup CLI per bundle'), '10');
    await userEvent.click(within(second).getByRole('switch', { name: 'Include Encryption add-on' }));
    expect(probe.current?.model.quote?.lines?.[1]?.components).toEqual(configured);
    const model = validateModel(probe.current!.model).model!;
    const priced = priceQuote(model);
    const sent = customerQuote(model, priced);
    expect(within(screen.getByTestId('quote-totals')).getByRole('row', { name: /^Customer price/ })).toHaveTextContent(sent.totals.total.text);
    expect(sent.totals.total.text).toBe(formatMoney(toNumber(priced.totals.customerPrice), '', 2));
    expect(sent.lines).toHaveLength(2);
    // The figures the PDF (quotePdf.test) and LibreOffice's recalculation (customerQuote.test) show.
    expect([...sent.lines.map((l) => l.customerPrice.text), sent.totals.total.text]).toEqual(['30,630.60', '4,218.72', '34,849.32']);
    sent.lines.forEach((l, i) => expect(screen.getByTestId(`line-price-${i + 1}`)).toHaveTextContent(`${l.customerPrice.text} USD`));
  });
});
