/**
 * The model a command reads from a file: loaded and validated, or its issues and a one-line summary
 * printed to stderr (the command then exits with EXIT.invalid).
 */
import { resolve } from 'node:path';
import { loadModel } from '../engine/model/loadModel';
import type { Model } from '../engine/model/schema';
import { readJson } from './files';
import type { CliIO } from './io';
import { cliMessages as m } from './messages';
import { countsOf, countsText, modelReport, reportLines } from './report';

/** The model in `file` (relative to the working directory), or null when it is not a valid model. */
export async function loadModelFile(file: string, io: CliIO): Promise<Model | null> {
  const loaded = loadModel(await readJson(resolve(io.cwd, file)));
  if (loaded.ok) return loaded.model;
  const report = modelReport(loaded);
  for (const l of reportLines(report)) io.err(l);
  io.err(m.invalidModel(file, countsText(countsOf(report))));
  return null;
}
