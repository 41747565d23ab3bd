/** Price shapes in the pane: the shape switches the entry's fields, values reach the model, errors sit at their field. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LaddersPanel } from '../../src/taskpane/components/panels/LaddersPanel';
import { PackagingPanel } from '../../src/taskpane/components/panels/PackagingPanel';
import { PriceBookPanel } from '../../src/taskpane/components/panels/PriceBookPanel';
import { entryCharge } from '../../src/engine';
import { validateModel } from '../../src/taskpane/state/validateModel';
import { renderWithEditor } from './support/render';
import { SHAPED_MODEL } from './support/shapedModel';

// Typing into Fluent inputs under jsdom is slow on a shared machine.
jest.setTimeout(60_000);
const card = (name: RegExp): HTMLElement => screen.getByRole('region', { name });
const entry = (name: string): HTMLElement => screen.getByRole('group', { name });

describe('Product shapes', () => {
  it('a per-unit product shows its list-price grid; switching it to package shows the package fields instead', async () => {
    const { probe } = renderWithEditor(<PriceBookPanel />);
    const team = card(/^product 2/);
    expect(within(team).getByLabelText('Team backup server, Solution, Annual: list price')).toHaveValue('1200');
    await userEvent.selectOptions(within(team).getByLabelText('Price shape'), 'package');
    expect(within(team).queryByLabelText('Team backup server, Solution, Annual: list price')).toBeNull();
    const annual = entry('Team backup server, Solution, Annual');
    expect(within(annual).getByLabelText('Price per package (USD, whole term)')).toHaveValue('1200');
    expect(within(annual).getByLabelText('Package size (servers per package)')).toHaveValue('');
    expect(within(annual).getByLabelText('Included servers (free)')).toBeInTheDocument();
    expect(within(annual).queryByLabelText('Price ladder')).toBeNull();
    await userEvent.type(within(annual).getByLabelText('Package size (servers per package)'), '5');
    expect(within(annual).getByLabelText('Price per package of 5 servers (USD, whole term)')).toHaveValue('1200');
    expect(probe.current?.model.products?.[1]?.shape).toBe('package');
    expect(probe.current?.model.prices).toContainEqual({ sku: 'BK-TEAM', tier: 'solution', term: 'annual', listPrice: 1200, packageSize: 5 });
  });

  it('switching a shape drops the fields the new shape does not use, and a shaped product its discount ladder', async () => {
    const { probe } = renderWithEditor(<PriceBookPanel />, SHAPED_MODEL);
    await userEvent.selectOptions(within(card(/^product 5/)).getByLabelText('Price shape'), 'platform');
    expect(probe.current?.model.prices).toContainEqual({ sku: 'ST-GB', tier: 'product', term: 'annual', listPrice: 0.02 });
    const platform = entry('Storage, Product, Annual');
    expect(within(platform).getByLabelText('Platform fee (USD, whole term)')).toHaveValue('');
    expect(within(platform).getByLabelText('List price per GB (USD, whole term)')).toHaveValue('0.02');
    await userEvent.selectOptions(within(card(/^product 1/)).getByLabelText('Price shape'), 'usage');
    expect(probe.current?.model.products?.[0]).not.toHaveProperty('ladder');
  });

  it('a tiered entry names a price ladder and takes a platform fee and a minimum charge', async () => {
    const { probe } = renderWithEditor(<PriceBookPanel />, SHAPED_MODEL);
    const api = entry('API seats, Product, Monthly');
    expect(within(api).queryByLabelText(/List price/)).toBeNull();
    await userEvent.selectOptions(within(api).getByLabelText('Price ladder'), 'api');
    await userEvent.type(within(api).getByLabelText('Minimum charge (USD, whole term)'), '1,000');
    expect(probe.current?.model.prices).toContainEqual({ sku: 'API', tier: 'product', term: 'monthly', ladder: 'api', minimumCharge: 1000 });
    await userEvent.click(within(api).getByRole('button', { name: 'Remove the price of API seats, Product, Monthly' }));
    expect(probe.current?.model.prices?.some((p) => p.sku === 'API' && p.term === 'monthly')).toBe(false);
  });

  it.each([
    ['0', 'must be greater than 0 (got 0)'],
    ['five', '"five" is not a number; type digits such as 1200 or 12.5'],
  ])('a package size of %s is refused beside the field: %s', async (typed, message) => {
    renderWithEditor(<PriceBookPanel />, SHAPED_MODEL);
    await userEvent.selectOptions(within(card(/^product 5/)).getByLabelText('Price shape'), 'package');
    const size = within(entry('Storage, Product, Annual')).getByLabelText('Package size (GB per package)');
    await userEvent.type(size, typed);
    expect(within(entry('Storage, Product, Annual')).getByText(message)).toBeInTheDocument();
  });

  it('the engine’s shape checks are shown at the field: a package product needs a package size', async () => {
    const { probe } = renderWithEditor(<PriceBookPanel />, SHAPED_MODEL);
    await userEvent.selectOptions(within(card(/^product 5/)).getByLabelText('Price shape'), 'package');
    const storage = entry('Storage, Product, Annual');
    expect(within(storage).getByText('a package product needs a package size on each price-book entry')).toBeInTheDocument();
    await userEvent.type(within(storage).getByLabelText('Package size (GB per package)'), '100');
    expect(within(storage).queryByText(/needs a package size/)).toBeNull();
    expect(probe.current?.validation.issues.filter((i) => i.path[0] === 'prices')).toEqual([]);
  });

  it('a field the shape does not use, kept from a file, is named in its entry with the engine’s message', () => {
    const imported = { ...SHAPED_MODEL, prices: (SHAPED_MODEL.prices ?? []).map((p) => (p.sku === 'ST-GB' ? { ...p, packageSize: 10 } : p)) };
    renderWithEditor(<PriceBookPanel />, imported);
    expect(within(entry('Storage, Product, Annual')).getByRole('alert')).toHaveTextContent('Package size: only package products have a package size');
  });

  it('previews each entry at a typed quantity with the engine’s charge, in words', async () => {
    renderWithEditor(<PriceBookPanel />, SHAPED_MODEL);
    await userEvent.type(within(card(/^product 4/)).getByLabelText('Preview at this many seats'), '75');
    const model = validateModel(SHAPED_MODEL).model;
    if (!model) throw new Error('the shaped model is invalid');
    const shown = screen.getByLabelText('API seats, Product, Annual at 75');
    expect(shown).toHaveTextContent(entryCharge(model, 'API', 'product', 'annual', 75).explanation);
    expect(shown).toHaveTextContent('10 × 9.00 + 40 × 8.10 + 25 × 7.50 = 601.50');
    // Entries not in the price book have nothing to preview.
    expect(screen.queryByLabelText('API seats, Product, Monthly at 75')).toBeNull();
  });

  it('the unit and its cost are labelled with what they count and the currency', () => {
    renderWithEditor(<PriceBookPanel />, SHAPED_MODEL);
    expect(within(card(/^product 5/)).getByLabelText('Cost to serve one GB per month, USD')).toHaveValue('0.001');
    expect(within(card(/^product 5/)).getByText('Some units included free, then an overage rate for each unit over them.')).toBeInTheDocument();
    expect(within(entry('Storage, Product, Annual')).getByLabelText('Overage rate per GB over the included (USD, whole term)')).toHaveValue('0.02');
  });
});

describe('Rounding and price endings', () => {
  it('shows what the policy does to a price, live', async () => {
    const { probe } = renderWithEditor(<PriceBookPanel />);
    const example = screen.getByRole('status', { name: 'Rounding example' });
    expect(example).toHaveTextContent('For example: 49.37 → 49.37, 12.345 → 12.35');
    await userEvent.type(screen.getByLabelText('Price ending'), '0.99');
    expect(example).toHaveTextContent('For example: 49.37 → 48.99, 12.345 → 11.99');
    await userEvent.selectOptions(screen.getByLabelText('Halves'), 'halfEven');
    await userEvent.clear(screen.getByLabelText('Price ending'));
    expect(example).toHaveTextContent('12.345 → 12.34');
    expect(probe.current?.model.rounding).toEqual({ mode: 'halfEven' });
  });
});

describe('Price ladders', () => {
  it('edits a stairstep ladder: mode, bands with up to, unit price and flat fee', async () => {
    const { probe } = renderWithEditor(<LaddersPanel />, SHAPED_MODEL);
    const ladders = screen.getByRole('region', { name: 'Price ladders' });
    await userEvent.click(within(ladders).getByRole('radio', { name: 'Stairstep' }));
    const fee = within(ladders).getByLabelText('Price band 1 flat fee');
    await userEvent.clear(fee);
    await userEvent.type(fee, '99');
    expect(probe.current?.model.priceLadders?.[0]).toMatchObject({ mode: 'stairstep', bands: [{ upTo: 10, unitPrice: 9, flatFee: 99 }, { upTo: 50 }, { upTo: null }] });
  });

  it('an unsorted band is refused at the band’s Up to', async () => {
    renderWithEditor(<LaddersPanel />, SHAPED_MODEL);
    const band = screen.getByRole('group', { name: 'Price band 2' });
    const upTo = within(band).getByLabelText('Price band 2 up to (units)');
    await userEvent.clear(upTo);
    await userEvent.type(upTo, '5');
    expect(within(band).getByText(/band 2.*5.*10/i)).toBeInTheDocument();
  });
});

describe('Tiers that each serve a new job', () => {
  it('shows each tier’s defining persona and job, and flags a repeat', async () => {
    renderWithEditor(<PackagingPanel />);
    const third = card(/^tier 3/);
    expect(within(card(/^tier 1/)).getByLabelText('Tier 1 is defined by')).toHaveTextContent(/^Defined by: End user · /);
    expect(within(third).queryByText(/more features, not a new job/)).toBeNull();
    expect(within(third).getByLabelText('Tier 3 buyer group')).toHaveTextContent(/^Buyer group: Business manager, .*End user/);
    // The third tier takes the first tier's defining persona and job.
    const firstJob = (within(card(/^tier 1/)).getByLabelText('Job to be done') as HTMLTextAreaElement).value;
    for (const box of within(third).getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) await userEvent.click(box);
    await userEvent.click(within(third).getByRole('checkbox', { name: /^End user/ }));
    await userEvent.clear(within(third).getByLabelText('Job to be done'));
    await userEvent.type(within(third).getByLabelText('Job to be done'), firstJob.toUpperCase());
    expect(within(third).getByText(/^tier "enterprise" serves the same persona \("end-user"\) and job \(.+\) as tier "product": more features, not a new job$/)).toBeInTheDocument();
  });
});
