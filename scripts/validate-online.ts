/**
 * `npm run validate:online [FILE]`: Microsoft's own validation of the manifest (`office-addin-manifest
 * validate`, an online service; the same checks as for AppSource submission). Exits 0 when the service
 * says the manifest is valid, 1 when it says it is not, and 2, saying so plainly, when the service cannot
 * be reached (no network, a proxy) or answers something this script does not recognise. The offline
 * checks are `npm run validate`.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { onlineVerdict } from './manifest/online';

function main(argv: readonly string[]): number {
  const file = argv[0] ?? 'manifest.xml';
  const cli = join(resolve(__dirname, '..'), 'node_modules/office-addin-manifest/cli.js');
  const run = spawnSync(process.execPath, [cli, 'validate', file], { encoding: 'utf8', timeout: 120_000 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  process.stdout.write(output);
  const verdict = onlineVerdict(output);
  switch (verdict.kind) {
    case 'valid':
      console.log(`${file}: valid according to Microsoft's online validation service`);
      return 0;
    case 'invalid':
      console.error(`${file}: NOT valid according to Microsoft's online validation service (see above)`);
      return 1;
    case 'unreachable':
      console.error(`${file}: NOT CHECKED: Microsoft's online validation could not run from this machine (${verdict.reason}). Run it where https://validationgateway.omex.office.net is reachable; \`npm run validate\` is the offline check.`);
      return 2;
    case 'unknown':
      console.error(`${file}: NOT CHECKED: office-addin-manifest printed no verdict (exit code ${run.status ?? 'none'}${run.error ? `, ${run.error.message}` : ''})`);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
