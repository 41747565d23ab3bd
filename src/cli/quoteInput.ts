/**
 * What `tiercraft quote` prices: a model file's own quote, or a quote file's quote on a model.
 *   tiercraft quote model.json              the model's quote
 *   tiercraft quote quote.json              the quote file's quote on the model its "model" names
 *                                           (a path relative to the quote file)
 *   tiercraft quote model.json quote.json   the quote file's quote on model.json (a note says so when
 *                                           the quote file names another model)
 * The model file is only read. A model file that cannot be read, or is invalid, is named with the quote
 * file that led to it; the quote file's faults are printed with its name and each field's path.
 */
import { dirname, relative, resolve } from 'node:path';
import { loadModel, type LoadResult } from '../engine/model/loadModel';
import { loadQuoteFile, quoteFileModelPath } from '../engine/model/quoteFileSchema';
import type { ModelIssue } from '../engine/model/issues';
import type { Model, Quote } from '../engine/model/schema';
import { CliError } from './exitCodes';
import { readJson } from './files';
import type { CliIO } from './io';
import { cliMessages as m } from './messages';

export type QuoteInputResult =
  | { readonly ok: true; readonly model: Model; readonly quote: Quote; readonly quoteFile: string | null }
  /** The model file is invalid: its load result, to report as validate does. */
  | { readonly ok: false; readonly kind: 'model'; readonly modelFile: string; readonly loaded: LoadResult }
  /** The quote file is invalid: its issues, paths within the quote file. */
  | { readonly ok: false; readonly kind: 'quote'; readonly quoteFile: string; readonly issues: readonly ModelIssue[]; readonly warnings: readonly ModelIssue[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A quote file names its model and has no price book; a model file has one. */
export const looksLikeQuoteFile = (json: unknown): boolean => isRecord(json) && quoteFileModelPath(json) !== undefined && !('prices' in json);

/** Reads the model a quote file names, relative to the quote file; a failure names both. */
async function namedModel(quoteFile: string, quotePath: string, named: string): Promise<{ file: string; json: unknown }> {
  const path = resolve(dirname(quotePath), named);
  try {
    return { file: path, json: await readJson(path) };
  } catch (e) {
    if (e instanceof CliError) throw new CliError(e.code, m.quoteFileModel(quoteFile, named, e.message));
    throw e;
  }
}

export async function loadQuoteInput(first: string, second: string | undefined, io: CliIO): Promise<QuoteInputResult> {
  const firstPath = resolve(io.cwd, first);
  const firstJson = await readJson(firstPath);
  let modelFile = first;
  let modelJson = firstJson;
  let quoteFile: string | null = null;
  let quoteJson: unknown = null;
  if (second !== undefined) {
    quoteFile = second;
    const quotePath = resolve(io.cwd, second);
    quoteJson = await readJson(quotePath);
    const named = quoteFileModelPath(quoteJson);
    if (named !== undefined && resolve(dirname(quotePath), named) !== firstPath) io.err(m.otherModel(second, named, first));
  } else if (looksLikeQuoteFile(firstJson)) {
    quoteFile = first;
    quoteJson = firstJson;
    const named = await namedModel(first, firstPath, quoteFileModelPath(firstJson) ?? '');
    modelFile = relative(io.cwd, named.file) || named.file;
    modelJson = named.json;
  }
  const loaded = loadModel(modelJson);
  if (!loaded.ok) return { ok: false, kind: 'model', modelFile, loaded };
  if (quoteFile === null) return { ok: true, model: loaded.model, quote: loaded.model.quote, quoteFile: null };
  const file = loadQuoteFile(quoteJson, loaded.model);
  if (!file.ok) return { ok: false, kind: 'quote', quoteFile, issues: file.issues, warnings: file.warnings };
  for (const w of file.warnings) io.err(`warning: ${quoteFile}: ${w.message}`);
  return { ok: true, model: file.model, quote: file.quote, quoteFile };
}
