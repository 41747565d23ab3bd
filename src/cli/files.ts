/** File helpers: read with clear errors, write atomically (temp file in the same folder, then rename). */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT } from './exitCodes';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new CliError(EXIT.io, `Cannot read ${path}: ${reason(e)}`);
  }
}

/** Reads and parses a JSON file; a syntax error names the file and position. */
export async function readJson(path: string): Promise<unknown> {
  const text = new TextDecoder().decode(await readBytes(path));
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(EXIT.invalid, `${path} is not valid JSON: ${reason(e)}`);
  }
}

/**
 * Writes `bytes` to `path` so that a failure leaves any existing file as it was: the bytes go to a
 * temporary file next to it, which is renamed over the target only when complete.
 */
export async function writeAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  await writeWith(path, (temp) => writeFile(temp, bytes));
}

/** Lets `write` produce the file at a temporary path, then renames it over `path`; removes it on failure. */
export async function writeWith(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(temp);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    if (e instanceof CliError) throw e;
    throw new CliError(EXIT.io, `Cannot write ${path}: ${reason(e)}`);
  }
}
