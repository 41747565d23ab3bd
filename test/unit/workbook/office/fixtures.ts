/** Models and workbook descriptions for the Office.js renderer's specs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../../../src/engine/model/loadModel';
import type { Model, ModelInput } from '../../../../src/engine/model/schema';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import type { WorkbookSpec } from '../../../../src/workbook/spec';

export function exampleInput(): ModelInput {
  return JSON.parse(readFileSync(join(__dirname, '../../../../examples/backup-vendor.tiercraft.json'), 'utf8')) as ModelInput;
}

export function load(input: ModelInput): Model {
  const result = loadModel(input);
  if (!result.ok) throw new Error(`fixture model does not load: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.model;
}

/** The example model with its catalogue replaced by `count` generated products on every tier and term. */
export function generatedInput(count: number): ModelInput {
  const base = exampleInput();
  const model = load(base);
  const products = Array.from({ length: count }, (_, i) => ({ sku: `SKU-${String(i + 1).padStart(5, '0')}`, name: `Product ${i + 1}`, family: 'Generated', unitCost: 3 + (i % 7) }));
  const prices = products.flatMap((p, i) => model.tiers.flatMap((tier, t) => model.terms.map((term) => ({ sku: p.sku, tier: tier.id, term: term.id, listPrice: 10 + (i % 50) + t * 5 + term.months / 12 }))));
  return { ...base, products, prices, bundles: [], quote: { customer: 'Generated', lines: [] } };
}

export function specOf(input: ModelInput): WorkbookSpec {
  return describeWorkbook(load(input), { source: input });
}
