import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { modelJsonSchemaText, quoteJsonSchemaText } from '../../../../src/engine/model/jsonSchema';

describe('the published JSON Schema', () => {
  const file = resolve(__dirname, '../../../../schema/tiercraft-model.schema.json');

  it('is up to date with the zod schema (regenerate: npx tsx scripts/generate-schema.ts)', () => {
    expect(readFileSync(file, 'utf8')).toBe(modelJsonSchemaText());
  });

  it('describes a model as written: only the currency is required, and bundle pricing is one of two kinds', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(schema.required).toEqual(['currency']);
    expect(schema.properties.products.items.required).toEqual(['sku', 'name']);
    expect(schema.properties.bundles.items.properties.pricing.oneOf ?? schema.properties.bundles.items.properties.pricing.anyOf).toHaveLength(2);
  });

  it('is the schema the example model points at', () => {
    const example = JSON.parse(readFileSync(resolve(__dirname, '../../../../examples/backup-vendor.tiercraft.json'), 'utf8'));
    expect(example.$schema).toBe('../schema/tiercraft-model.schema.json');
  });
});

describe('the published JSON Schema of a quote file', () => {
  const file = resolve(__dirname, '../../../../schema/tiercraft-quote.schema.json');

  it('is up to date with the zod schema (regenerate: npx tsx scripts/generate-schema.ts)', () => {
    expect(readFileSync(file, 'utf8')).toBe(quoteJsonSchemaText());
  });

  it('requires only the model it is priced on, and carries the quote\'s details', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(schema.required).toEqual(['model']);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['model', 'lines', 'number', 'date', 'validUntil', 'vendor', 'customerDetails', 'terms', 'notes', 'approvals']));
    expect(schema.properties.date.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
  });
});
