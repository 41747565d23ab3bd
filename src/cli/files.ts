/**
 * File helpers: read with clear errors, write atomically (temp file in the same folder as the file
 * written, then rename). Writing through a symbolic link writes the file it points at, and an existing
 * file keeps its permissions.
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, readFile, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
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

const isMissing = (e: unknown): boolean => (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/**
 * The file that writing to `path` must replace: `path` itself, or through symbolic links (a dangling
 * one included) the file they point at, so that renaming over it keeps the links.
 */
export async function writeTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops += 1) {
    try {
      return await realpath(current);
    } catch (e) {
      if (!isMissing(e)) throw e;
    }
    const link = await lstat(current).catch(() => null);
    if (link === null || !link.isSymbolicLink()) return join(await realpath(dirname(current)), basename(current));
    current = resolve(dirname(current), await readlink(current));
  }
  throw new Error('too many levels of symbolic links');
}

/** Permission bits of an existing file, or null when there is none. */
async function modeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

/**
 * Lets `write` produce the file at a temporary path next to the file `path` names (through symbolic
 * links), gives it that file's permissions, then renames it over that file; removes it on failure.
 */
export async function writeWith(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  let temp: string | null = null;
  try {
    const target = await writeTarget(path);
    const mode = await modeOf(target);
    temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
    await write(temp);
    if (mode !== null) await chmod(temp, mode);
    await rename(temp, target);
  } catch (e) {
    if (temp !== null) await rm(temp, { force: true });
    if (e instanceof CliError) throw e;
    throw new CliError(EXIT.io, `Cannot write ${path}: ${reason(e)}`);
  }
}
