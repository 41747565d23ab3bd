/**
 * The Overview sheet recalculated by LibreOffice: its live figures (tiers' products and list-price
 * ranges, guardrail counts by rule, each breach's status) and its links' shown text equal the engine's;
 * then an edit of a list price moves the tier's price range to the edited model's figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../../src/engine/model/loadModel';
import type { Model, ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { headlineTerm, tierPriceRange } from '../../../src/workbook/build/overviewTiers';
import type { SheetSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { formulaCells, mismatches } from './compare';
import { readRawValues } from './rawValues';
import { recalculate } from './recalc';

jest.setTimeout(180_000);

function load(input: unknown): Model {
  const r = loadModel(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}

const source = JSON.parse(readFileSync(join(__dirname, '../../../examples/backup-vendor.tiercraft.json'), 'utf8')) as ModelInput;
const model = load(source);
const spec = describeWorkbook(model, { source });
const overviewOf = (s: WorkbookSpec): SheetSpec => {
  const found = s.sheets.find((x) => x.key === 'overview');
  if (found === undefined) throw new Error('no Overview sheet');
  return found;
};
const tableOf = (s: WorkbookSpec, name: string) => {
  const found = overviewOf(s).tables.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no ${name} table`);
  return found;
};
/** The recalculated value of a table's data cell. */
const valueAt = (values: Awaited<ReturnType<typeof readRawValues>>, s: WorkbookSpec, name: string, row: number, col: number): unknown => {
  const t = tableOf(s, name);
  return values.get(overviewOf(s).name)?.get(`${t.at.row + 1 + row},${t.at.col + col}`);
};

describe('LibreOffice recalculates the Overview to the engine figures', () => {
  it('every figure and link text of the Overview equals the engine figure', async () => {
    const values = await readRawValues(recalculate(await renderXlsx(spec)));
    const overview = formulaCells(spec).filter((c) => c.sheet === overviewOf(spec).name);
    expect(overview.length).toBeGreaterThan(30);
    expect(mismatches(spec, values)).toEqual([]);
    // The example's figures, as a pricing manager reads them: the annual term, USD per unit.
    const tiers = tableOf(spec, 'TiersAtGlance');
    const annual = headlineTerm(model)?.term.id ?? '';
    model.tiers.forEach((t, r) => {
      const range = tierPriceRange(model, t.id, annual);
      expect([valueAt(values, spec, 'TiersAtGlance', r, 5), valueAt(values, spec, 'TiersAtGlance', r, 6), valueAt(values, spec, 'TiersAtGlance', r, 7)]).toEqual([
        range.products,
        range.lowest ?? null,
        range.highest ?? null,
      ]);
    });
    expect(tiers.rows.length).toBe(model.tiers.length);
    const roles = tableOf(spec, 'RoleStarts');
    expect(roles.rows.map((_, r) => valueAt(values, spec, 'RoleStarts', r, 1))).toEqual(['Packaging', 'Price book', 'Build history', 'Quote', 'Routes', 'Channels', 'Scenarios', 'Mix', 'Checks']);
  });

  it("follows an edit of a tier's lowest list price to the edited model's range", async () => {
    const term = headlineTerm(model);
    if (term === null) throw new Error('the example has terms');
    const tier = model.tiers[0]?.id ?? '';
    const cheapest = tierPriceRange(model, tier, term.term.id).lowest ?? 0;
    const price = model.prices.find((p) => p.tier === tier && p.term === term.term.id && p.listPrice === cheapest);
    if (price === undefined) throw new Error('no cheapest price');
    const lowered = cheapest / 2;
    const edited = describeWorkbook(load({ ...source, prices: model.prices.map((p) => (p.sku === price.sku && p.tier === tier && p.term === price.term ? { ...p, listPrice: lowered } : p)) }), { source });
    // The user's edit: the Prices cell changes, every cached result stays as built before the edit.
    const pb = spec.sheets.find((s) => s.key === 'priceBook');
    const prices = pb?.tables.find((t) => t.name === 'Prices');
    const row = prices?.rows.findIndex((r) => r[0]?.kind === 'text' && r[0].value === price.sku && r[1]?.kind === 'text' && r[1].value === tier) ?? -1;
    expect(row).toBeGreaterThanOrEqual(0);
    const userEdit: WorkbookSpec = {
      ...spec,
      sheets: spec.sheets.map((s) => (s.key !== 'priceBook' ? s : { ...s, tables: s.tables.map((t) => (t.name !== 'Prices' ? t : { ...t, rows: t.rows.map((r, i) => (i !== row ? r : r.map((c, j) => (j === 3 + term.index ? { kind: 'number' as const, value: lowered } : c)))) })) })),
    };
    const values = await readRawValues(recalculate(await renderXlsx(userEdit)));
    const expected = tableOf(edited, 'TiersAtGlance').rows[0]?.[6];
    expect(expected).toMatchObject({ kind: 'formula', result: lowered });
    expect(valueAt(values, userEdit, 'TiersAtGlance', 0, 6)).toBe(lowered);
  });
});
