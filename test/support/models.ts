/** The example model and variants of it for the workbook update specs: grown, and changed (products added and removed). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../src/engine/model/loadModel';
import type { Model, ModelInput } from '../../src/engine/model/schema';

export const EXAMPLE_PATH = join(__dirname, '../../examples/backup-vendor.tiercraft.json');

interface Json {
  products: { sku: string; name: string; family: string; unit: string; unitCost: number }[];
  prices: { sku: string; tier: string; term: string; listPrice: number }[];
  bundles: { components: { sku: string }[] }[];
  quote: { lines: { item: { sku?: string } }[] };
}

export const example = (): ModelInput => JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8')) as ModelInput;

export function load(input: unknown): Model {
  const r = loadModel(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}

/** `count` new Solution-tier products inserted after the first two products (so later rows move down). */
export function withNewProducts(input: ModelInput, count: number): ModelInput {
  const m = structuredClone(input) as unknown as Json;
  const added = Array.from({ length: count }, (_, i) => ({ sku: `NEW-${i + 1}`, name: `New product ${i + 1}`, family: 'New', unit: 'server', unitCost: 2 + i }));
  m.products.splice(2, 0, ...added);
  for (const p of added) {
    for (const [term, price] of [['monthly', 50], ['annual', 500], ['3-year', 1300]] as const) m.prices.push({ sku: p.sku, tier: 'solution', term, listPrice: price + p.unitCost });
  }
  return m as unknown as ModelInput;
}

/** The model without product `sku` (its prices, bundle components and quote lines). */
export function withoutProduct(input: ModelInput, sku: string): ModelInput {
  const m = structuredClone(input) as unknown as Json;
  m.products = m.products.filter((p) => p.sku !== sku);
  m.prices = m.prices.filter((p) => p.sku !== sku);
  for (const b of m.bundles) b.components = b.components.filter((c) => c.sku !== sku);
  m.quote.lines = m.quote.lines.filter((l) => l.item.sku !== sku);
  return m as unknown as ModelInput;
}

/** Products added and removed: three new products, BF-MON gone. */
export const changedModel = (input: ModelInput = example()): ModelInput => withoutProduct(withNewProducts(input, 3), 'BF-MON');
