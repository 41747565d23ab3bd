/** Markets in the pane: added, edited and removed; overrides per entry; the corridor; the quote's market. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChannelsPanel } from '../../src/taskpane/components/panels/ChannelsPanel';
import { MarketsPanel } from '../../src/taskpane/components/panels/MarketsPanel';
import { QuotePanel } from '../../src/taskpane/components/panels/QuotePanel';
import { marketPriceBook, priceQuote, toNumber } from '../../src/engine';
import { formatMoney } from '../../src/taskpane/state/format';
import { validateModel } from '../../src/taskpane/state/validateModel';
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

describe('A market’s derived price book', () => {
  const CORRIDOR = { ...SHAPED_MODEL, guardrails: { vendorMarginFloor: 0.5, maxCustomerDiscount: 0.5, channelConflict: true, risingUnitPrice: true, priceCorridor: 0.05 } };

  it('shows the prices the markets engine derives, row for row', () => {
    renderWithEditor(<MarketsPanel />, CORRIDOR);
    const model = validateModel(CORRIDOR).model;
    if (!model) throw new Error('the model is invalid');
    const market = model.markets[0]!;
    const engineRows = marketPriceBook(model, market).map((r) => formatMoney(toNumber(r.price), '', 2));
    const shown = within(screen.getByTestId('market-prices-1')).getAllByRole('row').slice(1).map((r) => r.querySelectorAll('td')[1]?.textContent?.replace(' (set)', ''));
    expect(shown).toEqual(engineRows);
  });

  it('hand-checked: 100.00 USD is 92.00 EUR; 10.00 USD is 9.20, snapped to whole euros 9.00 (2.2% under, inside a 5% corridor)', () => {
    renderWithEditor(<MarketsPanel />, CORRIDOR);
    const table = within(screen.getByTestId('market-prices-1'));
    expect(table.getByRole('row', { name: /^Backup CLI · Product · Annual/ })).toHaveTextContent('Backup CLI · Product · Annual100.0092.000.0%');
    expect(table.getByRole('row', { name: /^Backup CLI · Product · Monthly/ })).toHaveTextContent('Backup CLI · Product · Monthly10.009.00-2.2%');
  });

  it('an override is marked, and a price outside the corridor is flagged', async () => {
    const overridden = { ...CORRIDOR, markets: [{ ...CORRIDOR.markets![0]!, overrides: [{ sku: 'BK-CLI', tier: 'product', term: 'annual', listPrice: 80 }] }] };
    renderWithEditor(<MarketsPanel />, overridden);
    // 80 EUR / 0.92 = 86.96 USD against 100.00: 13.0% under, beyond 5%.
    expect(within(screen.getByTestId('market-prices-1')).getByRole('row', { name: /^Backup CLI · Product · Annual/ })).toHaveTextContent('100.0080.00 (set)-13.0% outside the corridor');
  });
});

describe('A quote in a market', () => {
  it('is priced by the engine in the market’s currency and shown so', () => {
    const inMarket = { ...SHAPED_MODEL, quote: { ...SHAPED_MODEL.quote, market: 'eu' } };
    renderWithEditor(<QuotePanel port={mockPort()} />, inMarket);
    const model = validateModel(inMarket).model;
    if (!model) throw new Error('the model is invalid');
    const priced = priceQuote(model);
    const totals = screen.getByRole('table', { name: 'Quote totals (EUR)' });
    expect(within(totals).getByRole('row', { name: /^List price/ })).toHaveTextContent(formatMoney(toNumber(priced.totals.listPrice), '', 2));
    expect(screen.getByRole('table', { name: 'Line 1 waterfall (EUR)' })).toBeInTheDocument();
  });
});
