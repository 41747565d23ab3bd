/** Every import ends in the model or the list of what is wrong with it, never a blank pane. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import { parseModelText } from '../../src/taskpane/state/modelFile';
import { STARTER_MODEL } from '../../src/taskpane/state/starterModel';
import { mockPort, renderInFluent } from './support/render';

jest.setTimeout(30_000);

const starter = STARTER_MODEL as unknown as Record<string, unknown>;
const file = (patch: Record<string, unknown>): string => JSON.stringify({ ...starter, ...patch });

describe.each([
  ['a list of personas given as text', file({ personas: 'end users' }), 'personas: must be a list; found text'],
  ['tiers given as an object', file({ tiers: { product: 'Product' } }), 'tiers: must be a list; found an object'],
  ['an empty slot in the product list', file({ products: [null] }), 'products[0]: must be an object; found null'],
  ['a ladder whose bands are text', file({ ladders: [{ id: 'vol', name: 'Volume', bands: 'many' }] }), 'ladders[0].bands: must be a list; found text'],
  ['a price ladder whose bands are text', file({ priceLadders: [{ id: 'api', name: 'API', mode: 'graduated', bands: 'many' }] }), 'priceLadders[0].bands: must be a list; found text'],
  ['markets given as an object', file({ markets: { eu: 'EUR' } }), 'markets: must be a list; found an object'],
  ['a market whose overrides are a number', file({ markets: [{ id: 'eu', name: 'EU', currency: 'EUR', rate: 0.9, overrides: 3 }] }), 'markets[0].overrides: must be a list; found a number'],
  ['a quote line whose item is text', file({ quote: { customer: 'Acme', lines: [{ item: 'BK-CLI', quantity: 1 }] } }), 'quote.lines[0].item: must be an object; found text'],
  ['a scenario whose changes are an object', file({ scenarios: [{ id: 's', name: 'S', changes: { target: 'level' } }] }), 'scenarios[0].changes: must be a list; found an object'],
  ['a mix row whose item is text', file({ mix: { rows: [{ item: 'BK-CLI', term: 'annual', channel: 'direct', quantity: 1 }] } }), 'mix.rows[0].item: must be an object; found text'],
  ['a tier named by an object', file({ tiers: [{ id: 'product', name: { en: 'Product' } }] }), 'tiers[0].name: must be a number, text or true/false; found an object'],
  ['a name longer than a cell holds', file({ name: 'x'.repeat(40_000) }), 'name: is 40,000 characters long; a cell holds at most 32,767'],
  ['lists nested thousands deep', `{"currency":"USD","personas":${'['.repeat(5000)}${']'.repeat(5000)}}`, '(model): nests deeper than 16 levels, deeper than any Tiercraft model'],
])('A file with %s', (_case, text, issue) => {
  it('is refused with the place that is wrong, and the model is not changed', () => {
    const read = parseModelText(text, 'hostile.json');
    expect(read).toMatchObject({ ok: false, message: 'hostile.json is not shaped like a Tiercraft model; the model was not changed.' });
    expect(read.ok ? [] : read.issues).toContain(issue);
  });
});

describe('Files of the right shape open, whatever else is wrong in them', () => {
  it.each([
    ['control characters in a name', { name: 'Backup\u0000vendor\u0007' }],
    ['a quantity typed as text', { quote: { customer: 'Acme', lines: [{ item: { sku: 'BK-CLI' }, quantity: 'ten', term: 'annual', channel: 'direct' }] } }],
    ['a currency given as a number', { currency: 840 }],
    ['a scenario of an unknown level and a mix row of text quantity', { scenarios: [{ id: 's', name: 'S', changes: [{ target: 'level', level: 'platnum', field: 'discount', add: 0.01 }] }], mix: { rows: [{ item: { sku: 'BK-CLI' }, tier: 'product', term: 'annual', channel: 'direct', quantity: 'ten' }] } }],
    ['a price ladder and a market with an override', { priceLadders: [{ id: 'api', name: 'API', mode: 'volume', bands: [{ upTo: null, unitPrice: 5 }] }], markets: [{ id: 'eu', name: 'EU', currency: 'EUR', rate: 0.9, overrides: [{ sku: 'BK-CLI', tier: 'product', term: 'annual', listPrice: 90 }] }] }],
  ])('%s', (_case, patch) => {
    expect(parseModelText(file(patch), 'odd.json').ok).toBe(true);
  });

  it('the example model opens as it is', () => {
    expect(parseModelText(JSON.stringify(STARTER_MODEL), 'starter.json')).toEqual({ ok: true, model: JSON.parse(JSON.stringify(STARTER_MODEL)) });
  });
});

describe('Importing a hostile file into the pane', () => {
  it('lists what is wrong and keeps every panel on screen with the model as it was', async () => {
    renderInFluent(<TaskPane port={mockPort()} starter={STARTER_MODEL} initialPanel="packaging" />);
    await screen.findByRole('button', { name: 'Build workbook' });
    await userEvent.upload(screen.getByTestId('import-file'), new File([file({ tiers: { a: 1 }, products: [null] })], 'hostile.json'));
    expect(await screen.findByText('hostile.json is not shaped like a Tiercraft model; the model was not changed.')).toBeInTheDocument();
    const wrong = screen.getByRole('list', { name: 'What is wrong' });
    expect(within(wrong).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['products[0]: must be an object; found null', 'tiers: must be a list; found an object']);
    for (const panel of ['Packaging', 'Price book', 'Ladders', 'Bundles', 'Channels', 'Markets', 'Quote', 'Scenarios']) {
      await userEvent.click(screen.getByRole('tab', { name: panel }));
      expect(screen.queryByTestId('failure')).not.toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Build workbook' })).toBeEnabled();
  });
});
