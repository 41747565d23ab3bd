/**
 * Jest globalSetup of the unit project: the specs that start `tiercraft` as a child process
 * (test/unit/cli/bundle.test.ts, files.test.ts) run the compiled command line, dist/cli/tiercraft.cjs.
 * It is built here when missing or older than src/ (scripts/build-cli.mjs --if-stale: a stat of the
 * sources, well under a second when nothing changed; esbuild takes about a second when it did).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export default function globalSetup(): void {
  const said = execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (!said.includes('up to date')) process.stderr.write(`\n${said}`);
}
