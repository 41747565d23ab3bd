/**
 * Excel.Chart / ChartCollection in the double, with the series, fill, line, data-label and legend-entry
 * members a waterfall needs. Every call is queued and recorded like the rest of the double; the workbook
 * state keeps what it set, so a test reads back each series' ranges, fill and labels.
 */
import { formatRect, parseAddress } from './a1';
import { ExcelApiError, type Host } from './host';
import { Loadable } from './loadable';
import type { FakeRange } from './range';
import type { ChartSeriesState, ChartState, SheetState, WorkbookState } from './state';
import type { SheetLocator } from './tables';

type ChartLocator = (wb: WorkbookState) => ChartState;

const newSeries = (values: string): ChartSeriesState => ({ name: '', values, xValues: '', fill: 'Automatic', lineStyle: 'Automatic', gapWidth: null, hasDataLabels: false, dataLabels: {} });

/** Setters that queue a change of the located object (the proxy's properties are write-only here). */
function setters<T extends object>(host: Host, path: string, members: Record<string, (value: never, wb: WorkbookState) => void>): T {
  const out = {};
  for (const [member, apply] of Object.entries(members)) {
    Object.defineProperty(out, member, {
      set: (value: never) => host.enqueue({ target: path, member, args: value }, (wb) => apply(value, wb)),
      get: () => {
        throw new ExcelApiError('PropertyNotLoaded', `the double does not read ${path}.${member}`);
      },
    });
  }
  return out as T;
}

/** One series; `locate` finds it at sync time (ItemNotFound when it is not there). */
class FakeChartSeries {
  readonly format: { fill: { clear(): void; setSolidColor(color: string): void }; line: { lineStyle: string } };
  readonly dataLabels: { numberFormat: string; showValue: boolean; position: string };

  constructor(
    private readonly host: Host,
    readonly path: string,
    private readonly locate: (wb: WorkbookState) => ChartSeriesState,
  ) {
    this.format = {
      fill: {
        clear: () => this.change('format.fill.clear', undefined, (s) => (s.fill = 'None')),
        setSolidColor: (color: string) => this.change('format.fill.setSolidColor', color, (s) => (s.fill = color)),
      },
      line: setters(host, `${path}.format.line`, { lineStyle: (v: string, wb) => (this.locate(wb).lineStyle = v) }),
    };
    this.dataLabels = setters(host, `${path}.dataLabels`, {
      numberFormat: (v: string, wb) => (this.locate(wb).dataLabels.numberFormat = v),
      showValue: (v: boolean, wb) => (this.locate(wb).dataLabels.showValue = v),
      position: (v: string, wb) => (this.locate(wb).dataLabels.position = v),
    });
  }

  private change(member: string, args: unknown, apply: (s: ChartSeriesState) => void): void {
    this.host.enqueue({ target: this.path, member, args }, (wb) => apply(this.locate(wb)));
  }

  set name(name: string) {
    this.change('name', name, (s) => (s.name = name));
  }

  set gapWidth(width: number) {
    this.change('gapWidth', width, (s) => (s.gapWidth = width));
  }

  set hasDataLabels(shown: boolean) {
    this.change('hasDataLabels', shown, (s) => (s.hasDataLabels = shown));
  }

  setValues(source: FakeRange): void {
    this.host.enqueue({ target: this.path, member: 'setValues', args: source.path }, (wb) => (this.locate(wb).values = rangeRef(source, wb)));
  }

  setXAxisValues(source: FakeRange): void {
    this.host.enqueue({ target: this.path, member: 'setXAxisValues', args: source.path }, (wb) => (this.locate(wb).xValues = rangeRef(source, wb)));
  }
}

function rangeRef(range: FakeRange, wb: WorkbookState): string {
  const { sheet, rect } = range.at(wb);
  return `${sheet.id}!${formatRect(rect)}`;
}

/** A chart's series: the ones `add` created from its source, then those `series.add` appended. */
class FakeChartSeriesCollection {
  constructor(
    private readonly host: Host,
    private readonly path: string,
    private readonly chart: ChartLocator,
  ) {}

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.host, `${this.path}.getItemAt(${index})`, (wb) => {
      const found = this.chart(wb).series[index];
      if (!found) throw new ExcelApiError('ItemNotFound', `${this.path} has no series ${index}`);
      return found;
    });
  }

  add(name?: string): FakeChartSeries {
    let index = -1;
    this.host.enqueue({ target: this.path, member: 'add', args: name }, (wb) => {
      index = this.chart(wb).series.push({ ...newSeries(''), name: name ?? '' }) - 1;
    });
    return new FakeChartSeries(this.host, `${this.path}.add(${name ?? ''})`, (wb) => this.chart(wb).series[index] as ChartSeriesState);
  }
}

export class FakeChart {
  readonly title: { text: string };
  readonly series: FakeChartSeriesCollection;
  readonly legend: { position: string; legendEntries: { getItemAt(index: number): { visible: boolean } } };

