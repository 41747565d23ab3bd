/**
 * Channel economics in the pane: editing discount funding, co-op, MDF caps, rebate tiers, partner
 * purchases, special bids and line funding (each issue beside its field and named in the issues list),
 * and the figures the Quote and Routes panels show, compared with the engine's for the worked example
 * (list 1,000, Gold 30%, distributor 10% on top, 10% negotiated, partner funding: customer 900, reseller
 * buys 700 and earns 200, distributor buys 600 and earns 100, vendor invoice 600).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { priceQuote, quotePocket, toNumber, type Decimal } from '../../src/engine';
import type { ModelInput } from '../../src/engine/model/schema';
import { ChannelsPanel } from '../../src/taskpane/components/panels/ChannelsPanel';
import { QuotePanel } from '../../src/taskpane/components/panels/QuotePanel';
import { FUNDING_EXPLANATIONS } from '../../src/taskpane/state/choices';
import { formatMoney, formatPercent } from '../../src/taskpane/state/format';
import { issueLabel } from '../../src/taskpane/state/issueLabel';
import { fundingModel } from '../support/fundingModel';
import { mockPort, renderWithEditor, type EditorProbe } from './support/render';

jest.setTimeout(30_000);

const card = (name: RegExp): HTMLElement => screen.getByRole('region', { name });
const money = (d: Decimal): string => formatMoney(toNumber(d), '', 2);
const rowsOf = (testId: string): string[] => within(screen.getByTestId(testId)).getAllByRole('row').slice(1).map((r) => r.textContent ?? '');
/** The issues of the model being edited as the issues list names them: "Partner level 1 › Co-op: must be …". */
const namedIssues = (probe: EditorProbe): string[] => (probe.current?.validation.issues ?? []).map((i) => `${issueLabel(i.path)}: ${i.message}`);

/** The worked example as the pane edits it: one Suite line through Distribution at Gold, 10% negotiated, partner funding. */
function workedExample(edit: (m: ModelInput) => void = () => {}): { input: ModelInput; model: ReturnType<typeof fundingModel> } {
  let input: ModelInput | undefined;
  const model = fundingModel((m) => {
    m.channels![2]!.funding = 'partner';
    m.quote = { customer: 'Contoso', lines: [{ item: { sku: 'SUITE' }, quantity: 1, term: 'annual', tier: 'product', channel: 'distribution', level: 'gold', discount: 0.1 }] };
    edit(m);
    input = m;
  });
  return { input: input!, model };
}

