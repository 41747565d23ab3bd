/** Checks of the mix: each row names known things and can be priced, as a quote line is checked (validateQuote.ts). */
import { type IssueLog } from './issues';
import type { Model } from './schema';
import { type Ids } from './validateCatalog';
import { pricedKeys, validateLine } from './validateQuote';

export function validateMix(log: IssueLog, model: Model, ids: Ids): void {
  const rows = model.mix?.rows ?? [];
  if (rows.length === 0) return;
  const priced = pricedKeys(model);
  rows.forEach((row, i) => validateLine(log, model, ids, priced, row, `mix.rows[${i}]`));
}
