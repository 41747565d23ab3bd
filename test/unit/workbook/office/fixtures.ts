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

/**
 * The example model as a pricing manager changes it between two builds: its last product is dropped
 * (with its prices, bundle components and quote lines), and three products are added, priced like the
 * first on every tier and term.
 */
export function changedExampleInput(): ModelInput {
  const base = exampleInput();
  const products = base.products ?? [];
  const first = products[0];
  const dropped = products.at(-1)?.sku;
  if (!first || dropped === undefined) throw new Error('the example has no products');
  const added = [1, 2, 3].map((n) => ({ ...first, sku: `NEW-${n}`, name: `New product ${n}` }));
  const prices = (base.prices ?? []).filter((p) => p.sku !== dropped);
  const addedPrices = added.flatMap((p, n) => prices.filter((x) => x.sku === first.sku).map((x) => ({ ...x, sku: p.sku, listPrice: (x.listPrice ?? 0) + n + 1 })));
  const bundles = (base.bundles ?? []).map((b) => ({ ...b, components: b.components.filter((c) => c.sku !== dropped) })).filter((b) => b.components.length > 0);
  const quote = base.quote && { ...base.quote, lines: (base.quote.lines ?? []).filter((l) => !('sku' in l.item && l.item.sku === dropped)) };
  return { ...base, products: [...products.slice(0, -1), ...added], prices: [...prices, ...addedPrices], bundles, ...(quote ? { quote } : {}) };
}
