/**
 * The Routes sheet recalculated by LibreOffice: the route table, each party's pocket-price waterfall of
 * the charted route and the matrix equal the engine (compareRoutes, pocketWaterfalls, pocketMatrix) for
 * the example model as built, and, route table and waterfalls, after a user changes the inputs (item,
 * term, quantity, negotiated discount, route charted) in the workbook.
 */
import { compareRoutes, type Decimal, pocketMatrix, pocketWaterfalls, toNumber } from '../../../src/engine';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { ROUTE_INPUTS, routeInputAt } from '../../../src/workbook/build/routes';
import type { CellSpec, SheetSpec, TableSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { mismatches } from './compare';
import { type RawValue, type RawWorkbook, readRawValues } from './rawValues';
import { recalculateAll } from './recalc';
import { example, load } from '../../support/models';

jest.setTimeout(180_000);

const source = example();
const model = load(source);
const spec = describeWorkbook(model, { source });
const routesOf = (s: WorkbookSpec): SheetSpec => s.sheets.find((x) => x.key === 'routes') as SheetSpec;

type Inputs = { item: string; tier: string; term: string; quantity: number; discount: number; route: string };

/** The description with the Routes sheet's inputs typed over (every cached result left as it was: a user's edit). */
function withInputs(s: WorkbookSpec, inputs: Inputs): WorkbookSpec {
  const typed: Record<(typeof ROUTE_INPUTS)[number], CellSpec> = {
    Item: { kind: 'text', value: inputs.item },
    Tier: { kind: 'text', value: inputs.tier },
    Term: { kind: 'text', value: inputs.term },
    Quantity: { kind: 'number', value: inputs.quantity },
    'Negotiated discount': { kind: 'number', value: inputs.discount },
    'Route charted': { kind: 'text', value: inputs.route },
  };
  const edit = (sheet: SheetSpec): SheetSpec =>
    sheet.key !== 'routes'
      ? sheet
      : { ...sheet, cells: sheet.cells.map((c) => ROUTE_INPUTS.reduce((cell, k) => (c.at.row === routeInputAt(k).row && c.at.col === routeInputAt(k).col ? { ...cell, cell: typed[k] } : cell), c)) };
  return { ...s, sheets: s.sheets.map(edit) };
}

const tableOf = (name: string): TableSpec => routesOf(spec).tables.find((t) => t.name === name) as TableSpec;
/** A column of a table as the recalculated workbook holds it. */
function recalculatedColumn(values: RawWorkbook, t: TableSpec, header: string): RawValue[] {
  const k = t.columns.findIndex((c) => c.header === header);
  if (k < 0) throw new Error(`no column ${header} in ${t.name}`);
  const ws = values.get('Routes');
  return t.rows.map((_, r) => ws?.get(`${t.at.row + 1 + r},${t.at.col + k}`) ?? null);
}
const money = (d: Decimal | null | undefined): number | string => (d === null || d === undefined ? '' : toNumber(d));
const close = (actual: RawValue[], expected: (number | string)[]) => {
  // + 0: a spreadsheet may keep −0 where the engine has 0.
  expect(actual.map((a) => (typeof a === 'number' ? Math.round(a * 1e6) / 1e6 + 0 : a === null ? '' : a))).toEqual(expected.map((e) => (typeof e === 'number' ? Math.round(e * 1e6) / 1e6 : e)));
};

/** The route table and every party's waterfall of the recalculated workbook against the engine, for `inputs`. */
function expectEngineFigures(values: RawWorkbook, inputs: Inputs): void {
  const item = model.bundles.some((b) => b.id === inputs.item) ? { bundle: inputs.item } : { sku: inputs.item };
  const compared = compareRoutes(model, { item, tier: inputs.tier, term: inputs.term, quantity: inputs.quantity, discount: inputs.discount });
  const t = tableOf('RouteComparison');
  close(recalculatedColumn(values, t, 'Route'), compared.map((r) => r.label));
  close(recalculatedColumn(values, t, 'Customer price'), compared.map((r) => money(r.line?.customerPrice)));
  close(recalculatedColumn(values, t, 'Reseller buy'), compared.map((r) => money(r.line?.resellerBuy)));
  close(recalculatedColumn(values, t, 'Reseller margin'), compared.map((r) => money(r.line?.resellerMargin?.amount)));
  close(recalculatedColumn(values, t, 'Distributor buy'), compared.map((r) => money(r.line?.distributorBuy)));
  close(recalculatedColumn(values, t, 'Distributor margin'), compared.map((r) => money(r.line?.distributorMargin?.amount)));
  close(recalculatedColumn(values, t, 'Vendor invoice'), compared.map((r) => money(r.line?.vendorInvoice)));
  close(recalculatedColumn(values, t, 'Rebate'), compared.map((r) => money(r.line?.rebate)));
  close(recalculatedColumn(values, t, 'MDF'), compared.map((r) => money(r.line?.mdf)));
  close(recalculatedColumn(values, t, 'Vendor pocket price'), compared.map((r) => money(r.line?.vendorNet)));
  close(recalculatedColumn(values, t, 'Cost'), compared.map((r) => money(r.line?.cost)));
  close(recalculatedColumn(values, t, 'Vendor pocket margin'), compared.map((r) => money(r.line?.vendorMargin.amount)));
  close(recalculatedColumn(values, t, 'Status'), compared.map((r) => r.status));
  const line = compared.find((r) => r.label === inputs.route)?.line;
  if (line === null || line === undefined) throw new Error(`route ${inputs.route} not priced`);
  const waterfalls = pocketWaterfalls(line);
  for (const party of ['Customer', 'Reseller', 'Distributor', 'Vendor'] as const) {
    const p = tableOf(`${party}Pocket`);
    const w = waterfalls.find((x) => x.party === party);
    // A party absent from the route (no reseller on a direct route): its figures are blank.
    close(recalculatedColumn(values, p, 'Amount'), w === undefined ? p.rows.map(() => '') : w.elements.map((e) => toNumber(e.amount)));
    close(recalculatedColumn(values, p, 'Running total'), w === undefined ? p.rows.map(() => '') : w.elements.map((e) => toNumber(e.running)));
    if (w !== undefined) {
      close(recalculatedColumn(values, p, 'Paid by'), w.elements.map((e) => e.paidBy ?? ''));
      close(recalculatedColumn(values, p, 'Paid to'), w.elements.map((e) => e.paidTo ?? ''));
    }
  }
}

const built: Inputs = {
  item: 'BK-CLI',
  tier: model.tiers[0]?.id ?? '',
  term: 'annual',
  quantity: 10,
  discount: 0,
  route: 'Distribution · Silver',
};
/** A bundle, monthly, 25 units, 8% off, a one-tier route registered. */
const bundleEdit: Inputs = { item: 'team-starter', tier: built.tier, term: 'monthly', quantity: 25, discount: 0.08, route: 'Reseller · Gold · registered' };
/** Another product in another tier, three years, 120 units, 15% off, charted direct. */
const directEdit: Inputs = { item: 'EN-SRV', tier: model.tiers[2]?.id ?? built.tier, term: '3-year', quantity: 120, discount: 0.15, route: 'Direct' };

describe('LibreOffice recalculates the Routes sheet to the engine’s figures', () => {
  const recalculated = (async () => {
    const files = await Promise.all([spec, withInputs(spec, bundleEdit), withInputs(spec, directEdit)].map((s) => renderXlsx(s)));
    return Promise.all(recalculateAll(files).map((bytes) => readRawValues(bytes)));
  })();

  it('as built: every formula cell of the sheet, the route table, each party’s waterfall and the matrix', async () => {
    const [values] = await recalculated;
    if (values === undefined) throw new Error('no workbook');
    const routesOnly: WorkbookSpec = { ...spec, sheets: [routesOf(spec)] };
    expect(mismatches(routesOnly, values)).toEqual([]);
    expectEngineFigures(values, built);
    const matrix = pocketMatrix(model, { tier: built.tier, term: built.term, quantity: built.quantity });
    const t = tableOf('PocketMatrix');
    matrix.routes.forEach((r, k) => close(recalculatedColumn(values, t, r.label), matrix.rows.map((row) => money(row.shares[k]))));
  });

  it.each([
    ['a bundle, monthly, 25 units, 8% off, charted through a registered reseller', 1, bundleEdit],
    ['another product and tier, three years, 120 units, 15% off, charted direct', 2, directEdit],
  ] as const)('after the inputs change to %s', async (_, k, inputs) => {
    const values = (await recalculated)[k];
    if (values === undefined) throw new Error('no workbook');
    expectEngineFigures(values, inputs);
  });
});
