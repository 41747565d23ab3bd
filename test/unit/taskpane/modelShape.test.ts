/**
 * The pane's shape check (modelShape.ts) refuses a file before it opens; it must never refuse a model
 * the engine accepts. Every object and list the published JSON Schema allows, at any depth, is one the
 * shape expects there, and every example model and quote file shipped opens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_SHAPE, type Shape, modelShapeIssues } from '../../../src/taskpane/state/modelShape';

const ROOT = join(__dirname, '../../..');
type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; additionalProperties?: JsonSchema | boolean; anyOf?: JsonSchema[]; oneOf?: JsonSchema[] };
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/tiercraft-model.schema.json'), 'utf8')) as JsonSchema;

const kinds = (s: JsonSchema): string[] => [...[s.type ?? []].flat(), ...[...(s.anyOf ?? []), ...(s.oneOf ?? [])].flatMap(kinds)];
const alternatives = (s: JsonSchema): JsonSchema[] => [s, ...[...(s.anyOf ?? []), ...(s.oneOf ?? [])].flatMap(alternatives)];

/** Each place the schema allows an object or a list, with the shape the pane expects there ('value' where it expects none). */
function mismatches(s: JsonSchema, shape: Shape, path: string): string[] {
  const out: string[] = [];
  const k = kinds(s);
  if (k.includes('array')) {
    if (shape === 'value' || !('list' in shape)) return [`${path}: a list in the schema`];
    for (const a of alternatives(s)) if (a.items) out.push(...mismatches(a.items, shape.list, `${path}[]`));
  } else if (k.includes('object')) {
    if (shape === 'value' || 'list' in shape) return [`${path}: an object in the schema`];
    for (const a of alternatives(s)) {
      for (const [name, child] of Object.entries(a.properties ?? {})) {
        const inner: Shape = 'fields' in shape ? (shape.fields[name] ?? 'value') : shape.record;
        out.push(...mismatches(child, inner, `${path}.${name}`));
      }
      if (typeof a.additionalProperties === 'object' && 'record' in shape) out.push(...mismatches(a.additionalProperties, shape.record, `${path}{}`));
    }
  }
  return out;
}

describe("the pane's model shape", () => {
  it('expects an object or a list wherever the JSON Schema allows one (approvals, a quote’s vendor and approvals given included)', () => {
    expect(mismatches(schema, MODEL_SHAPE, '(model)')).toEqual([]);
  });

  it('would catch a place it does not expect: the shape without approvals', () => {
    const fields = typeof MODEL_SHAPE === 'object' && 'fields' in MODEL_SHAPE ? MODEL_SHAPE.fields : {};
    const without: Shape = { fields: { ...fields, approvals: 'value' } };
    expect(mismatches(schema, without, '(model)')).toEqual(['(model).approvals: an object in the schema']);
  });

  it.each(readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.tiercraft.json')))('opens examples/%s', (file) => {
    expect(modelShapeIssues(JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8')))).toEqual([]);
  });
});
