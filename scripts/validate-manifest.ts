/**
 * Offline check of add-in manifests: `npm run validate` (manifest.xml, and dist/manifest.xml when a
 * production build made one), or `tsx scripts/validate-manifest.ts FILE…`. Each file is checked twice:
 * against Microsoft's manifest XSD (manifest/schema.ts) and, read through Microsoft's
 * office-addin-manifest, against the project's own rules (manifest/rules.ts). Prints one line per problem
 * and exits 1 when any file has one. Microsoft's online validation is `npm run validate:online`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defaultManifests, projectEnvironment } from './manifest/project';
import { type ManifestEnvironment, NAMESPACE, checkRules } from './manifest/rules';
import { checkSchema } from './manifest/schema';
import { readManifest } from './manifest/tree';

export { defaultManifests, projectEnvironment, readPngSize } from './manifest/project';

/** All problems of the manifest at `path`: schema first, then the project's rules (when it parses). */
export async function validateManifestFile(path: string, env: ManifestEnvironment): Promise<string[]> {
  const problems = (await checkSchema(readFileSync(path, 'utf8'), path)).map((p) => `schema: ${p}`);
  try {
    const { info, root } = await readManifest(path);
    return [...problems, ...checkRules(info, root, env)];
  } catch (error) {
    // Not well-formed: the schema check has already said where.
    return problems.length > 0 ? problems : [`office-addin-manifest cannot read it: ${error instanceof Error ? error.message : String(error)}`];
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const root = resolve(__dirname, '..');
  const files = argv.length > 0 ? argv : defaultManifests(root).map((f) => relative(process.cwd(), join(root, f)));
  const env = projectEnvironment(root);
  let failed = 0;
  for (const file of files) {
    if (!existsSync(file)) {
      console.error(`${file}: does not exist`);
      failed++;
      continue;
    }
    const problems = await validateManifestFile(file, env);
    if (problems.length === 0) {
      console.log(`${file}: valid (manifest XSD, resources resolve, URLs match the build, icons sized, shared runtime, namespace ${NAMESPACE})`);
      continue;
    }
    failed++;
    for (const problem of problems) console.error(`${file}: ${problem}`);
    console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  }
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
