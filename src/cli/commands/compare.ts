/**
 * `tiercraft compare model.json`: the base against every scenario of the model (the engine's
 * compareScenarios): what each changes, each party's revenue, pocket and margin on the mix (--mix, else
 * the model's) and on the quote with the change against the base, and the breaches of each. `--json`
 * prints one document. Exit 0 (a scenario that breaks a guardrail is shown, not failed: compare explores,
 * diff gates); 1 when the model or the mix is invalid.
 */
import { basename } from 'node:path';
import { compareScenarios } from '../../engine';
import { scenariosDocument } from '../compareJson';
import { EXIT, type ExitCode } from '../exitCodes';
import type { CliIO } from '../io';
import { cliMessages as m } from '../messages';
import { loadMixFile } from '../mixFile';
import { loadModelFile } from '../modelFile';
import { scenariosLines } from '../scenariosText';

export interface CompareOptions {
  readonly mix?: string;
  readonly json?: boolean;
}

export async function compareCommand(file: string, options: CompareOptions, io: CliIO): Promise<ExitCode> {
  const model = await loadModelFile(file, io);
  if (model === null) return EXIT.invalid;
  let mix = model.mix ?? null;
  if (options.mix !== undefined) {
    mix = await loadMixFile(options.mix, model, io);
    if (mix === null) return EXIT.invalid;
  }
  const result = compareScenarios(model, { mix });
  if (options.json === true) {
    io.out(JSON.stringify(scenariosDocument(result, file, model.currency), null, 2));
    return EXIT.ok;
  }
  if (model.scenarios.length === 0) io.err(m.noScenarios(basename(file)));
  for (const line of scenariosLines(result, { minorUnits: model.rounding.minorUnits }, mix === null ? 'Mix' : `Mix "${mix.name}"`)) io.out(line);
  return EXIT.ok;
}
