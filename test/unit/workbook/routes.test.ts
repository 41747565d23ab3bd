/** The Routes sheet of the example model, as data: inputs, the route table, each party's waterfall and chart, the matrix. */
import { compareRoutes, pocketMatrix, pocketWaterfalls, routeChoices, toNumber } from '../../../src/engine';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { matrixTable } from '../../../src/workbook/build/routeMatrix';
import { ROUTE_INPUTS, routeInputAt } from '../../../src/workbook/build/routes';
import { WATERFALL_COLUMNS } from '../../../src/workbook/build/waterfall';
import { intersection, type Rect } from '../../../src/workbook/rects';
import { type CellSpec, DEFAULT_SHEET_NAMES, type SheetSpec, type TableSpec } from '../../../src/workbook/spec';
import { example, load } from '../../support/models';

const source = example();
const model = load(source);
const spec = describeWorkbook(model, { source });
const routes = spec.sheets.find((s) => s.key === 'routes') as SheetSpec;
const table = (name: string): TableSpec => {
  const t = routes.tables.find((x) => x.name === name);
  if (t === undefined) throw new Error(`no table ${name}`);
  return t;
};
const value = (c: CellSpec | undefined): unknown => (c === undefined ? undefined : c.kind === 'formula' ? c.result : c.kind === 'blank' ? null : c.value);
const column = (t: TableSpec, header: string): unknown[] => {
  const k = t.columns.findIndex((c) => c.header === header);
  expect(k).toBeGreaterThanOrEqual(0);
  return t.rows.map((r) => value(r[k]));
};
const input = (k: (typeof ROUTE_INPUTS)[number]): unknown => value(routes.cells.find((c) => c.at.row === routeInputAt(k).row && c.at.col === routeInputAt(k).col)?.cell);
const query = { item: { sku: 'BK-CLI' }, tier: String(input('Tier')), term: String(input('Term')), quantity: Number(input('Quantity')) };

