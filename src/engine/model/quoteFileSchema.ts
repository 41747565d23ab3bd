/**
 * A quote file: one quote kept apart from the price book, naming the model it is priced on.
 *   { "$schema"?: "…/tiercraft-quote.schema.json", "model": "backup-vendor.tiercraft.json", "customer": …, "lines": [ … ] }
 * `model` is a path relative to the quote file (the CLI and the pane resolve it); the model file is
 * never edited. The quote is checked against the model as a model's own quote is (validateQuote.ts,
 * validateApprovals.ts); paths name the quote file's fields ("lines[0].term", "validUntil").
 */
import { z } from 'zod';
import { IssueLog, type ModelIssue, isRecord, issue, pathOf, valueAt } from './issues';
import { modelMessages as m } from './messages';
import { type Model, type Quote, QuoteSchema } from './schema';
import { printable } from './primitives';
import { collectIds, indexIds, ref } from './validateCatalog';
import { pricedKeys, validateLine } from './validateQuote';
import { validateQuoteDetails } from './validateApprovals';

export const QuoteFileSchema = QuoteSchema.extend({
  $schema: z.string().optional(),
  model: printable(z.string().trim().min(1, 'must name the model file, e.g. "backup-vendor.tiercraft.json"')).describe(
    'Path of the model file the quote is priced on, relative to this file.',
  ),
});

export type QuoteFileInput = z.input<typeof QuoteFileSchema>;

export type QuoteFileResult =
  | {
      readonly ok: true;
      /** The model path as written in the file. */
      readonly modelPath: string;
      readonly quote: Quote;
      /** The model with the file's quote in place of its own: what priceQuote, checkQuote and quoteApproval take. */
      readonly model: Model;
      readonly warnings: readonly ModelIssue[];
    }
  | { readonly ok: false; readonly issues: readonly ModelIssue[]; readonly warnings: readonly ModelIssue[] };


/** The model path a quote file names (to load the model before the quote), or undefined. */
export function quoteFileModelPath(json: unknown): string | undefined {
  return isRecord(json) && typeof json.model === 'string' && json.model.trim() !== '' ? json.model.trim() : undefined;
}

/** Parse a quote file and check its quote against the model it names (already loaded). Pure: no I/O. */
export function loadQuoteFile(json: unknown, model: Model): QuoteFileResult {
  if (!isRecord(json)) return { ok: false, issues: [issue('(quote file)', m.quoteFileNotAnObject(), json)], warnings: [] };
  const parsed = QuoteFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((e) => {
      const value = valueAt(json, e.path);
      return issue(pathOf(e.path), m.schema(e.message, value), value);
    });
    return { ok: false, issues, warnings: [] };
  }
  const { model: modelPath, $schema: _schema, ...quote } = parsed.data;
  const log = new IssueLog();
  const ids = collectIds(new IssueLog(), model); // the model loaded already: its own faults are not the file's
  const markets = indexIds(new IssueLog(), model.markets, 'markets', (x) => x.id, 'market');
  ref(log, markets, 'market', quote.market, 'market');
  const priced = pricedKeys(model);
  quote.lines.forEach((line, i) => validateLine(log, model, ids, priced, line, `lines[${i}]`));
  validateQuoteDetails(log, model.approvals, quote, '');
  if (log.errors.length > 0) return { ok: false, issues: log.errors, warnings: log.warnings };
  return { ok: true, modelPath, quote, model: { ...model, quote }, warnings: log.warnings };
}

