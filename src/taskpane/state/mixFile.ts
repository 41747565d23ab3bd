/**
 * A mix read from a CSV file the user picks: the engine's `parseMixCsv` reads it (issues name the row as
 * a spreadsheet numbers it and the column), `resolveMixItems` tells products from bundles by the model's
 * ids (a SKU first; only a model without issues can say, else items are read as SKUs). The mix
 * replaces the model's, keeping its partner purchases (a CSV holds only rows).
 */
import { parseMixCsv, resolveMixItems, type Mix, type Model } from '../../engine';
import type { ModelInput } from '../../engine/model/schema';
import { fileText } from './modelFile';

export type ReadMix = { readonly mix: Mix | null; readonly issues: readonly string[] };

/** The mix of a CSV's text, its items resolved against the valid model (when it is). */
export function mixOfText(input: ModelInput, valid: Model | null, text: string, fileName: string): ReadMix {
  const read = parseMixCsv(text, fileName);
  if (!read.mix) return { mix: null, issues: read.issues };
  const partnerPurchases = input.mix?.partnerPurchases;
  const rows = valid ? resolveMixItems(valid, read.mix.rows) : read.mix.rows;
  return { mix: { ...read.mix, rows, ...(partnerPurchases === undefined ? {} : { partnerPurchases }) }, issues: read.issues };
}

export async function readMixFile(input: ModelInput, valid: Model | null, file: File): Promise<ReadMix> {
  return mixOfText(input, valid, await fileText(file), file.name);
}
