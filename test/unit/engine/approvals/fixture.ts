/** The example model with the issue's approval matrix, and one-line quotes priced on it. */
import { type Model, type QuoteLineInput, type QuoteResult, priceQuote } from '../../../../src/engine';
import { ISSUE_MATRIX as matrix } from '../../../support/approvalsModel';
import { type Json, exampleModel } from '../model/example';

export { ISSUE_MATRIX as matrix } from '../../../support/approvalsModel';

export function approvalModel(edit?: (json: Json) => void): Model {
  return exampleModel((json) => {
    json.approvals = structuredClone(matrix);
    edit?.(json);
  });
}

/**
 * Two BackupFile Automation servers, annual, direct: list 2 × 490 = 980.00, no volume band (≤ 4 servers),
 * no term discount, cost 2 × 6 × 12 = 144.00; a negotiated discount d leaves 980 × (1 − d).
 */
export const directLine = (discount: number, specialBid = 0, term = 'annual'): QuoteLineInput => ({
  item: { sku: 'BF-AUTO' },
  quantity: 2,
  term,
  tier: 'solution',
  channel: 'direct',
  discount,
  specialBid,
});

export const priced = (model: Model, ...lines: QuoteLineInput[]): QuoteResult => priceQuote(model, { customer: 'Northwind Logistics', lines });