describe('the Routes sheet', () => {
  it('stands right after the Channels sheet, under its default name', () => {
    const keys = spec.sheets.map((s) => s.key);
    expect(keys.indexOf('routes')).toBe(keys.indexOf('channels') + 1);
    expect(routes.name).toBe(DEFAULT_SHEET_NAMES.routes);
    expect(DEFAULT_SHEET_NAMES.routes).toBe('Routes');
  });

  it('opens on the first priced item, its tier, the annual term, 10 units, no discount, with drop-downs from the model’s tables', () => {
    expect([input('Item'), input('Tier'), input('Term'), input('Quantity'), input('Negotiated discount')]).toEqual(['BK-CLI', model.tiers[0]?.id, 'annual', 10, 0]);
    const listed = routes.validations.map((v) => ROUTE_INPUTS[v.range.at.row - routeInputAt('Item').row]);
    expect(listed).toEqual(['Item', 'Tier', 'Term', 'Route charted']);
    for (const v of routes.validations) expect(v.source.kind).toBe('range');
    expect(routes.validations[0]?.source).toMatchObject({ formula: expect.stringContaining("='Quote'!") });
  });

  it('has a row per route (the engine’s routeChoices), labelled as compareRoutes labels them', () => {
    const compared = compareRoutes(model, query);
    expect(routeChoices(model)).toHaveLength(compared.length);
    expect(column(table('RouteComparison'), 'Route')).toEqual(compared.map((r) => r.label));
  });

  it('caches the engine’s figures and guardrail status of every route', () => {
    const t = table('RouteComparison');
    const compared = compareRoutes(model, query);
    const n = (d: { units: bigint; scale: number } | null | undefined) => (d === null || d === undefined ? '' : toNumber(d));
    expect(column(t, 'Customer price')).toEqual(compared.map((r) => n(r.line?.customerPrice)));
    expect(column(t, 'Reseller buy')).toEqual(compared.map((r) => n(r.line?.resellerBuy)));
    expect(column(t, 'Distributor buy')).toEqual(compared.map((r) => n(r.line?.distributorBuy)));
    expect(column(t, 'Vendor invoice')).toEqual(compared.map((r) => n(r.line?.vendorInvoice)));
    expect(column(t, 'Vendor pocket price')).toEqual(compared.map((r) => n(r.line?.vendorNet)));
    expect(column(t, 'Vendor pocket margin')).toEqual(compared.map((r) => n(r.line?.vendorMargin.amount)));
    expect(column(t, 'Status')).toEqual(compared.map((r) => r.status));
  });

  it('prices every route live by the whole price chain, from the input cells', () => {
    const t = table('RouteComparison');
    for (const c of WATERFALL_COLUMNS) expect(t.columns.some((x) => x.header === c || (c === 'Vendor net' && x.header === 'Vendor pocket price') || (c === 'Vendor margin' && x.header === 'Vendor pocket margin'))).toBe(true);
    const customer = t.rows[0]?.[t.columns.findIndex((c) => c.header === 'Customer price')];
    expect(customer?.kind).toBe('formula');
    const chain = t.rows.flat().filter((c): c is Extract<CellSpec, { kind: 'formula' }> => c.kind === 'formula').map((c) => c.formula).join('\n');
    for (const cell of ['$B$4', '$B$6', '$B$7', '$B$8']) expect(chain).toContain(cell);
    const status = t.rows[0]?.[t.columns.findIndex((c) => c.header === 'Status')];
    expect(status?.kind === 'formula' ? status.formula : '').toMatch(/"error".*"warning".*"ok"/);
    expect(routes.conditionalFormats.map((c) => c.style)).toEqual(['breach', 'warning', 'pass', 'breach']);
  });

  it('shows each party’s pocket-price waterfall of the charted route as the engine’s pocketWaterfalls', () => {
    const route = String(input('Route charted'));
    expect(route).toBe('Distribution · Silver');
    const line = compareRoutes(model, query).find((r) => r.label === route)?.line;
    expect(line).toBeDefined();
    const waterfalls = line ? pocketWaterfalls(line) : [];
    expect(waterfalls.map((w) => w.party)).toEqual(['Customer', 'Reseller', 'Distributor', 'Vendor']);
    for (const w of waterfalls) {
      const t = table(`${w.party}Pocket`);
      expect(column(t, 'Element')).toEqual(w.elements.map((e) => e.label));
      expect(column(t, 'Amount')).toEqual(w.elements.map((e) => toNumber(e.amount)));
      expect(column(t, 'Running total')).toEqual(w.elements.map((e) => toNumber(e.running)));
      expect(column(t, 'Paid by')).toEqual(w.elements.map((e) => e.paidBy ?? ''));
      expect(column(t, 'Paid to')).toEqual(w.elements.map((e) => e.paidTo ?? ''));
      // A waterfall's bars: a step floats on its base, a start or subtotal stands from 0.
      const [base, total, up, down] = ['Base', 'Total', 'Increase', 'Decrease'].map((h) => column(t, h) as number[]);
      w.elements.forEach((e, i) => {
        const top = (base?.[i] ?? 0) + (total?.[i] ?? 0) + (up?.[i] ?? 0) + (down?.[i] ?? 0);
        const before = i === 0 ? 0 : toNumber(w.elements[i - 1]?.running ?? e.running);
        expect(top).toBeCloseTo(e.kind === 'step' ? Math.max(before, toNumber(e.running)) : toNumber(e.running), 9);
      });
    }
  });

  it('charts each party beside its table, over no table', () => {
    expect(routes.charts).toHaveLength(4);
    const rect = (t: TableSpec): Rect => ({ row: t.at.row - 1, col: t.at.col, lastRow: t.at.row + Math.max(1, t.rows.length), lastCol: t.at.col + t.columns.length - 1 });
    for (const chart of routes.charts) {
      const area: Rect = { row: chart.from.row, col: chart.from.col, lastRow: chart.to.row, lastCol: chart.to.col };
      for (const t of routes.tables) expect(intersection(area, rect(t))).toBeNull();
      expect(chart.series.map((s) => s.name)).toEqual(['Total', 'Increase', 'Decrease']);
    }
  });

  it('puts nothing below a table that grows (the route table and the matrix)', () => {
    const grows = [table('RouteComparison'), table('PocketMatrix')];
    for (const g of grows) {
      for (const t of routes.tables.filter((x) => x !== g)) {
        const sharesColumns = t.at.col < g.at.col + g.columns.length && g.at.col < t.at.col + t.columns.length;
        if (sharesColumns) expect(t.at.row).toBeLessThan(g.at.row);
      }
    }
  });

  it('holds the engine’s pocketMatrix: the vendor’s pocket price as a share of list per item and route', () => {
    const matrix = pocketMatrix(model, { tier: query.tier, term: query.term, quantity: query.quantity });
    const t = table('PocketMatrix');
    expect(column(t, 'Item')).toEqual(matrix.rows.map((r) => r.label));
    matrix.routes.forEach((r, k) => {
      expect(t.columns[3 + k]?.header).toBe(r.label);
      expect(t.rows.map((row) => value(row[3 + k]))).toEqual(matrix.rows.map((row) => (row.shares[k] === null || row.shares[k] === undefined ? null : toNumber(row.shares[k]))));
    });
  });

  it('prices only the matrix rows it shows', () => {
    const capped = matrixTable({ model, names: DEFAULT_SHEET_NAMES }, { row: 3, col: 0 }, { tier: query.tier, term: 'annual', quantity: 1 }, 2);
    expect(capped.shown).toBe(2);
    expect(capped.total).toBe(model.products.length + model.bundles.length);
    expect(capped.table.rows).toHaveLength(2);
    const bundles = matrixTable({ model, names: DEFAULT_SHEET_NAMES }, { row: 3, col: 0 }, { tier: query.tier, term: 'annual', quantity: 1 }, model.products.length + 1);
    expect(value(bundles.table.rows.at(-1)?.[1])).toBe('bundle');
  });
});
