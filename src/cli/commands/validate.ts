/** `tiercraft validate model.json`: every issue with its path; exit 1 when the model cannot be used. */
import { resolve } from 'node:path';
import { loadModel } from '../../engine/model/loadModel';
import { EXIT, type ExitCode } from '../exitCodes';
import { readJson } from '../files';
import type { CliIO } from '../io';

export async function validateCommand(file: string, io: CliIO): Promise<ExitCode> {
  const result = loadModel(await readJson(resolve(io.cwd, file)));
  for (const w of result.warnings) io.err(`warning: ${w.message}`);
  if (!result.ok) {
    for (const i of result.issues) io.err(`error: ${i.message}`);
    io.err(`${file}: ${result.issues.length} error${result.issues.length === 1 ? '' : 's'}, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`);
    return EXIT.invalid;
  }
  const m = result.model;
  io.out(`${file}: valid (${m.products.length} products, ${m.prices.length} prices, ${m.ladders.length} ladders, ${m.bundles.length} bundles; ${result.warnings.length} warnings)`);
  return EXIT.ok;
}
