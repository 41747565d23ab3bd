/** Invariants of the description and of read-back over generated models. */
import fc from 'fast-check';
import { loadModel } from '../../../src/engine/model/loadModel';
import type { Model, ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import type { GridValue, TableGrid } from '../../../src/workbook/read/cells';
import { readBack } from '../../../src/workbook/read/readBack';
import type { CellSpec, WorkbookSpec } from '../../../src/workbook/spec';

const cents = fc.integer({ min: 1, max: 500_000 }).map((c) => c / 100);
const share = fc.integer({ min: 0, max: 30 }).map((p) => p / 100);

/** A small model: products priced in the default tiers and terms, a graduated ladder, a bundle, a quote line. */
const modelArb = fc
  .record({
    products: fc.integer({ min: 1, max: 4 }),
    prices: fc.array(cents, { minLength: 36, maxLength: 36 }),
    costs: fc.array(fc.integer({ min: 0, max: 500 }).map((c) => c / 100), { minLength: 4, maxLength: 4 }),
    bands: fc.array(share, { minLength: 3, maxLength: 3 }),
    bundleDiscount: share,
    termDiscount: share,
    lineDiscount: share,
    quantity: fc.integer({ min: 1, max: 400 }),
    basis: fc.constantFrom('list', 'compound'),
    name: fc.string({ maxLength: 12 }),
  })
  .map((g): ModelInput => {
    const skus = Array.from({ length: g.products }, (_, i) => `SKU-${i}`);
    const tiers = ['product', 'solution', 'enterprise'];
    const terms = ['monthly', 'annual', '3-year'];
    return {
      currency: 'USD',
      discountBasis: g.basis as 'list' | 'compound',
      terms: [
        { id: 'monthly', name: 'Monthly', months: 1, discount: 0 },
        { id: 'annual', name: 'Annual', months: 12, discount: 0 },
        { id: '3-year', name: '3-year', months: 36, discount: g.termDiscount },
      ],
      products: skus.map((sku, i) => ({ sku, name: `${g.name}${i}`, unitCost: g.costs[i] ?? 0, ...(i === 0 ? { ladder: 'seats' } : {}) })),
      prices: skus.flatMap((sku, i) => tiers.flatMap((tier, t) => terms.map((term, k) => ({ sku, tier, term, listPrice: g.prices[i * 9 + t * 3 + k] ?? 1 })))),
      ladders: [{ id: 'seats', name: 'Seats', mode: 'graduated', bands: [{ upTo: 10, discount: g.bands[0] ?? 0 }, { upTo: 100, discount: g.bands[1] ?? 0 }, { upTo: null, discount: g.bands[2] ?? 0 }] }],
      bundles: [{ id: 'kit', name: 'Kit', tier: 'solution', components: skus.map((sku, i) => ({ sku, quantity: i + 1 })), pricing: { kind: 'discount', discount: g.bundleDiscount } }],
      quote: { customer: g.name, lines: [{ item: { sku: skus[0] ?? '' }, quantity: g.quantity, term: 'annual', tier: 'product', channel: 'distribution', level: 'gold', dealRegistration: true, discount: g.lineDiscount }] },
    };
  });

function load(input: ModelInput): Model {
  const r = loadModel(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}

const valueOf = (c: CellSpec): GridValue => (c.kind === 'formula' ? (c.result ?? null) : c.kind === 'blank' ? null : c.value);

/** Every table as the plain grid a renderer reads back. */
function grids(spec: WorkbookSpec): Map<string, TableGrid> {
  const out = new Map<string, TableGrid>();
  for (const s of spec.sheets) for (const t of s.tables) out.set(t.name, { sheet: s.name, at: t.at, values: [t.columns.map((c) => c.header), ...t.rows.map((r) => r.map(valueOf))] });
  return out;
}

const cell = (spec: WorkbookSpec, table: string, header: string): GridValue[] => {
  const t = spec.sheets.flatMap((s) => s.tables).find((x) => x.name === table);
  const i = t?.columns.findIndex((c) => c.header === header) ?? -1;
  return (t?.rows ?? []).map((r) => valueOf(r[i] ?? { kind: 'blank' }));
};
const cents100 = (v: GridValue): number => Math.round(Number(v || 0) * 100);

describe('for any model', () => {
  it('reading back the tables as written gives the same model', () => {
    fc.assert(
      fc.property(modelArb, (input) => {
        const model = load(input);
        const spec = describeWorkbook(model, { source: input });
        expect(load(readBack({ stored: input, tables: grids(spec), customer: model.quote.customer }))).toEqual(model);
      }),
      { numRuns: 40 },
    );
  });

  it('reseller + distributor margins = customer price − vendor net, and allocations add up to the bundle price', () => {
    fc.assert(
      fc.property(modelArb, (input) => {
        const spec = describeWorkbook(load(input), { source: input });
        for (const [table, pocket] of [['RouteComparison', 'Vendor pocket price'], ['QuoteLines', 'Vendor net']] as const) {
          const customer = cell(spec, table, 'Customer price');
          const net = cell(spec, table, pocket);
          const reseller = cell(spec, table, 'Reseller margin');
          const distributor = cell(spec, table, 'Distributor margin');
          customer.forEach((c, i) => {
            if (c === null) return;
            expect(cents100(reseller[i] ?? null) + cents100(distributor[i] ?? null)).toBe(cents100(c) - cents100(net[i] ?? null));
          });
        }
        const terms = cell(spec, 'BundleAllocation', 'Term');
        const price = cell(spec, 'BundleAllocation', 'Bundle price');
        const parts = cell(spec, 'BundleAllocation', 'Allocation');
        for (const term of new Set(terms)) {
          const rows = terms.map((t, i) => (t === term ? i : -1)).filter((i) => i >= 0);
          expect(rows.reduce((s, i) => s + cents100(parts[i] ?? null), 0)).toBe(cents100(price[rows[0] ?? 0] ?? null));
        }
      }),
      { numRuns: 40 },
    );
  });
});
