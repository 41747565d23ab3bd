/** Charts of the workbook description (re-exported by spec.ts): series charts and waterfalls. */
import type { CellAddress, RangeSpec } from './spec';

export type ChartKind = 'line' | 'column' | 'bar' | 'waterfall';

export interface ChartSeriesSpec {
  /** Series name (literal text). */
  readonly name: string;
  /** Values: a single column or row range on the chart's own sheet. */
  readonly values: RangeSpec;
}

/** What a waterfall's visible series shows: totals (start, subtotals, end), steps down, or steps up. */
export type WaterfallRole = 'total' | 'down' | 'up';

export interface WaterfallSeriesSpec extends ChartSeriesSpec {
  /** Colours the series: totals, steps down and steps up each have their own. */
  readonly role: WaterfallRole;
}

/** What every chart has: a title, categories (x axis) and the cells it is anchored over (`from` to `to`). */
interface ChartFrameSpec {
  readonly title: string;
  /** Category labels (x axis): a single column or row range on the same sheet. */
  readonly categories: RangeSpec;
  readonly from: CellAddress;
  readonly to: CellAddress;
  readonly xTitle?: string;
  readonly yTitle?: string;
}

/** A line, clustered column or clustered bar chart over ranges of its own sheet. */
export interface SeriesChartSpec extends ChartFrameSpec {
  readonly kind: 'line' | 'column' | 'bar';
  readonly series: readonly ChartSeriesSpec[];
}

/**
 * A waterfall drawn as stacked columns (Excel 2016's own waterfall type is not read by LibreOffice):
 * an invisible `base` series (no fill, no border, no legend entry) lifts each visible bar to where it
 * starts. The sheet computes the columns, one row per category: for a total, base 0 and the total in the
 * 'total' series; for a step down, base = the running total after it and the step's size in the 'down'
 * series; for a step up, base = the running total before it and the size in the 'up' series; the other
 * visible series of the row hold 0. Every value is ≥ 0 (a running total below 0 is not drawn).
 */
export interface WaterfallChartSpec extends ChartFrameSpec {
  readonly kind: 'waterfall';
  /** The invisible series each visible bar stands on: a single column or row range like `categories`. */
  readonly base: RangeSpec;
  /** The visible series, stacked on the base in this order. */
  readonly series: readonly WaterfallSeriesSpec[];
  /**
   * Values written on the visible bars, in this number format (null: none). Give the format an empty
   * zero section (`#,##0;-#,##0;;`) so that the 0 of a row's other visible series writes nothing.
   */
  readonly dataLabels: { readonly format: string } | null;
}

/** A chart over ranges of its own sheet, anchored over cells `from` to `to`. */
export type ChartSpec = SeriesChartSpec | WaterfallChartSpec;

/** Fill colours (6-digit hex RGB) of a waterfall's visible series, shared by both renderers. */
export const WATERFALL_COLOURS: Readonly<Record<WaterfallRole, string>> = { total: '4472C4', down: 'C0504D', up: '70AD47' };
/** Gap between a waterfall's bars, as a share of a bar's width (a column chart's default is 150). */
export const WATERFALL_GAP_WIDTH = 50;
