/**
 * A production build of the add-in for the browser tests, in a directory of its own
 * (test-artifacts/playground-dist): one build gives both pages the tests open, playground.html and
 * taskpane.html. Rebuilt only when a page is missing or older than the sources it comes from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../../..');
export const PLAYGROUND_DIST = join(ROOT, 'test-artifacts', 'playground-dist');
const MARKER = join(PLAYGROUND_DIST, 'playground.html');
const PAGES = [MARKER, join(PLAYGROUND_DIST, 'taskpane.html')];
const INPUTS = ['src', 'assets', 'webpack.config.js', 'package-lock.json', 'manifest.xml'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

export function playgroundIsStale(): boolean {
  if (PAGES.some((page) => !existsSync(page))) return true;
  const built = statSync(MARKER).mtimeMs;
  return INPUTS.some((input) => newest(join(ROOT, input)) > built);
}

/** Builds the playground when it is missing or stale; returns the directory to serve. */
export function ensurePlaygroundBuild(log: (line: string) => void = () => undefined): string {
  if (playgroundIsStale()) {
    log(`Building the playground (production) into ${PLAYGROUND_DIST}…`);
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', PLAYGROUND_DIST], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 600_000,
    });
    // webpack leaves a file whose content has not changed untouched (output.compareBeforeEmit), so the
    // marker is dated by hand: without this, a build that changed no page looked stale for ever.
    const now = new Date();
    utimesSync(MARKER, now, now);
  }
  return PLAYGROUND_DIST;
}
