/**
 * Approvals and the quote's details in the Quote panel, on the example's quote with the issue's matrix
 * (Sales rep up to 10%, Sales manager 20%, Director 35%, beyond: CFO; margin floor: Finance): each
 * line's approver and why, as the engine's lineApproval gives them, at each threshold; the quote's
 * status; the matrix and the details edited as fields of the model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { priceQuote, quoteApproval } from '../../src/engine';
import type { ModelInput } from '../../src/engine/model/schema';
import { STARTER_APPROVALS } from '../../src/taskpane/components/panels/ApprovalsSection';
import { QuotePanel } from '../../src/taskpane/components/panels/QuotePanel';
import { validateModel } from '../../src/taskpane/state/validateModel';
import { mockPort, renderWithEditor, type EditorProbe } from './support/render';

jest.setTimeout(90_000);

const EXAMPLE = JSON.parse(readFileSync(join(__dirname, '../../examples/backup-vendor.tiercraft.json'), 'utf8')) as ModelInput;
/** The example without its approval matrix. */
const { approvals: _matrix, ...UNROUTED } = EXAMPLE;
const ROUTED: ModelInput = { ...EXAMPLE, approvals: STARTER_APPROVALS };

const line = (n: number): HTMLElement => screen.getByRole('region', { name: new RegExp(`^line ${n} `) });
const approvals = (): HTMLElement => screen.getByRole('region', { name: 'Approvals' });
const details = (): HTMLElement => screen.getByRole('region', { name: 'Quote details' });

/** The engine's approval of the model as it now stands. */
function engineApproval(probe: EditorProbe) {
  const model = validateModel(probe.current!.model).model;
  if (!model) throw new Error(`the model is invalid: ${JSON.stringify(probe.current!.validation.issues)}`);
  return quoteApproval(model, priceQuote(model));
}

async function retype(input: HTMLElement, text: string): Promise<void> {
  await userEvent.clear(input);
  if (text !== '') await userEvent.type(input, text);
}

