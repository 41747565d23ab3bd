import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadModel, loadQuoteFile, quoteFileModelPath } from '../../../../src/engine';
import { exampleJson, exampleModel, type Json } from '../model/example';
import { approvalModel, matrix } from './fixture';

function issuesOf(edit: (json: Json) => void): string[] {
  const json = exampleJson();
  json.approvals = structuredClone(matrix);
  edit(json);
  const loaded = loadModel(json);
  return loaded.ok ? [] : loaded.issues.map((i) => i.message);
}

describe('loadModel checks the approval matrix and the quote\'s details', () => {
  it('loads the matrix and the details as written', () => {
    const model = approvalModel((json) => {
      Object.assign(json.quote, {
        number: 'Q-2026-0142',
        date: '2026-11-30',
        validUntil: '2026-12-30',
        vendor: { name: 'Tiercraft Backup Inc.', email: 'sales@example.com' },
        terms: 'Net 30',
        approvals: [{ role: 'Finance', by: 'Ana Ruiz', at: '2026-12-01' }],
      });
    });
    expect(model.approvals).toEqual({ ...matrix, measure: 'discretionary' });
    expect(model.quote.vendor).toEqual({ name: 'Tiercraft Backup Inc.', address: '', contact: '', email: 'sales@example.com' });
    expect(model.quote.number).toBe('Q-2026-0142');
  });

  it.each<[string, (json: Json) => void, string]>([
    ['steps out of order', (j) => (j.approvals.steps[1].upTo = 0.1), 'approvals.steps[1].upTo: up to 10% must be above the step before it ("Sales rep", up to 10%): list steps in ascending order of discount'],
    ['a step below the one before', (j) => (j.approvals.steps[2].upTo = 0.15), 'approvals.steps[2].upTo: up to 15% must be above the step before it ("Sales manager", up to 20%): list steps in ascending order of discount'],
    ['no step', (j) => (j.approvals.steps = []), 'approvals.steps: give at least one step: the first is what a sales rep may give without approval (got [])'],
    ['an empty role', (j) => (j.approvals.steps[0].role = ' '), 'approvals.steps[0].role: must not be empty (got " ")'],
    ['a role twice', (j) => (j.approvals.beyond = 'Director'), 'approvals.beyond: role "Director" appears twice (first at approvals.steps[2].role): give each role one place in the matrix'],
    ['a step past 100%', (j) => (j.approvals.steps[2].upTo = 1.2), 'approvals.steps[2].upTo: must be between 0 and 1 (0% to 100%) (got 1.2)'],
    ['an unknown measure', (j) => (j.approvals.measure = 'net'), 'approvals.measure: Invalid option: expected one of "discretionary"|"total" (got "net")'],
    ['a date not written yyyy-mm-dd', (j) => (j.quote.date = '30/11/2026'), 'quote.date: must be a date written yyyy-mm-dd, e.g. 2026-11-30 (got "30/11/2026")'],
    ['a day that does not exist', (j) => (j.quote.validUntil = '2026-02-30'), 'quote.validUntil: "2026-02-30" is not a calendar date (yyyy-mm-dd)'],
    ['valid until before the date', (j) => Object.assign(j.quote, { date: '2026-11-30', validUntil: '2026-11-29' }), "quote.validUntil: valid until 2026-11-29 is before the quote's date 2026-11-30"],
    ['an approval by a role the matrix does not know', (j) => (j.quote.approvals = [{ role: 'VP', by: 'Kim' }]), 'quote.approvals[0].role: no role "VP" in the approval matrix (roles: "Sales rep", "Sales manager", "Director", "CFO", "Finance")'],
    ['a tab in an address (line breaks are kept)', (j) => (j.quote.vendor = { name: 'Backup Vendor Ltd', address: '1 Harbour Street\nBristol\tBS1' }), 'quote.vendor.address: must not contain control characters other than line breaks (U+0000 to U+001F but U+000A, U+007F) (got "1 Harbour Street\\nBristol\\tBS1")'],
    ['an approval without a matrix', (j) => { delete j.approvals; j.quote.approvals = [{ role: 'Director' }]; }, 'quote.approvals[0].role: approval by "Director" given, but the model has no approval matrix (approvals)'],
  ])('%s', (_, edit, message) => {
    expect(issuesOf(edit)).toEqual([message]);
  });

  it("checks the quote's lines still when one of its details fails the schema", () => {
    const issues = issuesOf((j) => {
      j.quote.date = 'soon';
      j.quote.lines[0].term = 'biennial';
    });
    expect(issues).toEqual(['quote.date: must be a date written yyyy-mm-dd, e.g. 2026-11-30 (got "soon")', 'quote.lines[0].term: no term "biennial"']);
  });
});

