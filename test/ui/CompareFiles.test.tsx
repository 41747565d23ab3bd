/**
 * The files of the Scenarios panel: a mix CSV imported through the file picker (row count, problems
 * naming row and column, Clear) and "Compare with a model file…" (the price points with money and percent,
 * the settings, each party's impact and the breaches, figure for figure from compareModels).
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { compareModels, parseMixCsv, resolveMixItems, toNumber } from '../../src/engine';
import { ScenariosPanel } from '../../src/taskpane/components/panels/ScenariosPanel';
import { compareInput, expectedCells, loaded } from './support/compareModel';
import { renderWithEditor } from './support/render';

jest.setTimeout(30_000);

const csv = (lines: readonly string[]): File => new File([`${lines.join('\n')}\n`], 'book.csv', { type: 'text/csv' });

const HEADER = 'item,tier,term,channel,level,dealRegistration,quantity,discount';

describe('Mix import', () => {
  it('imports a mix CSV through the file picker and counts its rows; the mix replaces the model’s', async () => {
    const { probe } = renderWithEditor(<ScenariosPanel />, compareInput((m) => delete m.mix));
    expect(screen.getByTestId('mix-count')).toHaveTextContent('No mix');
    const text = [HEADER, 'SUITE,product,annual,direct,,false,40,0.05', 'SUITE,product,annual,distribution,gold,true,60,0'];
    await userEvent.upload(screen.getByTestId('mix-file'), csv(text));
    await screen.findByText('Imported 2 rows from book.csv.');
    const parsed = parseMixCsv(`${text.join('\n')}\n`, 'book.csv');
    expect(probe.current!.model.mix).toEqual({ ...parsed.mix, rows: resolveMixItems(probe.current!.validation.model!, parsed.mix!.rows) });
    expect(screen.getByTestId('mix-count')).toHaveTextContent(': 2 rows');
    expect(probe.current!.validation.issues).toEqual([]);
    expect(await screen.findByTestId('scenario-gold-2-mix')).toBeInTheDocument();
  });

  it('names the row and column of a problem in the CSV, and a row the model cannot price', async () => {
    const { probe } = renderWithEditor(<ScenariosPanel />, compareInput());
    await userEvent.upload(screen.getByTestId('mix-file'), csv([HEADER, 'SUITE,product,annual,direct,,false,x,0']));
    const problems = await screen.findByRole('list', { name: 'Problems in the CSV' });
    const expected = parseMixCsv(`${HEADER}\nSUITE,product,annual,direct,,false,x,0\n`, 'book.csv').issues;
    expect(expected.length).toBeGreaterThan(0);
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual(expected);
    expect(expected[0]).toMatch(/row 2.*quantity/i);

    await userEvent.upload(screen.getByTestId('mix-file'), csv([HEADER, 'SUITE,product,annual,distribution,platnum,false,5,0']));
    await screen.findByText('Imported 1 row from book.csv.');
    const issue = probe.current!.validation.issues.find((i) => i.key === 'mix.rows.0.level');
    expect(issue).toBeDefined();
    expect(within(screen.getByRole('list', { name: 'Problems in the mix' })).getByText(`Mix › Row 1 › Level: ${issue!.message}`)).toBeInTheDocument();
  });

  it('Clear mix removes it', async () => {
    const { probe } = renderWithEditor(<ScenariosPanel />, compareInput());
    await userEvent.click(screen.getByRole('button', { name: 'Clear mix' }));
    expect(probe.current!.model.mix).toBeUndefined();
    expect(screen.getByTestId('mix-count')).toHaveTextContent('No mix');
  });
});

describe('Compare with a model file', () => {
  it('shows the changed price points with money and percent, the settings, the party impact and the breaches, from compareModels', async () => {
    const input = compareInput((m) => (m.guardrails = { vendorMarginFloor: 0.75 }));
    const proposal = compareInput((m) => {
      m.guardrails = { vendorMarginFloor: 0.75 };
      m.prices![0]!.listPrice = 1050;
      m.levels![0]!.discount = 0.45;
    });
    renderWithEditor(<ScenariosPanel />, input);
    await userEvent.upload(screen.getByTestId('compare-file'), new File([JSON.stringify(proposal)], 'proposal.json', { type: 'application/json' }));
    await screen.findByTestId('file-comparison');
    const c = compareModels(loaded(input), loaded(proposal), { mix: loaded(input).mix ?? null, baseName: 'This model', otherName: 'proposal.json' });
    const prices = within(screen.getByTestId('file-comparison-prices')).getAllByRole('row').slice(1).map((r) => [...r.children].map((x) => x.textContent));
    expect(prices).toEqual(c.pricePoints.map((p) => [`${p.label} · ${p.field}`, ...expectedCells({ base: p.base!, other: p.other!, change: p.change!, changePct: p.changePct })]));
    expect(prices[0]!.slice(1)).toEqual(['1,000.00', '1,050.00', '+50.00 (+5.0%)']);
    const settings = within(screen.getByTestId('file-comparison-settings')).getAllByRole('row').slice(1).map((r) => [...r.children].map((x) => x.textContent));
    expect(settings).toEqual(c.settings.map((s) => [s.label, s.base, s.other]));
    const vendor = within(screen.getByTestId('file-comparison-mix')).getAllByRole('row')[1]!;
    const revenue = c.mix!.parties.find((p) => p.party === 'vendor')!.revenue;
    expect([...vendor.children].map((x) => x.textContent)).toEqual(['Vendor revenue', ...expectedCells(revenue)]);
    expect(toNumber(revenue.change)).not.toBe(0);
    const breaches = within(screen.getByTestId('file-comparison-breaches')).getAllByRole('listitem').map((li) => li.textContent);
    expect(breaches).toEqual(c.breaches.appeared.map((b) => `New ${b.severity}: ${b.message}`).concat(c.breaches.disappeared.map((b) => `Resolved ${b.severity}: ${b.message}`)));
    expect(breaches.length).toBeGreaterThan(0);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Base' }), 'fileIsBase');
    const reverse = compareModels(loaded(proposal), loaded(input), { mix: loaded(input).mix ?? null, baseName: 'proposal.json', otherName: 'This model' });
    await waitFor(() => expect(within(screen.getByTestId('file-comparison-prices')).getAllByRole('row')[1]!.textContent).toContain(`${reverse.pricePoints[0]!.label}`));
    expect(within(screen.getByTestId('file-comparison-prices')).getAllByRole('row')[1]!.textContent).toContain('−50.00 (−4.8%)');
  });

  it('a file the engine cannot load is not compared; its issues are listed', async () => {
    renderWithEditor(<ScenariosPanel />, compareInput());
    const broken = compareInput((m) => {
      m.levels![0]!.discount = 2;
      m.scenarios = [];
    });
    await userEvent.upload(screen.getByTestId('compare-file'), new File([JSON.stringify(broken)], 'broken.json'));
    expect(await screen.findByText(/^broken.json has (an issue|\d+ issues); it was not compared.$/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'What is wrong with the file' })).getByText(/Partner level 1 › Discount/)).toBeInTheDocument();
    expect(screen.queryByTestId('file-comparison')).not.toBeInTheDocument();
  });
});
