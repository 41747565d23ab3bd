/** `tiercraft init [file]`: writes the example model (never over an existing file unless --force). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, EXIT, type ExitCode } from '../exitCodes';
import { writeAtomically } from '../files';
import type { CliIO } from '../io';
import { packageFile } from '../packageFiles';

/** The example model shipped with the project. */
export const EXAMPLE_MODEL = packageFile('examples', 'backup-vendor.tiercraft.json');

export async function initCommand(file: string, options: { force?: boolean }, io: CliIO): Promise<ExitCode> {
  const target = resolve(io.cwd, file);
  if (existsSync(target) && options.force !== true) {
    throw new CliError(EXIT.io, `${file} already exists; nothing was written (use --force to replace it).`);
  }
  let text: string;
  try {
    text = await readFile(EXAMPLE_MODEL, 'utf8');
  } catch {
    throw new CliError(EXIT.io, `The example model is missing (${EXAMPLE_MODEL}); reinstall tiercraft.`);
  }
  await writeAtomically(target, text);
  io.out(`Wrote the example model to ${file}. Next: tiercraft build ${file} -o pricing.xlsx`);
  return EXIT.ok;
}
