/**
 * Writes schema/tiercraft-model.schema.json from the zod schema of the model (src/engine/model/schema.ts),
 * the JSON Schema editors use to complete and check a model file. Run: npx tsx scripts/generate-schema.ts
 * (with --check, exits 1 when the committed file is out of date).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { modelJsonSchemaText } from '../src/engine/model/jsonSchema';

const target = resolve(__dirname, '..', 'schema', 'tiercraft-model.schema.json');
const text = modelJsonSchemaText();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error(`${target} is out of date: run npx tsx scripts/generate-schema.ts`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
