/** Entry point of `tiercraft` (started by bin/tiercraft.mjs). */
import { processIO } from './io';
import { run } from './program';

run(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${String(e)}\n`);
    process.exitCode = 70;
  },
);
