/**
 * The Routes panel shows every route of the engine's compareRoutes, figure for figure, ordered by the
 * vendor's pocket price by default; on the worked example (list 1,000, Gold 30%, distributor 10% on top,
 * 10% negotiated, partner funding on Distribution) the Distribution · Gold route reads customer 900,
 * reseller 200, distributor 100, vendor pocket 600.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compareRoutes, toNumber, type Decimal, type RouteRow } from '../../src/engine';
import type { ModelInput } from '../../src/engine/model/schema';
import { RoutesPanel } from '../../src/taskpane/components/panels/RoutesPanel';
import { formatMoney, formatPercent } from '../../src/taskpane/state/format';
import { fundingModel } from '../support/fundingModel';
import { renderWithEditor } from './support/render';

jest.setTimeout(30_000);

const money = (d: Decimal | null | undefined): string => (d === null || d === undefined ? '—' : formatMoney(toNumber(d), '', 2));
const STATUS = { ok: 'OK', warning: 'Warning', error: 'Error' } as const;

/** A route's row as the engine's figures read, formatted: route, status, messages, customer, margins, vendor pocket and margin %. */
function expectedRow(r: RouteRow): string {
  const l = r.line;
  const messages = r.error !== null ? [r.error] : r.breaches.map((b) => b.message);
  const rate = l?.vendorMargin.rate;
  return [r.label, STATUS[r.status], ...messages, money(l?.customerPrice), money(l?.resellerMargin?.amount), money(l?.distributorMargin?.amount), money(l?.vendorNet), rate === null || rate === undefined ? '—' : formatPercent(toNumber(rate))].join('');
}

const shownRows = (): string[] => within(screen.getByTestId('routes')).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');

function workedExample(edit: (m: ModelInput) => void = () => {}): { input: ModelInput; model: ReturnType<typeof fundingModel> } {
  let input: ModelInput | undefined;
  const model = fundingModel((m) => {
    m.channels![2]!.funding = 'partner';
    m.guardrails = { vendorMarginFloor: 0.75 };
    m.quote = { customer: 'Contoso', lines: [{ item: { sku: 'SUITE' }, quantity: 1, term: 'annual', tier: 'product', channel: 'distribution', level: 'gold', discount: 0.1 }] };
    edit(m);
    input = m;
  });
  return { input: input!, model };
}

const pocketOf = (r: RouteRow): number => (r.line ? toNumber(r.line.vendorNet) : -Infinity);

describe('Routes panel', () => {
  it('shows every route the engine compares, figure for figure, the vendor’s highest pocket price first', () => {
    const { input, model } = workedExample();
    renderWithEditor(<RoutesPanel />, input);
    const routes = compareRoutes(model, { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', quantity: 1, discount: 0.1 });
    expect(routes).toHaveLength(5);
    const byPocket = routes.map((r, i) => ({ r, i })).sort((a, b) => pocketOf(b.r) - pocketOf(a.r) || a.i - b.i).map((e) => e.r);
    expect(shownRows()).toEqual(byPocket.map(expectedRow));
    expect(screen.getByRole('columnheader', { name: /Vendor pocket/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('the worked example’s Distribution · Gold route: customer 900, reseller 200, distributor 100, vendor pocket 600, within the margin floor', () => {
    const { input } = workedExample();
    renderWithEditor(<RoutesPanel />, input);
    const row = screen.getByRole('row', { name: /^Distribution · Gold(?! · registered)/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['900.00', '200.00100.00', '600.0080.0%']);
    expect(row).toHaveAttribute('data-status', 'ok');
    const direct = screen.getByRole('row', { name: /^Direct/ });
    expect(within(direct).getAllByRole('cell').map((c) => c.textContent)).toEqual(['900.00', '——', '900.0086.7%']);
  });

  it('a route that breaks a guardrail says so with the engine’s message', () => {
    const { input, model } = workedExample((m) => {
      m.guardrails = { vendorMarginFloor: 0.85 };
    });
    renderWithEditor(<RoutesPanel />, input);
    const routes = compareRoutes(model, { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', quantity: 1, discount: 0.1 });
    const breaking = routes.find((r) => r.label === 'Distribution · Gold')!;
    expect(breaking.status).toBe('error');
    const row = screen.getByRole('row', { name: /^Distribution · Gold(?! · registered)/ });
    expect(row).toHaveAttribute('data-status', 'error');
    expect(within(row).getByText(breaking.breaches[0]!.message)).toBeInTheDocument();
  });

  it('the picks change the question: quantity, negotiated discount and order', async () => {
    const { input, model } = workedExample();
    renderWithEditor(<RoutesPanel />, input);
    const quantity = screen.getByLabelText('Quantity');
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '3');
    const discount = screen.getByLabelText('Negotiated discount');
    await userEvent.clear(discount);
    await userEvent.type(discount, '20');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order by' }), 'model');
    const routes = compareRoutes(model, { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', quantity: 3, discount: 0.2 });
    expect(shownRows()).toEqual(routes.map(expectedRow));
    expect(shownRows()[0]).toContain('2,400.00');
    await userEvent.clear(quantity);
    expect(screen.getByText('must be greater than 0')).toBeInTheDocument();
    expect(screen.queryByTestId('routes')).not.toBeInTheDocument();
  });
});
