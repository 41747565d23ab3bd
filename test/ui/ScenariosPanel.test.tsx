/**
 * The Scenarios panel: base against every scenario, party by party on the mix and on the quote, each
 * figure the engine's compareScenarios; scenarios created, edited (issues at the field) and deleted.
 *
 * Worked example (support/compareModel.ts; the README's, under Compare), by hand: direct, the customer
 * pays 10 × 1,000 less 5% = 9,500, all the vendor's invoice. Through Distribution · Gold, the customer pays
 * 20 × 1,000 = 20,000; the reseller buys at 30% off (14,000), the distributor at a further 10% of list
 * (12,000), the vendor's invoice. Vendor revenue 9,500 + 12,000 = 21,500. "Gold +2 pts" takes the
 * distributor's buy price to 20 × 1,000 × (1 − 32% − 10%) = 11,600: 21,100, −400 (−1.9%). Vendor margin:
 * 21,500 − 240 rebate − 3,600 cost (30 units × 10 × 12) = 17,660; after, 21,100 − 232 − 3,600 = 17,268,
 * −392 (−2.2%): the rebate (2% of the vendor's invoice) gives 8 of the 400 back. The customer pays 29,500
 * either way.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compareScenarios, isZero, PARTY_NAMES, type BookImpact } from '../../src/engine';
import { ScenariosPanel } from '../../src/taskpane/components/panels/ScenariosPanel';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import { STARTER_MODEL } from '../../src/taskpane/state/starterModel';
import { compareInput, expectedCells, loaded } from './support/compareModel';
import { mockPort, renderInFluent, renderWithEditor } from './support/render';

jest.setTimeout(30_000);

const PARTY = { vendor: 'Vendor', distributor: 'Distributor', reseller: 'Reseller', customer: 'Customer' } as const;

/** Every row the engine's impact should show: parties with some figure, three figures each. */
function expectedRows(impact: BookImpact): string[][] {
  return PARTY_NAMES.flatMap((party) => {
    const p = impact.parties.find((x) => x.party === party)!;
    const figures = [['revenue', p.revenue], ['pocket', p.pocket], ['margin', p.margin]] as const;
    if (figures.every(([, f]) => isZero(f.base) && isZero(f.other))) return [];
    return figures.map(([word, f]) => [`${PARTY[party]} ${word}`, ...expectedCells(f)]);
  });
}

const shownRows = (testId: string): string[][] =>
  within(screen.getByTestId(testId)).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent ?? ''));

