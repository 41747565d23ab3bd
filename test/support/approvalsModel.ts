/**
 * The example model with an approval matrix — Sales rep up to 10%, Sales manager 20%, Director 35%,
 * CFO beyond, Finance below the vendor margin floor — and BF-AUTO lines (12 units, 3-year, Solution,
 * direct; vendor margin floor 65%) whose discounts stand just under, at and just over each step, one beyond, one split between
 * a line discount and a special bid, and one below the margin floor.
 */
import type { ModelInput } from '../../src/engine/model/schema';
import { example } from './models';

type Line = NonNullable<NonNullable<ModelInput['quote']>['lines']>[number];

/** Each line's discount (and special bid) with the approver the matrix names. */
export const ROUTED: readonly { readonly discount: number; readonly specialBid?: number; readonly approver: string; readonly belowFloor?: true }[] = [
  { discount: 0.0999999999, approver: '—' },
  { discount: 0.1, approver: '—' },
  { discount: 0.1000000001, approver: 'Sales manager' },
  { discount: 0.15, specialBid: 0.05, approver: 'Sales manager' },
  { discount: 0.2000000001, approver: 'Director' },
  { discount: 0.35, approver: 'Director', belowFloor: true },
  { discount: 0.3500000001, approver: 'CFO', belowFloor: true },
  { discount: 0.5, approver: 'CFO', belowFloor: true },
  // Through the two-tier channel at Gold: within the rep's authority, but the vendor nets too little.
  { discount: 0.05, approver: '—', belowFloor: true },
];

export const line = (discount: number, specialBid = 0, channel = 'direct'): Line => ({
  ...(channel === 'direct' ? {} : { level: 'gold' }),
  item: { sku: 'BF-AUTO' },
  quantity: 12,
  term: '3-year',
  tier: 'solution',
  channel,
  dealRegistration: false,
  discount,
  ...(specialBid === 0 ? {} : { specialBid }),
});

/** The issue's matrix: Sales rep up to 10%, Sales manager 20%, Director 35%, CFO beyond, Finance below the margin floor. */
export const ISSUE_MATRIX = {
  measure: 'discretionary',
  steps: [
    { role: 'Sales rep', upTo: 0.1 },
    { role: 'Sales manager', upTo: 0.2 },
    { role: 'Director', upTo: 0.35 },
  ],
  beyond: 'CFO',
  marginFloor: 'Finance',
} satisfies NonNullable<ModelInput['approvals']>;

export function approvalsModel(floor = 0.65): ModelInput {
  const m = example();
  m.approvals = structuredClone(ISSUE_MATRIX);
  m.guardrails = { ...m.guardrails, vendorMarginFloor: floor };
  m.quote = { customer: 'Northwind Logistics', lines: ROUTED.map((r, i) => line(r.discount, r.specialBid, i === ROUTED.length - 1 ? 'distribution' : 'direct')) };
  return m;
}