describe('loadQuoteFile: a quote kept apart from the model, checked against it', () => {
  const model = approvalModel();
  const file = (extra: Json = {}): Json => ({
    $schema: '../schema/tiercraft-quote.schema.json',
    model: 'backup-vendor.tiercraft.json',
    customer: 'Contoso',
    number: 'Q-2026-0142',
    date: '2026-11-30',
    validUntil: '2026-12-30',
    lines: [{ item: { bundle: 'team-starter' }, quantity: 12, term: '3-year', channel: 'distribution', level: 'gold', dealRegistration: true, discount: 0.05 }],
    ...extra,
  });

  it('names its model, and gives the model with the file\'s quote in place of its own', () => {
    expect(quoteFileModelPath(file())).toBe('backup-vendor.tiercraft.json');
    expect(quoteFileModelPath({ lines: [] })).toBeUndefined();
    const loaded = loadQuoteFile(file(), model);
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    expect(loaded.modelPath).toBe('backup-vendor.tiercraft.json');
    expect(loaded.quote.customer).toBe('Contoso');
    expect(loaded.quote.lines[0]).toMatchObject({ quantity: 12, discount: 0.05, specialBid: 0 });
    expect(loaded.model.quote).toBe(loaded.quote);
    expect(loaded.model.prices).toBe(model.prices);
    expect('model' in loaded.quote).toBe(false);
  });

  it.each<[string, Json, string[]]>([
    ['no model', { model: undefined }, ['model: Invalid input: expected string, received undefined']],
    ['a line the model cannot price', { lines: [{ item: { sku: 'BK-CLI' }, quantity: 1, term: 'weekly', tier: 'product', channel: 'direct' }] }, ['lines[0].term: no term "weekly"']],
    ['a market the model does not have', { market: 'mars' }, ['market: no market "mars"']],
    ['a schema fault, at its path', { lines: [{ item: { sku: 'BK-CLI' }, quantity: -1, term: 'annual', tier: 'product', channel: 'direct' }] }, ['lines[0].quantity: must be greater than 0 (got -1)']],
    ['an approval by an unknown role', { approvals: [{ role: 'Board' }] }, ['approvals[0].role: no role "Board" in the approval matrix (roles: "Sales rep", "Sales manager", "Director", "CFO", "Finance")']],
    ['valid until before the date', { validUntil: '2026-11-01' }, ["validUntil: valid until 2026-11-01 is before the quote's date 2026-11-30"]],
  ])('reports %s', (_, extra, messages) => {
    const loaded = loadQuoteFile(file(extra), model);
    expect(loaded.ok ? [] : loaded.issues.map((i) => i.message)).toEqual(messages);
  });

  it('refuses what is not a JSON object', () => {
    const loaded = loadQuoteFile([1], model);
    expect(loaded.ok ? [] : loaded.issues.map((i) => i.message)).toEqual(['(quote file): a quote file must be a JSON object']);
  });
});

describe('the example quote file', () => {
  it('names the example model and loads against it', () => {
    const json = JSON.parse(readFileSync(resolve(__dirname, '../../../../examples/northwind.quote.json'), 'utf8'));
    expect(quoteFileModelPath(json)).toBe('backup-vendor.tiercraft.json');
    const loaded = loadQuoteFile(json, exampleModel());
    expect(loaded.ok ? loaded.quote.lines.length : loaded.issues).toBe(2);
  });
});