describe('Scenarios panel', () => {
  it('compares base with every scenario on the mix, party by party, figure for figure from compareScenarios', async () => {
    const input = compareInput();
    renderWithEditor(<ScenariosPanel />, input);
    const result = compareScenarios(loaded(input));
    const mix = result.scenarios[0]!.comparison.mix!;
    await screen.findByTestId('scenario-gold-2-mix');
    expect(shownRows('scenario-gold-2-mix')).toEqual(expectedRows(mix));
    // By hand (see the header): vendor revenue 21,500 → 21,100, margin 17,660 → 17,268; the customer pays 29,500 either way.
    const row = (label: string): string[] | undefined => shownRows('scenario-gold-2-mix').find((r) => r[0] === label);
    expect(row('Vendor revenue')).toEqual(['Vendor revenue', '21,500.00', '21,100.00', '−400.00 (−1.9%)']);
    expect(row('Vendor margin')).toEqual(['Vendor margin', '17,660.00', '17,268.00', '−392.00 (−2.2%)']);
    expect(row('Reseller margin')).toEqual(['Reseller margin', '6,240.00', '6,632.00', '+392.00 (+6.3%)']);
    expect(row('Customer revenue')).toEqual(['Customer revenue', '29,500.00', '29,500.00', '0.00 (0.0%)']);
    expect(screen.getByTestId('mix-count')).toHaveTextContent('FY27 book: 2 rows');
  });

  it('measures the quote too, and lists the breaches a scenario makes appear', async () => {
    const input = compareInput((m) => {
      m.guardrails = { vendorMarginFloor: 0.75 };
      m.quote = { customer: 'Contoso', lines: [{ item: { sku: 'SUITE' }, quantity: 5, term: 'annual', tier: 'product', channel: 'distribution', level: 'gold' }] };
      m.scenarios!.push({ id: 'gold-deep', name: 'Gold 45%', changes: [{ target: 'level', level: 'gold', field: 'discount', set: 0.45 }] });
    });
    renderWithEditor(<ScenariosPanel />, input);
    const result = compareScenarios(loaded(input));
    const deep = result.scenarios[1]!.comparison;
    await screen.findByTestId('scenario-gold-deep-quote');
    expect(shownRows('scenario-gold-deep-quote')).toEqual(expectedRows(deep.quote!));
    expect(deep.breaches.appeared.length).toBeGreaterThan(0);
    const breaches = within(screen.getByTestId('scenario-gold-deep-breaches')).getAllByRole('listitem').map((li) => li.textContent);
    expect(breaches).toEqual([...deep.breaches.appeared.map((b) => `New ${b.severity}: ${b.message}`), ...deep.breaches.disappeared.map((b) => `Resolved ${b.severity}: ${b.message}`)]);
    expect(within(screen.getByRole('region', { name: 'Base against Gold 45%' })).getByText('New errors')).toBeInTheDocument();
    // Side by side on the mix: each scenario's vendor pocket and margin change, and its breaches new and gone.
    const glance = result.scenarios.map(({ scenario, comparison }) => {
      const vendor = comparison.mix!.parties.find((p) => p.party === 'vendor')!;
      return [scenario.name, expectedCells(vendor.pocket)[2], expectedCells(vendor.margin)[2], `+${comparison.breaches.appeared.length} / −${comparison.breaches.disappeared.length}`];
    });
    expect(shownRows('scenarios-glance')).toEqual(glance);
    expect(shownRows('scenarios-glance')[0]).toEqual(['Gold +2 pts', '−392.00 (−1.8%)', '−392.00 (−2.2%)', '+0 / −0']);
  });

  it('the comparison follows a change as it is typed', async () => {
    const input = compareInput();
    const { probe } = renderWithEditor(<ScenariosPanel />, input);
    const points = screen.getByLabelText('Points added');
    await userEvent.clear(points);
    await userEvent.type(points, '5');
    expect(probe.current?.model.scenarios?.[0]?.changes[0]).toEqual({ target: 'level', level: 'gold', field: 'discount', add: 0.05 });
    const result = compareScenarios(loaded(probe.current!.model));
    await waitFor(() => expect(shownRows('scenario-gold-2-mix')).toEqual(expectedRows(result.scenarios[0]!.comparison.mix!)));
    // 5 points: the distributor buys at 20 × 1,000 × (1 − 35% − 10%) = 11,000, so the vendor's revenue is 20,500.
    expect(shownRows('scenario-gold-2-mix')[0]).toEqual(['Vendor revenue', '21,500.00', '20,500.00', '−1,000.00 (−4.7%)']);
  });

  it('shows a validation issue at the change’s field: a discount taken past 100%', async () => {
    const input = compareInput();
    const { probe } = renderWithEditor(<ScenariosPanel />, input);
    const points = screen.getByLabelText('Points added');
    await userEvent.clear(points);
    await userEvent.type(points, '80');
    const issue = probe.current!.issuesAt(['scenarios', 0, 'changes', 0, 'add'])[0];
    expect(issue?.message).toMatch(/110%/);
    expect(within(screen.getByRole('region', { name: /change 1/ })).getByText(issue!.message)).toBeInTheDocument();
    expect(screen.getByText('Fix the issues above to compare the scenarios.')).toBeInTheDocument();
  });

  it('creates a scenario, edits its changes with the pickers, and deletes it', async () => {
    const { probe } = renderWithEditor(<ScenariosPanel />, compareInput((m) => (m.scenarios = [])));
    expect(screen.getByText('Add a scenario to compare it with the base.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add scenario' }));
    const card = screen.getByRole('region', { name: 'scenario 1 (Scenario 1)' });
    await userEvent.clear(within(card).getByLabelText('Name'));
    await userEvent.type(within(card).getByLabelText('Name'), 'List +5%');
    await userEvent.selectOptions(within(card).getByRole('combobox', { name: 'Changes' }), 'listPrice');
    await userEvent.selectOptions(within(card).getByRole('combobox', { name: 'Family' }), 'Suite');
    await userEvent.click(within(card).getByRole('button', { name: 'Add change' }));
    await userEvent.selectOptions(within(card).getAllByRole('combobox', { name: 'Changes' })[1]!, 'channel');
    await userEvent.selectOptions(within(card).getByRole('combobox', { name: 'How' }), 'set');
    const value = within(card).getByLabelText('New value');
    await userEvent.clear(value);
    await userEvent.type(value, '12');
    expect(probe.current!.model.scenarios).toEqual([
      {
        id: 'scenario-1',
        name: 'List +5%',
        description: '',
        changes: [
          { target: 'listPrice', family: 'Suite', change: 0.05 },
          { target: 'channel', channel: 'distribution', field: 'distributorDiscount', set: 0.12 },
        ],
      },
    ]);
    expect(probe.current!.validation.issues).toEqual([]);
    expect(await screen.findByTestId('scenario-scenario-1-prices')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove scenario 1 (List +5%)' }));
    expect(probe.current!.model.scenarios).toEqual([]);
  });

  it('opens from the pane’s Scenarios tab (loaded when first opened)', async () => {
    renderInFluent(<TaskPane port={mockPort(compareInput())} starter={STARTER_MODEL} />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Scenarios' }));
    expect(await screen.findByRole('region', { name: 'Base against Gold +2 pts' })).toBeInTheDocument();
  });
});
