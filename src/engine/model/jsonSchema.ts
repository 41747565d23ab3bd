import { z } from 'zod';
import { ModelSchema } from './schema';
import { QuoteFileSchema } from './quoteFileSchema';

export const QUOTE_SCHEMA_ID = 'https://tiercraft.dev/schema/tiercraft-quote.schema.json';
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

/** The published JSON Schema of a quote file (`{ model, ...quote }`), as stable text. */
export function quoteJsonSchemaText(): string {
  const schema = z.toJSONSchema(QuoteFileSchema, { io: 'input', target: 'draft-2020-12' });
  const published = {
    $schema: schema.$schema,
    $id: QUOTE_SCHEMA_ID,
    title: 'Tiercraft quote file',
    description:
      'A quote kept apart from the price book: the model file it is priced on (a path relative to this file) and the quote: customer, lines, number, dates, the vendor\'s and the customer\'s details, terms, notes and approvals given. Documented in the README, section "Approvals and the customer quote".',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
