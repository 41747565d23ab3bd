/** Markets in the pane: added, edited and removed; overrides per entry; the corridor; the quote's market. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChannelsPanel } from '../../src/taskpane/components/panels/ChannelsPanel';
import { MarketsPanel } from '../../src/taskpane/components/panels/MarketsPanel';
import { QuotePanel } from '../../src/taskpane/components/panels/QuotePanel';
import { mockPort, renderWithEditor } from './support/render';
import { SHAPED_MODEL } from './support/shapedModel';

jest.setTimeout(60_000);
const card = (name: RegExp): HTMLElement => screen.getByRole('region', { name });

describe('Markets panel', () => {
  it('adds a market, and its rate, ending and step reach the model', async () => {
    const { probe } = renderWithEditor(<MarketsPanel />);
    expect(screen.getByText(/No markets yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add market' }));
    const market = card(/^market 1/);
    await userEvent.clear(within(market).getByLabelText('Currency'));
    await userEvent.type(within(market).getByLabelText('Currency'), 'JPY');
    const rate = within(market).getByLabelText('Exchange rate (JPY per 1 USD)');
    await userEvent.clear(rate);
    await userEvent.type(rate, '150');
    await userEvent.type(within(market).getByLabelText('Decimals'), '0');
    await userEvent.type(within(market).getByLabelText('Price ending'), '0');
    await userEvent.type(within(market).getByLabelText('Ending step'), '100');
    expect(probe.current?.model.markets).toEqual([{ id: 'market-1', name: 'New market', currency: 'JPY', rate: 150, factor: 1, minorUnits: 0, ending: 0, step: 100, overrides: [] }]);
    expect(probe.current?.validation.issues).toEqual([]);
  });

  it('a rate of 0 and a currency that is not a code are refused beside their fields', async () => {
    renderWithEditor(<MarketsPanel />, SHAPED_MODEL);
    const market = card(/^market 1/);
    await userEvent.clear(within(market).getByLabelText('Exchange rate (EUR per 1 USD)'));
    await userEvent.type(within(market).getByLabelText('Exchange rate (EUR per 1 USD)'), '0');
    expect(within(market).getByText('must be greater than 0 (got 0)')).toBeInTheDocument();
    await userEvent.type(within(market).getByLabelText('Currency'), 'x');
    expect(within(market).getByText(/must be a three-letter ISO 4217 code such as EUR/)).toBeInTheDocument();
  });

  it('an override sets one entry’s list price in the market’s currency', async () => {
    const { probe } = renderWithEditor(<MarketsPanel />, SHAPED_MODEL);
    await userEvent.click(screen.getByRole('button', { name: 'Add override' }));
    const price = within(card(/^override 1/)).getByLabelText('List price (EUR, whole term)');
    await userEvent.clear(price);
    await userEvent.type(price, '9');
    expect(probe.current?.model.markets?.[0]?.overrides).toEqual([{ sku: 'BK-CLI', tier: 'product', term: 'monthly', listPrice: 9 }]);
    await userEvent.click(screen.getByRole('button', { name: /^Remove override 1/ }));
    expect(probe.current?.model.markets?.[0]?.overrides).toEqual([]);
  });

  it('the price corridor is a guardrail, edited as a percentage', async () => {
    const { probe } = renderWithEditor(<ChannelsPanel />, SHAPED_MODEL);
    await userEvent.type(screen.getByLabelText('Price corridor between markets'), '20');
    expect(probe.current?.model.guardrails?.priceCorridor).toBe(0.2);
  });
});

describe('Quote market and minimum commitment', () => {
  it('chooses the quote’s market; the minimum commitment is said in its currency', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, SHAPED_MODEL);
    expect(screen.getByLabelText('Minimum commitment (USD, whole quote)')).toHaveValue('');
    await userEvent.selectOptions(screen.getByLabelText('Market'), 'eu');
    await userEvent.type(screen.getByLabelText('Minimum commitment (EUR, whole quote)'), '5000');
    expect(probe.current?.model.quote).toMatchObject({ market: 'eu', minimumCommitment: 5000 });
    await userEvent.selectOptions(screen.getByLabelText('Market'), 'Reference (USD)');
    expect(probe.current?.model.quote).not.toHaveProperty('market');
  });
});
