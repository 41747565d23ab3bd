/**
 * Writes schema/tiercraft-model.schema.json and schema/tiercraft-quote.schema.json from the zod schemas
 * of the model and of a quote file (src/engine/model/schema.ts, quoteFileSchema.ts): the JSON Schemas
 * editors use to complete and check a model file and a quote file. Run: npx tsx scripts/generate-schema.ts
 * (with --check, exits 1 when a committed file is out of date).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { modelJsonSchemaText, quoteJsonSchemaText } from '../src/engine/model/jsonSchema';

const schemas: [string, string][] = [
  ['tiercraft-model.schema.json', modelJsonSchemaText()],
  ['tiercraft-quote.schema.json', quoteJsonSchemaText()],
];
let stale = false;
for (const [file, text] of schemas) {
  const target = resolve(__dirname, '..', 'schema', file);
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== text) {
      console.error(`${target} is out of date: run npx tsx scripts/generate-schema.ts`);
      stale = true;
    } else console.log(`${target} is up to date`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
if (stale) process.exit(1);
