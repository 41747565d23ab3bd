/** Generated models for the workbook benchmarks: the example's tiers and terms, as many products as asked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLE = join(__dirname, '..', 'examples', 'backup-vendor.tiercraft.json');

/** A model of `products` products priced in each of the example's 3 tiers and 3 terms. */
export function generatedModel(products: number): unknown {
  const base = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
  const tiers = ['product', 'solution', 'enterprise'];
  const terms: readonly [string, number][] = [['monthly', 1], ['annual', 10], ['3-year', 27]];
  const list: unknown[] = [];
  const prices: unknown[] = [];
  for (let i = 0; i < products; i += 1) {
    const sku = `P${String(i).padStart(5, '0')}`;
    list.push({ sku, name: `Product ${i}`, family: `Family ${i % 20}`, unit: 'user', unitCost: 0.5 + (i % 7) / 10 });
    tiers.forEach((tier, t) => terms.forEach(([term, months]) => prices.push({ sku, tier, term, listPrice: Math.round((5 + (i % 50) + t * 10) * months * 100) / 100 })));
  }
  return { ...base, name: `Generated: ${products} products`, products: list, prices, bundles: [], quote: { customer: 'Generated', lines: [] } };
}
