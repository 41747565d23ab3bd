/** A waterfall chart through the Office.js renderer, against the Excel double: the calls it makes and what they leave. */
import { FakeExcel } from '../../../doubles/excel';
import { WATERFALL_COLOURS, WATERFALL_GAP_WIDTH, type WorkbookSpec } from '../../../../src/workbook/spec';
import { build } from './helpers';
import { syntheticSpec } from './syntheticSpec';
import { withWaterfall } from './waterfallSpec';


async function built(spec: WorkbookSpec): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await build(excel, spec);
  return excel;
}

const quoteCharts = (excel: FakeExcel) => excel.state.sheets.find((s) => s.name === 'Quote')?.charts ?? [];

describe('a waterfall chart in Excel', () => {
  let excel: FakeExcel;
  let quoteId: string;
  beforeAll(async () => {
    excel = await built(withWaterfall(syntheticSpec(5)));
    quoteId = excel.state.sheets.find((s) => s.name === 'Quote')?.id ?? '';
  });
  const waterfall = () => quoteCharts(excel).find((c) => c.name === 'Tiercraft chart 2');

  it('is a stacked column chart named, titled and placed like the others', () => {
    expect(waterfall()).toMatchObject({ type: 'ColumnStacked', title: 'Vendor pocket price', anchor: 'J4:R23', seriesBy: 'Columns' });
    expect(quoteCharts(excel).map((c) => c.name)).toEqual(['Tiercraft chart 1', 'Tiercraft chart 2']);
  });

  it('stands every bar on an invisible base: no fill, no outline, no legend entry, a narrow gap', () => {
    expect(waterfall()?.series[0]).toMatchObject({ name: 'Base', values: `${quoteId}!E5:E11`, xValues: `${quoteId}!A5:A11`, fill: 'None', lineStyle: 'None', gapWidth: WATERFALL_GAP_WIDTH, hasDataLabels: false });
    expect(waterfall()?.legend).toEqual({ position: 'Bottom', hiddenEntries: [0] });
  });

  it('adds the visible series over the same categories, coloured by role and labelled in the format given', () => {
    const visible = waterfall()?.series.slice(1) ?? [];
    expect(visible.map((s) => [s.name, s.values, s.xValues, s.fill, s.lineStyle])).toEqual([
      ['Total', `${quoteId}!F5:F11`, `${quoteId}!A5:A11`, `#${WATERFALL_COLOURS.total}`, 'None'],
      ['Down', `${quoteId}!G5:G11`, `${quoteId}!A5:A11`, `#${WATERFALL_COLOURS.down}`, 'None'],
      ['Up', `${quoteId}!H5:H11`, `${quoteId}!A5:A11`, `#${WATERFALL_COLOURS.up}`, 'None'],
    ]);
    for (const s of visible) expect([s.hasDataLabels, s.dataLabels]).toEqual([true, { showValue: true, position: 'Center', numberFormat: '#,##0;-#,##0;;' }]);
  });

  it('makes these calls, in this order, in requests that succeed', () => {
    const calls = excel.syncs.flatMap((s) => s.operations.filter((o) => o.target.includes('add(ColumnStacked)')).map((o) => `${o.target.replace(/^.*add\(ColumnStacked\)/, 'chart').replace(/\.series\.add\([^)]*\)/, '.series.added')}.${o.member}`));
    const base = ['name', 'setXAxisValues', 'format.fill.clear', 'format.line.lineStyle', 'gapWidth'].map((m) => `chart.series.getItemAt(0).${m}`);
    const visible = ['setValues', 'setXAxisValues', 'format.fill.setSolidColor', 'format.line.lineStyle', 'hasDataLabels', 'dataLabels.showValue', 'dataLabels.position', 'dataLabels.numberFormat'].map((m) => `chart.series.added.${m}`);
    const legend = ['chart.legend.position', 'chart.legend.legendEntries.getItemAt(0).visible'];
    expect(calls).toEqual([...base, ...[0, 1, 2].flatMap(() => ['chart.series.add', ...visible]), ...legend, 'chart.name', 'chart.title.text', 'chart.setPosition']);
    const adds = excel.syncs.flatMap((s) => s.operations.filter((o) => o.target.endsWith('.charts') && o.member === 'add').map((o) => o.args));
    expect(adds).toContainEqual(['ColumnStacked', expect.stringContaining('getRangeByIndexes(4,4,7,1)'), 'Columns']);
    expect(excel.syncs.every((s) => !s.failed)).toBe(true);
  });

  it('leaves labels off when the description asks for none', async () => {
    const plain = withWaterfall(syntheticSpec(5));
    const spec = { ...plain, sheets: plain.sheets.map((s) => ({ ...s, charts: s.charts.map((c) => (c.kind === 'waterfall' ? { ...c, dataLabels: null } : c)) })) };
    const other = await built(spec);
    const series = quoteCharts(other).find((c) => c.type === 'ColumnStacked')?.series ?? [];
    expect(series.map((s) => s.hasDataLabels)).toEqual([false, false, false, false]);
  });

  it('is replaced, not doubled, by a rebuild', async () => {
    const again = await built(withWaterfall(syntheticSpec(5)));
    await build(again, withWaterfall(syntheticSpec(5)), { describePrevious: () => Promise.resolve(null) });
    expect(quoteCharts(again).map((c) => [c.name, c.type])).toEqual([
      ['Tiercraft chart 1', 'ColumnClustered'],
      ['Tiercraft chart 2', 'ColumnStacked'],
    ]);
  });
});