describe('Quote panel, approvals', () => {
  it.each([
    ['5', "none, within the Sales rep's authority (5.0% off list)", null],
    ['10', "none, within the Sales rep's authority (10.0% off list)", null],
    ['10.5', 'Sales manager', "Why: 10.5% off list is above the Sales rep's 10%"],
    ['20', 'Sales manager', "Why: 20.0% off list is above the Sales rep's 10%"],
    ['20.5', 'Director', "Why: 20.5% off list is above the Sales manager's 20%"],
    ['35', 'Director', "Why: 35.0% off list is above the Sales manager's 20%"],
    ['35.5', 'CFO', "Why: 35.5% off list is above the Director's 35%"],
  ])('a line discount of %s%% is routed to %s, as the engine routes it', async (typed, approver, why) => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, ROUTED);
    await retype(within(line(1)).getByLabelText('Line discount'), typed);
    const engine = engineApproval(probe).lines[0]!;
    const shown = within(line(1)).getByTestId('line-approver-1');
    expect(shown).toHaveTextContent(`Approval: ${approver}`);
    expect(shown).toHaveTextContent(engine.required.length === 0 ? engine.role : engine.required.join(' and '));
    if (why === null) expect(within(line(1)).queryByTestId('line-approval-why-1')).toBeNull();
    else expect(within(line(1)).getByTestId('line-approval-why-1')).toHaveTextContent(`${why}`);
    if (why !== null) expect(within(line(1)).getByTestId('line-approval-why-1')).toHaveTextContent(engine.reasons.join('; '));
  });

  it('a line below the vendor margin floor also needs the margin floor’s approver, with the margin in words', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, { ...ROUTED, guardrails: { ...ROUTED.guardrails, vendorMarginFloor: 0.99 } });
    const engine = engineApproval(probe).lines[0]!;
    expect(engine.belowMarginFloor).toBe(true);
    expect(within(line(1)).getByTestId('line-approver-1')).toHaveTextContent('Approval: Finance');
    expect(within(line(1)).getByTestId('line-approval-why-1')).toHaveTextContent(/vendor margin \d+\.\d% below the 99% floor/);
  });

  it('the quote’s status: within authority, needs approval, then approved once the role’s approval is given', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, ROUTED);
    const status = within(approvals()).getByTestId('quote-approval-status');
    expect(status).toHaveTextContent('Within authority: no line needs approval.');
    expect(engineApproval(probe).status).toBe('within authority');
    await retype(within(line(1)).getByLabelText('Line discount'), '15');
    expect(status).toHaveTextContent('Needs approval from Sales manager.');
    expect(engineApproval(probe).status).toBe('needs approval');
    await userEvent.click(within(approvals()).getByRole('button', { name: 'Add approval given' }));
    await userEvent.type(within(approvals()).getByLabelText('By'), 'Dana');
    expect(probe.current?.model.quote?.approvals).toEqual([{ role: 'Sales manager', by: 'Dana' }]);
    expect(status).toHaveTextContent('Approved by Sales manager.');
    expect(engineApproval(probe).status).toBe('approved');
  });

  it('without a matrix nothing is routed; Add approval matrix writes the issue’s, whose steps edit model.approvals', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, UNROUTED);
    expect(within(line(1)).queryByTestId('line-approver-1')).toBeNull();
    expect(within(approvals()).getByTestId('quote-approval-status')).toHaveTextContent('No approval matrix: nothing is routed.');
    await userEvent.click(within(approvals()).getByRole('button', { name: 'Add approval matrix' }));
    expect(probe.current?.model.approvals).toEqual(STARTER_APPROVALS);
    const step2 = within(approvals()).getByRole('region', { name: /^step 2/ });
    await retype(within(step2).getByLabelText('Up to'), '8');
    expect(probe.current?.model.approvals?.steps[1]?.upTo).toBe(0.08);
    expect(within(step2).getByText(/must be above/i)).toBeInTheDocument();
    await retype(within(step2).getByLabelText('Up to'), '25');
    await retype(within(step2).getByLabelText('Role'), 'Regional manager');
    await userEvent.selectOptions(within(approvals()).getByRole('combobox', { name: 'Discount measured' }), 'total');
    await retype(within(approvals()).getByLabelText('Beyond the last step'), 'Board');
    await userEvent.clear(within(approvals()).getByLabelText('Below the margin floor'));
    expect(probe.current?.model.approvals).toEqual({
      measure: 'total',
      steps: [STARTER_APPROVALS.steps[0], { role: 'Regional manager', upTo: 0.25 }, STARTER_APPROVALS.steps[2]],
      beyond: 'Board',
    });
    expect(probe.current?.validation.issues).toEqual([]);
  });
});

describe('Quote panel, the quote’s details', () => {
  it('number, dates, vendor and customer details, terms and notes are fields of the quote; a bad date is refused at its field', async () => {
    const { probe } = renderWithEditor(<QuotePanel port={mockPort()} />, EXAMPLE);
    const d = within(details());
    await userEvent.type(d.getByLabelText('Quote number'), 'Q-2026-0142');
    await userEvent.type(d.getByLabelText('Date'), '2026-11-30');
    await userEvent.type(d.getByLabelText('Valid until'), '2026-02-30');
    expect(d.getByText('"2026-02-30" is not a calendar date (yyyy-mm-dd)')).toBeInTheDocument();
    await retype(d.getByLabelText('Valid until'), '2026-12-31');
    await userEvent.type(d.getByLabelText('Vendor name'), 'Fabrikam Backup');
    await userEvent.type(d.getByLabelText('Customer address'), '1 Harbour Road{Enter}Seattle');
    await userEvent.type(d.getByLabelText('Payment terms'), 'Net 30');
    await userEvent.type(d.getByLabelText('Notes'), 'Prices firm for 30 days');
    const quote = probe.current?.model.quote;
    expect(quote).toMatchObject({
      number: 'Q-2026-0142',
      date: '2026-11-30',
      validUntil: '2026-12-31',
      vendor: { name: 'Fabrikam Backup' },
      customerDetails: { address: '1 Harbour Road\nSeattle' },
      terms: 'Net 30',
      notes: 'Prices firm for 30 days',
    });
    expect(probe.current?.validation.issues).toEqual([]);
    await userEvent.clear(d.getByLabelText('Quote number'));
    expect(probe.current?.model.quote).not.toHaveProperty('number');
  });
});
