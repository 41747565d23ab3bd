/**
 * The Office.js steps that add a sheet's charts: line, column and bar charts over the bounding range of
 * their categories and series, and waterfalls as stacked columns over an invisible base series.
 *
 * Every member used is in ExcelApi 1.8 or earlier, below the add-in's required 1.13 (manifest.xml), as
 * Microsoft's reference gives them (https://learn.microsoft.com/javascript/api/excel):
 * ChartCollection.add, Chart.series, ChartSeriesCollection.getItemAt, ChartFill.clear / setSolidColor,
 * ChartLegend.position (1.1); ChartSeriesCollection.add, ChartSeries.setValues / setXAxisValues /
 * gapWidth / hasDataLabels, ChartLineFormat.lineStyle, ChartLegend.legendEntries,
 * ChartLegendEntryCollection.getItemAt, ChartLegendEntry.visible (1.7); ChartSeries.dataLabels,
 * ChartDataLabels.numberFormat (1.8; its showValue and position are 1.1).
 */
import { columnLetters } from '../a1';
import { type ChartSpec, type RangeSpec, type SeriesChartSpec, WATERFALL_COLOURS, WATERFALL_GAP_WIDTH, type WaterfallChartSpec } from '../spec';
import type { Step } from './batcher';

/** Name given to Tiercraft's charts, so a rebuild can tell them from a user's. */
export const CHART_PREFIX = 'Tiercraft chart';

const rangeOf = (sheet: Excel.Worksheet, range: RangeSpec): Excel.Range => sheet.getRangeByIndexes(range.at.row, range.at.col, range.rows, range.cols);

/** The source of a one-column (or one-row) range: its cells make one series. */
const seriesBy = (range: RangeSpec): 'Columns' | 'Rows' => (range.cols === 1 ? 'Columns' : 'Rows');

/** Names, titles and places a chart the renderer added. */
function frame(created: Excel.Chart, chart: ChartSpec, index: number): void {
  created.name = `${CHART_PREFIX} ${index + 1}`;
  created.title.text = chart.title;
  created.setPosition(`${columnLetters(chart.from.col)}${chart.from.row + 1}`, `${columnLetters(chart.to.col)}${chart.to.row + 1}`);
}

/** A line, column or bar chart over the bounding range of its categories and series (series in columns). */
function seriesChart(sheet: Excel.Worksheet, chart: SeriesChartSpec, index: number): void {
  const parts = [chart.categories, ...chart.series.map((s) => s.values)];
  const row = Math.min(...parts.map((p) => p.at.row));
  const col = Math.min(...parts.map((p) => p.at.col));
  const lastRow = Math.max(...parts.map((p) => p.at.row + p.rows - 1));
  const lastCol = Math.max(...parts.map((p) => p.at.col + p.cols - 1));
  const kind = chart.kind === 'line' ? 'LineMarkers' : chart.kind === 'bar' ? 'BarClustered' : 'ColumnClustered';
  frame(sheet.charts.add(kind, sheet.getRangeByIndexes(row, col, lastRow - row + 1, lastCol - col + 1), 'Columns'), chart, index);
}

/**
 * A waterfall: a stacked column chart made from the base range (its one series), then each visible
 * series added over the same categories. The base loses its fill (ChartFill.clear: "Clears the fill
 * color of a chart element"), its outline (lineStyle 'None') and its legend entry. Microsoft documents
 * ChartLegend.legendEntries as "a collection of legendEntries in the legend" without an order; the base
 * is series 0, whose entry is taken as entry 0 (the order Excel lists series in a legend at the bottom).
 */
function waterfallChart(sheet: Excel.Worksheet, chart: WaterfallChartSpec, index: number): void {
  const categories = rangeOf(sheet, chart.categories);
  const created = sheet.charts.add('ColumnStacked', rangeOf(sheet, chart.base), seriesBy(chart.base));
  const base = created.series.getItemAt(0);
  base.name = 'Base';
  base.setXAxisValues(categories);
  base.format.fill.clear();
  base.format.line.lineStyle = 'None';
  // The gap width belongs to the series' chart group: set on one series, it applies to the stack.
  base.gapWidth = WATERFALL_GAP_WIDTH;
  for (const s of chart.series) {
    const visible = created.series.add(s.name);
    visible.setValues(rangeOf(sheet, s.values));
    visible.setXAxisValues(categories);
    visible.format.fill.setSolidColor(`#${WATERFALL_COLOURS[s.role]}`);
    visible.format.line.lineStyle = 'None';
    if (chart.dataLabels !== null) {
      visible.hasDataLabels = true;
      visible.dataLabels.showValue = true;
      visible.dataLabels.position = 'Center';
      visible.dataLabels.numberFormat = chart.dataLabels.format;
    }
  }
  created.legend.position = 'Bottom';
  created.legend.legendEntries.getItemAt(0).visible = false;
  frame(created, chart, index);
}

/** One chart of a sheet, as a step of the build. */
export function chartStep(sheet: Excel.Worksheet, chart: ChartSpec, index: number, label: string): Step {
  return {
    bytes: chart.kind === 'waterfall' ? 400 * (chart.series.length + 2) + chart.title.length : 400 + chart.title.length,
    label,
    queue: () => (chart.kind === 'waterfall' ? waterfallChart(sheet, chart, index) : seriesChart(sheet, chart, index)),
  };
}
