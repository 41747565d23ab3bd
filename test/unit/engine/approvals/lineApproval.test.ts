import { compareModels, lineApproval, quoteApproval, toFixedString } from '../../../../src/engine';
import { approvalModel, directLine, priced } from './fixture';

const model = approvalModel();
const approvalOf = (discount: number, specialBid = 0, m = model) => lineApproval(m, priced(m, directLine(discount, specialBid)).lines[0]!);

describe('lineApproval: the first step whose upTo reaches the discount, compared exactly at 10 decimals', () => {
  it.each([
    // discount, role, level, reason
    [0, 'Sales rep', 0, null],
    [0.0999999999, 'Sales rep', 0, null],
    [0.1, 'Sales rep', 0, null],
    [0.1000000001, 'Sales manager', 1, "10.0% off list is above the Sales rep's 10%"],
    [0.1999999999, 'Sales manager', 1, "20.0% off list is above the Sales rep's 10%"],
    [0.2, 'Sales manager', 1, "20.0% off list is above the Sales rep's 10%"],
    [0.2000000001, 'Director', 2, "20.0% off list is above the Sales manager's 20%"],
    [0.28, 'Director', 2, "28.0% off list is above the Sales manager's 20%"],
    [0.3499999999, 'Director', 2, "35.0% off list is above the Sales manager's 20%"],
    [0.35, 'Director', 2, "35.0% off list is above the Sales manager's 20%"],
    [0.3500000001, 'CFO', 3, "35.0% off list is above the Director's 35%"],
    [0.4, 'CFO', 3, "40.0% off list is above the Director's 35%"],
  ])('%s off list: %s (level %s)', (discount, role, level, reason) => {
    const approval = approvalOf(discount);
    expect(approval.role).toBe(role);
    expect(approval.level).toBe(level);
    expect(approval.reasons).toEqual(reason === null ? [] : [reason]);
    expect(approval.required).toEqual(reason === null ? [] : [role]);
    expect(approval.belowMarginFloor).toBe(false);
  });

  it('measures the negotiated discount and the special bid together (discretionary)', () => {
    const approval = approvalOf(0.08, 0.05);
    expect(toFixedString(approval.discount)).toBe('0.13');
    expect(approval.role).toBe('Sales manager');
    expect(approval.reasons).toEqual(["13.0% off list is above the Sales rep's 10%"]);
  });

  it("measures the customer's whole discount off list under 'total': volume and term discounts count", () => {
    // 3-year: list 2 × 1,470 = 2,940.00, 15% term discount and 5% negotiated: 1 − 2,352.00 / 2,940.00 = 20%.
    const line = directLine(0.05, 0, '3-year');
    const discretionary = lineApproval(model, priced(model, line).lines[0]!);
    expect(discretionary.role).toBe('Sales rep');
    const total = approvalModel((json) => (json.approvals.measure = 'total'));
    const approval = lineApproval(total, priced(total, line).lines[0]!);
    expect(toFixedString(approval.discount)).toBe('0.2');
    expect(approval).toMatchObject({ role: 'Sales manager', level: 1, reasons: ["20.0% off list is above the Sales rep's 10%"] });
  });

  it('routes a line below the vendor margin floor to its approver too, with the guardrail\'s figures', () => {
    // Annual, 5% off: 931.00 customer price, cost 144.00: (931 − 144) / 931 = 84.53%, below a 90% floor.
    const strict = approvalModel((json) => (json.guardrails.vendorMarginFloor = 0.9));
    const floorOnly = approvalOf(0.05, 0, strict);
    expect(floorOnly).toMatchObject({ role: 'Sales rep', level: 0, required: ['Finance'], reasons: ['vendor margin 84.5% below the 90% floor'], belowMarginFloor: true });
    const both = approvalOf(0.25, 0, strict);
    // 735.00: (735 − 144) / 735 = 80.41%.
    expect(both).toMatchObject({ role: 'Director', required: ['Director', 'Finance'], reasons: ["25.0% off list is above the Sales manager's 20%", 'vendor margin 80.4% below the 90% floor'] });
  });

  it('routes no margin-floor breach when the matrix names no approver for it', () => {
    const noFloor = approvalModel((json) => {
      json.guardrails.vendorMarginFloor = 0.9;
      delete json.approvals.marginFloor;
    });
    expect(approvalOf(0.05, 0, noFloor)).toMatchObject({ required: [], belowMarginFloor: false });
  });

  it('routes nothing without an approval matrix', () => {
    const none = approvalModel((json) => delete json.approvals);
    expect(approvalOf(0.5, 0, none)).toMatchObject({ role: '', level: 0, required: [], reasons: [] });
    expect(quoteApproval(none, priced(none, directLine(0.5))).status).toBe('within authority');
  });
});

describe('quoteApproval: the roles the lines need, ordered by level, and the status', () => {
  const strict = approvalModel((json) => (json.guardrails.vendorMarginFloor = 0.9));

  it('is within authority when no line needs approval', () => {
    const result = priced(model, directLine(0.1), directLine(0.02, 0.03));
    expect(quoteApproval(model, result)).toMatchObject({ required: [], missing: [], status: 'within authority' });
  });

  it('orders the roles by level, the margin floor last, each once', () => {
    const result = priced(strict, directLine(0.4), directLine(0.05), directLine(0.15), directLine(0.3), directLine(0.12));
    const approval = quoteApproval(strict, result, []);
    expect(approval.required).toEqual(['Sales manager', 'Director', 'CFO', 'Finance']);
    expect(approval.status).toBe('needs approval');
    expect(approval.lines.map((l) => l.role)).toEqual(['CFO', 'Sales rep', 'Sales manager', 'Director', 'Sales manager']);
  });

  it('is approved when every required role has an approval given, and names the ones still missing', () => {
    const result = priced(model, directLine(0.15), directLine(0.3));
    expect(quoteApproval(model, result, [{ role: 'Sales manager' }])).toMatchObject({ status: 'needs approval', missing: ['Director'] });
    expect(quoteApproval(model, result, [{ role: 'Director' }, { role: 'Sales manager' }])).toMatchObject({ status: 'approved', missing: [] });
  });

  it("reads the approvals given from the model's quote", () => {
    const signed = approvalModel((json) => {
      json.quote.lines = [{ item: { sku: 'BF-AUTO' }, quantity: 2, term: 'annual', tier: 'solution', channel: 'direct', discount: 0.15 }];
      json.quote.approvals = [{ role: 'Sales manager', by: 'Dana Reyes', at: '2026-11-30' }];
    });
    expect(quoteApproval(signed, priced(signed, directLine(0.15))).status).toBe('approved');
  });
});

describe('comparing two models: the approval matrix and the quote details are settings', () => {
  it("shows an approval step's upTo as a percentage, a ladder band's upTo as units", () => {
    const changed = approvalModel((json) => {
      json.approvals.steps[1].upTo = 0.25;
      json.approvals.beyond = 'Board';
      json.quote.number = 'Q-2026-0143';
      json.ladders[0].bands[0].upTo = 12;
    });
    expect(compareModels(model, changed).settings).toEqual([
      { path: 'ladders[seats-graduated].bands[0].upTo', label: 'Seats (graduated): band 1 up to', base: '10', other: '12' },
      { path: 'approvals.steps[1].upTo', label: 'Approvals: step 2 up to', base: '20%', other: '25%' },
      { path: 'approvals.beyond', label: 'Approvals: beyond', base: 'CFO', other: 'Board' },
      { path: 'quote.number', label: 'Quote: number', base: '(none)', other: 'Q-2026-0143' },
    ]);
  });
});
