/**
 * Who must approve a quote's discounts (the approval matrix, `model.approvals`), and what a quote
 * carries to be sent to a customer: its number, dates, the vendor's and the customer's details, terms,
 * notes and the approvals given. Spread into QuoteSchema (schema.ts) and checked in validateApprovals.ts.
 */
import { z } from 'zod';

import { modelMessages as m } from './messages';
import { label, rate, text } from './primitives';

/** Text that may run over lines (an address, notes): a workbook cell holds line feeds (U+000A), not other control characters. */
export const multilineText = z.string().max(2000, 'must be at most 2000 characters').regex(/^[^\u0000-\u0009\u000b-\u001f\u007f]*$/, m.controlCharacterMultiline());

export const ApprovalStepSchema = z.object({
  role: label.describe('Who approves up to this discount: "Sales manager".'),
  upTo: rate.describe('The largest discount (a share of list) this role may approve.'),
});

export const ApprovalsSchema = z.object({
  /**
   * What a line's discount is measured as: 'discretionary' (the negotiated discount + special bid, as
   * shares of list) or 'total' (the customer's whole discount off list: 1 − customer price / list).
   */
  measure: z
    .enum(['discretionary', 'total'])
    .default('discretionary')
    .describe("discretionary: a line's negotiated discount + special bid (shares of list); total: its customer discount off list (1 − customer price / list)."),
  steps: z
    .array(ApprovalStepSchema)
    .min(1, 'give at least one step: the first is what a sales rep may give without approval')
    .describe('Approval steps by ascending upTo; the first is the authority the rep has without approval.'),
  beyond: label.describe('Who approves a discount above the last step.'),
  marginFloor: label.optional().describe("Who approves a line below the guardrails' vendor margin floor; absent: no approval routed for it."),
});

/** An ISO calendar date, yyyy-mm-dd (checked to be a real date in validateApprovals.ts). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written yyyy-mm-dd, e.g. 2026-11-30');

export const ContactSchema = z.object({
  name: text.default('').describe('Company name.'),
  address: multilineText.default('').describe('Postal address; new lines as written.'),
  contact: text.default('').describe('The person to contact.'),
  email: text.default('').describe('Their e-mail address.'),
});

export const ApprovalGivenSchema = z.object({
  role: label.describe('The role of the approval matrix that approved.'),
  by: text.default('').describe('Who approved.'),
  at: isoDate.optional().describe('When (yyyy-mm-dd).'),
});

/** The quote's fields for sending it to the customer; all optional. */
export const quoteDetails = {
  number: text.optional().describe('Quote number as written, e.g. "Q-2026-0142".'),
  date: isoDate.optional().describe('Date of the quote (yyyy-mm-dd).'),
  validUntil: isoDate.optional().describe('The last day the quote may be accepted (yyyy-mm-dd), not before date.'),
  currencyNote: text.optional().describe('A note on the currency shown on the customer quote, e.g. "Prices in US dollars, excluding tax".'),
  vendor: ContactSchema.optional().describe("The vendor's details on the customer quote."),
  customerDetails: ContactSchema.optional().describe("The customer's details; absent: customer is the customer's name."),
  terms: multilineText.optional().describe('Payment terms, e.g. "Net 30".'),
  notes: multilineText.optional().describe('Notes printed on the customer quote.'),
  approvals: z.array(ApprovalGivenSchema).optional().describe('Approvals given, each naming a role of the approval matrix.'),
};

export type ApprovalStep = z.output<typeof ApprovalStepSchema>;
export type Approvals = z.output<typeof ApprovalsSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type ApprovalGiven = z.output<typeof ApprovalGivenSchema>;