describe('Channels panel: funding and partner programme', () => {
  it('a channel’s discount funding is chosen with a plain explanation; “From the discount basis” leaves it out', async () => {
    const { probe } = renderWithEditor(<ChannelsPanel />);
    const channel = card(/^channel 3/);
    const funding = within(channel).getByRole('combobox', { name: 'Discount funding' });
    expect(funding).toHaveValue('');
    expect(within(channel).getByText(FUNDING_EXPLANATIONS['']!)).toBeInTheDocument();
    await userEvent.selectOptions(funding, 'partner');
    expect(probe.current?.model.channels?.[2]?.funding).toBe('partner');
    expect(within(channel).getByText(FUNDING_EXPLANATIONS['partner']!)).toBeInTheDocument();
    await userEvent.selectOptions(funding, 'From the discount basis (vendor)');
    expect(probe.current?.model.channels?.[2]).not.toHaveProperty('funding');
    expect(within(card(/^channel 1 \(Direct/)).queryByRole('combobox', { name: 'Discount funding' })).not.toBeInTheDocument();
  });

  it('co-op is a percentage of the invoice; over 100% is refused beside the field and named in the issues', async () => {
    const { probe } = renderWithEditor(<ChannelsPanel />);
    const gold = card(/^level 3/);
    const coop = within(gold).getByLabelText('Co-op');
    await userEvent.type(coop, '1.5');
    expect(probe.current?.model.levels?.[2]?.coop).toBe(0.015);
    await userEvent.clear(coop);
    await userEvent.type(coop, '150');
    expect(within(gold).getByText(/must be between 0 and 1/)).toBeInTheDocument();
    expect(namedIssues(probe)).toContainEqual(expect.stringMatching(/^Partner level 3 › Co-op: must be between 0 and 1/));
  });

  it('an MDF cap is money, blank for none; a negative cap is refused beside the field', async () => {
    const { probe } = renderWithEditor(<ChannelsPanel />);
    const gold = card(/^level 3/);
    const cap = within(gold).getByLabelText('MDF cap (a year)');
    await userEvent.type(cap, '3,000');
    expect(probe.current?.model.levels?.[2]?.mdfCap).toBe(3000);
    await userEvent.clear(cap);
    expect(probe.current?.model.levels?.[2]).not.toHaveProperty('mdfCap');
    await userEvent.type(cap, '-5');
    expect(within(gold).getByText(/must not be negative/)).toBeInTheDocument();
    expect(namedIssues(probe)).toContainEqual(expect.stringMatching(/^Partner level 3 › MDF cap: must not be negative/));
  });

  it('rebate tiers replace the flat rebate: added and removed as rows, out of order refused at the tier', async () => {
    const { probe } = renderWithEditor(<ChannelsPanel />);
    const gold = card(/^level 3/);
    expect(within(gold).getByLabelText('Rebate')).toHaveValue('2');
    await userEvent.click(within(gold).getByRole('button', { name: 'Add rebate tier' }));
    expect(probe.current?.model.levels?.[2]?.rebateTiers).toEqual([{ from: 0, rate: 0.02 }]);
    expect(probe.current?.model.levels?.[2]).not.toHaveProperty('rebate');
    expect(within(gold).queryByLabelText('Rebate')).not.toBeInTheDocument();
    await userEvent.click(within(gold).getByRole('button', { name: 'Add rebate tier' }));
    const rate = within(gold).getByLabelText('Tier 2: rate');
    await userEvent.clear(rate);
    await userEvent.type(rate, '3');
    expect(probe.current?.model.levels?.[2]?.rebateTiers).toEqual([{ from: 0, rate: 0.02 }, { from: 100_000, rate: 0.03 }]);
    const from = within(gold).getByLabelText('Tier 2: from purchases');
    await userEvent.clear(from);
    await userEvent.type(from, '0');
    expect(within(gold).getByText(/must be above the tier before it/)).toBeInTheDocument();
    expect(namedIssues(probe)).toContainEqual(expect.stringMatching(/^Partner level 3 › Rebate tier 2 › From purchases: .*must be above the tier before it/));
    await userEvent.click(within(gold).getByRole('button', { name: 'Remove rebate tier 2' }));
    await userEvent.click(within(gold).getByRole('button', { name: 'Remove rebate tier 1' }));
    expect(probe.current?.model.levels?.[2]).not.toHaveProperty('rebateTiers');
    expect(within(gold).getByLabelText('Rebate')).toHaveValue('');
    expect(probe.current?.validation.issues).toEqual([]);
  });
});

describe('Quote panel: partner purchases, special bids and line funding', () => {
  it('partner purchases are money on the quote; a negative amount is refused and named', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />);
    const purchases = screen.getByLabelText(/^Partner purchases/);
    await userEvent.type(purchases, '250000');
    expect(probe.current?.model.quote?.partnerPurchases).toBe(250_000);
    await userEvent.clear(purchases);
    expect(probe.current?.model.quote).not.toHaveProperty('partnerPurchases');
    await userEvent.type(purchases, '-1');
    expect(namedIssues(probe)).toContainEqual(expect.stringMatching(/^Quote › Partner purchases: must not be negative/));
  });

  it('a line’s special bid and funding override are edited on the line', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />);
    const line = card(/^line 1/);
    await userEvent.type(within(line).getByLabelText('Special bid'), '5');
    expect(probe.current?.model.quote?.lines?.[0]?.specialBid).toBe(0.05);
    const override = within(line).getByRole('combobox', { name: 'Funding override' });
    expect(override).toHaveDisplayValue("The channel's (vendor)");
    await userEvent.selectOptions(override, 'compound');
    expect(probe.current?.model.quote?.lines?.[0]?.funding).toBe('compound');
    expect(within(line).getByText(FUNDING_EXPLANATIONS['compound']!)).toBeInTheDocument();
    await userEvent.clear(within(line).getByLabelText('Special bid'));
    await userEvent.type(within(line).getByLabelText('Special bid'), '120');
    expect(within(line).getByText(/must be between 0 and 1/)).toBeInTheDocument();
    expect(namedIssues(probe)).toContainEqual(expect.stringMatching(/^Quote › Line 1 › Special bid: must be between 0 and 1/));
  });
});