  constructor(
    private readonly host: Host,
    readonly path: string,
    private readonly sheet: SheetLocator,
    private index: () => number,
  ) {
    this.title = Object.defineProperty({} as { text: string }, 'text', {
      set: (text: string) => this.update('title.text', text, (c) => ({ ...c, title: text })),
      get: () => undefined,
    });
    const chart: ChartLocator = (wb) => this.located(wb);
    this.series = new FakeChartSeriesCollection(host, `${path}.series`, chart);
    const legend = `${path}.legend`;
    const legendEntries = {
        // A legend entry per series, in series order (the double's assumption: Microsoft does not document the order).
        getItemAt: (i: number) =>
          setters<{ visible: boolean }>(host, `${legend}.legendEntries.getItemAt(${i})`, {
            visible: (v: boolean, wb) => {
              const c = chart(wb);
              if (i < 0 || i >= c.series.length) throw new ExcelApiError('InvalidArgument', `${legend} has no entry ${i}`);
              c.legend.hiddenEntries = v ? c.legend.hiddenEntries.filter((h) => h !== i) : [...new Set([...c.legend.hiddenEntries, i])];
            },
          }),
    };
    this.legend = Object.defineProperty(setters<{ position: string; legendEntries: typeof legendEntries }>(host, legend, { position: (v: string, wb) => (chart(wb).legend.position = v) }), 'legendEntries', { value: legendEntries });
  }

  private located(wb: WorkbookState): ChartState {
    const chart = this.sheet(wb).charts[this.index()];
    if (!chart) throw new ExcelApiError('ItemNotFound', `${this.path} does not exist`);
    return chart;
  }

  private update(member: string, args: unknown, change: (c: ChartState, wb: WorkbookState) => ChartState): void {
    this.host.enqueue({ target: this.path, member, args }, (wb) => {
      const chart = this.located(wb);
      this.sheet(wb).charts[this.index()] = change(chart, wb);
    });
  }

  set name(name: string) {
    this.update('name', name, (c) => ({ ...c, name }));
  }

  setPosition(startCell: string, endCell?: string): void {
    this.update('setPosition', [startCell, endCell], (c) => ({ ...c, anchor: formatRect(parseAddress(endCell ? `${startCell}:${endCell}` : startCell)) }));
  }

  delete(): void {
    this.host.enqueue({ target: this.path, member: 'delete' }, (wb) => {
      const sheet = this.sheet(wb);
      if (!sheet.charts[this.index()]) throw new ExcelApiError('ItemNotFound', `${this.path} does not exist`);
      sheet.charts.splice(this.index(), 1);
      this.index = () => -1;
    });
  }
}

/**
 * The series `ChartCollection.add` creates from its source: one per column when `seriesBy` is 'Columns',
 * one per row for 'Rows', and for 'Auto' one per column of a range with at least as many rows as columns.
 */
function seriesOf(sheet: SheetState, rect: ReturnType<typeof parseAddress>, seriesBy: string): ChartSeriesState[] {
  const byColumns = seriesBy === 'Columns' || (seriesBy !== 'Rows' && rect.lastRow - rect.row >= rect.lastCol - rect.col);
  const count = byColumns ? rect.lastCol - rect.col + 1 : rect.lastRow - rect.row + 1;
  return Array.from({ length: count }, (_, i) =>
    newSeries(`${sheet.id}!${formatRect(byColumns ? { ...rect, col: rect.col + i, lastCol: rect.col + i } : { ...rect, row: rect.row + i, lastRow: rect.row + i })}`),
  );
}

export class FakeChartCollection extends Loadable {
  protected readonly defaultLoad = ['items/name'];

  constructor(
    host: Host,
    path: string,
    private readonly sheet: SheetLocator,
  ) {
    super(host, path);
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    if (!prop.startsWith('items')) throw new ExcelApiError('InvalidArgument', `the double does not load ChartCollection.${prop}`);
    return this.sheet(wb).charts.map((c) => c.name);
  }

  override load(props?: unknown): this {
    void props;
    return super.load('items');
  }

  get items(): Array<{ name: string }> {
    return this.read<string[]>('items').map((name) => ({ name }));
  }

  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChart {
    let index = -1;
    this.queue('add', [type, sourceData.path, seriesBy], (wb) => {
      const sheet = this.sheet(wb);
      const source = sourceData.at(wb);
      const chart: ChartState = { name: `Chart ${sheet.charts.length + 1}`, type, source: `${source.sheet.id}!${formatRect(source.rect)}`, seriesBy, title: '', anchor: '', series: seriesOf(source.sheet, source.rect, seriesBy), legend: { position: 'Right', hiddenEntries: [] } };
      index = sheet.charts.push(chart) - 1;
    });
    return new FakeChart(this.host, `${this.path}.add(${type})`, this.sheet, () => index);
  }

  getItem(name: string): FakeChart {
    return this.getItemOrNullObject(name);
  }

  /** Finds a chart by name (charts keep their names per sheet); the proxy resolves at sync time. */
  getItemOrNullObject(name: string): FakeChart {
    let index = -1;
    this.host.enqueue({ target: this.path, member: 'getItemOrNullObject', args: name }, (wb) => {
      index = this.sheet(wb).charts.findIndex((c) => c.name === name);
    });
    return new FakeChart(this.host, `${this.path}.getItem(${name})`, this.sheet, () => index);
  }
}
