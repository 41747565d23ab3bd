/** The Ladders panel: bands edited, reordered, added and removed, with each error at its band. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LaddersPanel } from '../../src/taskpane/components/panels/LaddersPanel';
import { renderWithEditor } from './support/render';


// Typing into Fluent inputs under jsdom is slow on a shared machine.
jest.setTimeout(30_000);
const band = (n: number): HTMLElement => screen.getByRole('group', { name: `Band ${n}` });

describe('Ladders panel', () => {
  it('shows the starter ladder’s bands as typed: Up to and discount in percent', () => {
    renderWithEditor(<LaddersPanel />);
    expect(screen.getByLabelText('Band 1 up to (units)')).toHaveValue('10');
    expect(screen.getByLabelText('Band 2 discount')).toHaveValue('10');
    expect(screen.getByLabelText('Band 3 discount')).toHaveValue('20');
    expect(screen.getByLabelText('Band 4 up to (units)')).toHaveValue('');
  });

  it('stores a typed percentage as an exact share of list: 12.5 → 0.125, 29 → 0.29', async () => {
    const { probe } = renderWithEditor(<LaddersPanel />);
    const field = screen.getByLabelText('Band 2 discount');
    await userEvent.clear(field);
    await userEvent.type(field, '12.5');
    expect(probe.current?.model.ladders?.[0]?.bands[1]?.discount).toBe(0.125);
    await userEvent.clear(field);
    await userEvent.type(field, '29');
    expect(probe.current?.model.ladders?.[0]?.bands[1]?.discount).toBe(0.29);
  });

  it.each([
    ['150', 'must be between 0 and 1 (0% to 100%) (got 1.5)'],
    ['-5', 'must be between 0 and 1 (0% to 100%) (got -0.05)'],
    ['ten', '"ten" is not a percentage; type a number such as 12.5'],
  ])('a discount of %s is refused beside the band: %s', async (typed, message) => {
    renderWithEditor(<LaddersPanel />);
    const field = screen.getByLabelText('Band 3 discount');
    await userEvent.clear(field);
    await userEvent.type(field, typed);
    expect(within(band(3)).getByText(message)).toBeInTheDocument();
    expect(within(band(2)).queryByText(message)).not.toBeInTheDocument();
  });

  it('an unsorted Up to is shown at the band that breaks the order', async () => {
    renderWithEditor(<LaddersPanel />);
    const field = screen.getByLabelText('Band 3 up to (units)');
    await userEvent.clear(field);
    await userEvent.type(field, '100');
    expect(within(band(3)).queryByText(/must be greater/)).not.toBeInTheDocument();
    await userEvent.clear(field);
    await userEvent.type(field, '5');
    expect(within(band(3)).getByText("band 3, Up to (5) must be greater than band 2's Up to (50): sort the bands by Up to")).toBeInTheDocument();
  });

  it('moves a band down, removes one and adds one before the unbounded last band', async () => {
    const { probe } = renderWithEditor(<LaddersPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Move band 1 down' }));
    expect(probe.current?.model.ladders?.[0]?.bands.map((b) => b.upTo)).toEqual([50, 10, 250, null]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove band 1' }));
    expect(probe.current?.model.ladders?.[0]?.bands.map((b) => b.upTo)).toEqual([10, 250, null]);
    await userEvent.click(screen.getByRole('button', { name: 'Add band' }));
    expect(probe.current?.model.ladders?.[0]?.bands.map((b) => b.upTo)).toEqual([10, 250, 500, null]);
    expect(probe.current?.validation.issues).toEqual([]);
  });

  it('switches the mode between graduated and volume', async () => {
    const { probe } = renderWithEditor(<LaddersPanel />);
    await userEvent.click(screen.getByRole('radio', { name: 'Volume' }));
    expect(probe.current?.model.ladders?.[0]?.mode).toBe('volume');
    expect(screen.getByText('Every unit takes the discount of the band the quantity reaches.')).toBeInTheDocument();
  });

  it('charts the effective unit price: the Backup CLI at 10 a month falls to 7.83 at 375 units, graduated', () => {
    renderWithEditor(<LaddersPanel />);
    // The chart runs to 1.5 × the last edge (250): 10 × 10 + 40 × 9 + 200 × 8 + 125 × 7 = 2,935 → 7.83 each.
    expect(screen.getByTestId('ladder-chart')).toHaveAccessibleName(
      'Effective unit price from USD 10.00 at 1 unit to USD 7.83 at 375 units, for Backup CLI, product, monthly.',
    );
  });

  it('redraws the chart as a band is typed: volume mode prices all 375 units at 30% off', async () => {
    renderWithEditor(<LaddersPanel />);
    await userEvent.click(screen.getByRole('radio', { name: 'Volume' }));
    expect(screen.getByTestId('ladder-chart')).toHaveAccessibleName(expect.stringContaining('to USD 7.00 at 375 units'));
    const field = screen.getByLabelText('Band 4 discount');
    await userEvent.clear(field);
    await userEvent.type(field, '40');
    expect(screen.getByTestId('ladder-chart')).toHaveAccessibleName(expect.stringContaining('to USD 6.00 at 375 units'));
  });
});
