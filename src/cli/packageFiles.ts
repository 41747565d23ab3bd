/**
 * Files that ship with tiercraft and that the command line reads at run time: the example model
 * (`tiercraft init`) and the fonts of the quote PDF. They are found from the package's root folder,
 * the nearest folder above this module holding package.json, so that the same code finds them whether
 * it runs from its TypeScript source (src/cli, in the tests) or from the compiled bundle
 * (dist/cli/tiercraft.cjs, what bin/tiercraft.mjs starts), where `__dirname` is another folder.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest folder at or above `start` that holds package.json. */
export function packageRootAbove(start: string): string {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`no package.json above ${start}: tiercraft's files (examples, assets) cannot be found; reinstall tiercraft.`);
  }
}

/** Tiercraft's own folder: the one holding its package.json, examples/ and assets/. */
export const PACKAGE_ROOT = packageRootAbove(__dirname);

/** A file shipped with tiercraft, by its path from the package's root folder. */
export const packageFile = (...segments: readonly string[]): string => join(PACKAGE_ROOT, ...segments);
