#!/usr/bin/env node
// Starts the command line compiled ahead of time (dist/cli/tiercraft.cjs, made by scripts/build-cli.mjs:
// `npm run build:cli`, which `npm ci`, `npm install` and `npm run setup` run): no compiler at start-up.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/tiercraft.cjs', import.meta.url));
if (existsSync(bundle)) {
  createRequire(import.meta.url)(bundle);
} else {
  const project = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(
    `tiercraft: the compiled command line is missing (${bundle}).\n` +
      `Build it in ${project} with: npm run build:cli\n`,
  );
  process.exitCode = 70;
}