describe('Quote panel: the worked example’s figures are the engine’s', () => {
  it('each party’s pocket waterfall shows exactly the engine’s elements, zeros left out', () => {
    const { input, model } = workedExample();
    renderWithEditor(<QuotePanel port={mockPort()} />, input);
    const pocket = quotePocket(priceQuote(model));
    for (const party of pocket) {
      const expected = party.elements
        .filter((e) => e.kind !== 'step' || toNumber(e.amount) !== 0)
        .map((e) => `${e.label}${money(e.amount)}${e.basis ?? ''}${e.timing === 'on-invoice' ? 'on invoice' : (e.timing ?? '')}${e.kind !== 'total' && e.paidBy ? (e.paidTo ? `${e.paidBy} → ${e.paidTo}` : e.paidBy) : ''}`);
      expect(rowsOf(`pocket-${party.party.toLowerCase()}`)).toEqual(expected);
    }
    // The figures finance checks by hand.
    expect(rowsOf('pocket-customer')).toEqual(['List price1,000.00list', 'Negotiated discount-100.00liston invoiceReseller → Customer', 'Customer price900.00']);
    expect(rowsOf('pocket-reseller')).toEqual(expect.arrayContaining(['Buy price-700.00liston invoiceReseller → Distributor', 'Front margin200.00', 'Pocket margin200.00']));
    expect(rowsOf('pocket-distributor')).toEqual(['Sell price700.00liston invoiceReseller → Distributor', 'Buy price-600.00liston invoiceDistributor → Vendor', 'Margin100.00']);
    expect(rowsOf('pocket-vendor')).toEqual(expect.arrayContaining(['Vendor invoice600.00', 'Pocket price600.00', 'Cost to serve-120.00costVendor', 'Pocket margin480.00']));
    const vendor = pocket.find((w) => w.party === 'Vendor')!;
    expect(rowsOf('pocket-summary')).toContain(`Vendor${money(vendor.pocketPrice)}${money(vendor.pocketMargin!)}${formatPercent(toNumber(priceQuote(model).totals.vendorMargin.rate!))}`);
    expect(screen.getByTestId('funding-1')).toHaveTextContent('Funding: partner; the reseller funds the negotiated discount');
  });

  it('a line shows its special bid and co-op where not 0, as the engine prices them', () => {
    const { input, model } = workedExample((m) => {
      m.levels![0]!.coop = 0.01;
      m.quote!.lines![0]!.specialBid = 0.05;
    });
    renderWithEditor(<QuotePanel port={mockPort()} />, input);
    const line = priceQuote(model).lines[0]!;
    expect(toNumber(line.specialBidDiscount)).toBe(50);
    expect(rowsOf('waterfall-1')).toEqual(expect.arrayContaining([`of which special bid-${money(line.specialBidDiscount)}`, `Co-op-${money(line.coop)}`]));
    expect(rowsOf('pocket-vendor')).toContain(`Special bid-${money(line.specialBidDiscount)}liston invoiceVendor → Customer`);
  });

  it('a line without special bid or co-op shows neither', () => {
    const { input } = workedExample();
    renderWithEditor(<QuotePanel port={mockPort()} />, input);
    expect(rowsOf('waterfall-1').filter((r) => /special bid|Co-op/.test(r))).toEqual([]);
  });
});

