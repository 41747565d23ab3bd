import { z } from 'zod';
import { ModelSchema } from './schema';

export const MODEL_SCHEMA_ID = 'https://tiercraft.dev/schema/tiercraft-model.schema.json';

/** The published JSON Schema of a model file as written (defaults optional), as stable text. */
export function modelJsonSchemaText(): string {
  const schema = z.toJSONSchema(ModelSchema, { io: 'input', target: 'draft-2020-12' });
  const published = {
    $schema: schema.$schema,
    $id: MODEL_SCHEMA_ID,
    title: 'Tiercraft pricing model',
    description:
      'A pricing model: currency and rounding, personas and tiers, products and price book, discount ladders, bundles, partner levels, channels, guardrails and a quote. Documented in the README, section "The model file".',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
