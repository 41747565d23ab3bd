/** The pane's quote figures of a quote in a market: priced in the market, in its currency and minor unit. */
import { quoteFigures } from '../../../src/taskpane/state/quoteFigures';
import { load } from '../../support/models';
import { marketsModel } from '../../support/marketsModel';

describe('quoteFigures of a quote in a market', () => {
  it.each([
    // 10 × 45.00 EUR (49.00 USD × 0.92 = 45.08 → whole euros)
    ['eu', 'EUR', 2, 450],
    // 10 × 7,300 JPY (49 × 149.5 = 7,325.5 → 7,326 → whole hundreds)
    ['jp', 'JPY', 0, 73000],
    // 10 × 42.99 GBP (49 × 0.79 × 1.1 = 42.581 → 42.58 → .99)
    ['uk', 'GBP', 2, 429.9],
  ])('%s: %s with %d decimals, customer price %d', (market, currency, minorUnits, customer) => {
    const input = marketsModel();
    const figures = quoteFigures(load({ ...input, quote: { ...input.quote, market } }));
    if (!figures.ok) throw new Error(figures.message);
    expect(figures.value).toMatchObject({ currency, minorUnits });
    expect(figures.value.totals.find((t) => t.label === 'Customer price')?.amount).toBe(customer);
  });

  it('is in the model’s own currency when the quote names no market: 10 × 49.00 USD', () => {
    const input = marketsModel();
    const figures = quoteFigures(load({ ...input, quote: { ...input.quote, market: undefined } }));
    if (!figures.ok) throw new Error(figures.message);
    expect(figures.value.currency).toBe('USD');
    expect(figures.value.totals.find((t) => t.label === 'Customer price')?.amount).toBe(490);
  });
});
