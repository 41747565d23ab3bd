/** Entry point of `tiercraft` (started by bin/tiercraft.mjs). */
import { processIO } from './io';
import { run } from './program';

// A reader that stops early (`tiercraft validate model.json | head`) closes the pipe: stop quietly, as
// Unix tools do, rather than fail with an unhandled EPIPE on the next line written.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

run(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${String(e)}\n`);
    process.exitCode = 70;
  },
);
