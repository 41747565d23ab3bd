/** The Mix sheet as data: the rows' inputs and waterfall, the party totals and their names, an empty mix. */
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { LINE_HELPERS } from '../../../src/workbook/build/lineHelpers';
import { MIX_INPUTS, MIX_WATERFALL, SPARE_ROWS } from '../../../src/workbook/build/mix';
import { nameKey } from '../../../src/workbook/build/definedNames';
import { type CellSpec, DEFAULT_SHEET_NAMES, type SheetSpec, type TableSpec, type WorkbookSpec } from '../../../src/workbook/spec';
import { MIX_EXAMPLE_PARTIES, mixModel } from '../../support/mixModel';
import { example, load } from '../../support/models';

const value = (c: CellSpec | undefined): unknown => (c === undefined ? undefined : c.kind === 'formula' ? c.result : c.kind === 'blank' ? null : c.value);
const mixSheet = (spec: WorkbookSpec): SheetSpec => spec.sheets.find((s) => s.key === 'mix') as SheetSpec;
const table = (s: SheetSpec, name: string): TableSpec => {
  const t = s.tables.find((x) => x.name === name);
  if (t === undefined) throw new Error(`no table ${name}`);
  return t;
};
const column = (t: TableSpec, header: string): unknown[] => {
  const k = t.columns.findIndex((c) => c.header === header);
  expect(k).toBeGreaterThanOrEqual(0);
  return t.rows.map((r) => value(r[k]));
};

describe('the Mix sheet', () => {
  const spec = describeWorkbook(mixModel());
  const sheet = mixSheet(spec);
  const rows = table(sheet, 'MixRows');
  const totals = table(sheet, 'MixTotals');

  it('stands after the Quote, Customer quote and Scenarios sheets, under its default name', () => {
    const keys = spec.sheets.map((s) => s.key);
    expect(keys.indexOf('mix')).toBe(keys.indexOf('scenarios') + 1);
    expect(keys.indexOf('scenarios')).toBe(keys.indexOf('customerQuote') + 1);
    expect(keys.indexOf('customerQuote')).toBe(keys.indexOf('quote') + 1);
    expect(sheet.name).toBe(DEFAULT_SHEET_NAMES.mix);
    expect(DEFAULT_SHEET_NAMES.mix).toBe('Mix');
  });

  it('shows each row’s inputs, then the waterfall without the special bid and the partner floor, then its helper columns', () => {
    expect(rows.columns.map((c) => c.header)).toEqual([...MIX_INPUTS, ...MIX_WATERFALL, ...LINE_HELPERS]);
    expect(column(rows, 'Reseller rate')).toEqual([...[0, 0.3], '', '', '']);
    expect(column(rows, 'Channel kind')).toEqual([...['direct', 'two-tier'], '', '', '']);
    expect(rows.columns.slice(0, MIX_INPUTS.length).every((c) => c.role === 'input')).toBe(true);
    expect(MIX_WATERFALL).not.toContain('Partner floor');
    expect(rows.rows.map((r) => r.slice(0, MIX_INPUTS.length).map(value))).toEqual([
      ['SUITE', 'product', 'annual', 'direct', null, false, 10, 0.1],
      ['SUITE', 'product', 'annual', 'distribution', 'gold', false, 20, 0],
      ...new Array(SPARE_ROWS).fill(new Array(MIX_INPUTS.length).fill(null)),
    ]);
    expect(column(rows, 'Customer price')).toEqual([...[9000, 20000], '', '', '']);
    expect(column(rows, 'Reseller buy')).toEqual([...['', 14000], '', '', '']);
    expect(column(rows, 'Distributor buy')).toEqual([...['', 12000], '', '', '']);
    expect(column(rows, 'Rebate')).toEqual([...[0, 240], '', '', '']);
    expect(column(rows, 'Vendor margin')).toEqual([...[7800, 9360], '', '', '']);
  });

  it('totals each party’s revenue, pocket and margin as the hand-worked example', () => {
    expect(totals.rows.map((r) => r.map(value))).toEqual(
      (['vendor', 'distributor', 'reseller', 'customer'] as const).map((p) => [p.charAt(0).toUpperCase() + p.slice(1), MIX_EXAMPLE_PARTIES[p].revenue, MIX_EXAMPLE_PARTIES[p].pocket, MIX_EXAMPLE_PARTIES[p].margin]),
    );
  });

  it('publishes each party figure as a Tiercraft.Mix name on the Mix sheet', () => {
    const names = (spec.names ?? []).filter((n) => n.key === 'mix');
    expect(names.map((n) => n.name)).toEqual(
      ['Vendor', 'Distributor', 'Reseller', 'Customer'].flatMap((p) => ['Revenue', 'Pocket', 'Margin'].map((f) => `Tiercraft.Mix.${p}${f}`)),
    );
    expect(names.find((n) => n.name === 'Tiercraft.Mix.VendorPocket')?.formula).toBe(`='Mix'!$F$${totals.at.row + 2}`);
    expect(nameKey('Tiercraft.Mix.VendorPocket')).toBe('mix');
  });

  it('prices the mix at its own Partner purchases, whatever the quote’s', () => {
    const model = mixModel((m) => {
      m.levels = [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05, rebate: 0, rebateTiers: [{ from: 0, rate: 0.02 }, { from: 100_000, rate: 0.03 }] }];
      m.quote = { customer: 'Acme', lines: [], partnerPurchases: 0 };
      if (m.mix) m.mix.partnerPurchases = 150_000;
    });
    const s = mixSheet(describeWorkbook(model));
    expect(column(table(s, 'MixSettings'), 'Partner purchases')).toEqual([150_000]);
    expect(column(table(s, 'MixRebateTiers'), 'Applies')).toEqual([0, 1]);
    expect(column(table(s, 'MixRows'), 'Rebate').slice(0, 2)).toEqual([0, 360]);
    expect(column(table(s, 'MixRows'), 'Rebate')[1]).toBe(12_000 * 0.03);
    const rebateRate = table(s, 'MixRows').rows[1]?.[table(s, 'MixRows').columns.findIndex((c) => c.header === 'Rebate rate')];
    // The tier reached is the MixRebateTiers table's (on the Mix sheet), not the Channels sheet's Applies column.
    expect(rebateRate?.kind === 'formula' ? rebateRate.formula : '').toMatch(/'Channels'!\$Q\$5:\$Q\$6,'Channels'!\$O\$5:\$O\$6,E13,'Mix'!\$[A-Z]+\$12:\$[A-Z]+\$13,1/);
  });

  it('gives a model without a mix one blank row and a note on how to fill it', () => {
    const s = mixSheet(describeWorkbook(load(example())));
    const blank = table(s, 'MixRows');
    expect(blank.rows).toHaveLength(1);
    expect(blank.rows[0]?.slice(0, MIX_INPUTS.length).every((c) => c.kind === 'blank')).toBe(true);
    expect(blank.rows[0]?.slice(MIX_INPUTS.length).every((c) => c.kind === 'formula' && c.result === '')).toBe(true);
    expect(String(value(s.cells.find((c) => c.at.row === 1)?.cell))).toMatch(/type rows.*CSV.*--mix/);
    expect(table(s, 'MixTotals').rows.map((r) => r.slice(1).map(value))).toEqual(new Array(4).fill([0, 0, 0]));
  });
});
