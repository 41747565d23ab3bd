/** The in-memory workbook behind the Excel test double. Plain data, deep-cloned for each sync. */
import { type Rect, formatRect, intersects } from './a1';

export type CellValue = string | number | boolean;

/**
 * Cells of a sheet. Syncs share one store between the committed and the working workbook (cloning
 * millions of cells per sync would be too slow) and journal every write, so a failed batch is undone.
 */
export class CellStore extends Map<string, CellState> {
  static journal: Map<CellStore, Map<string, CellState | undefined>> | null = null;

  private remember(key: string): void {
    const journal = CellStore.journal;
    if (!journal) return;
    let mine = journal.get(this);
    if (!mine) journal.set(this, (mine = new Map()));
    if (!mine.has(key)) mine.set(key, super.get(key));
  }

  override set(key: string, cell: CellState): this {
    this.remember(key);
    return super.set(key, cell);
  }

  override delete(key: string): boolean {
    this.remember(key);
    return super.delete(key);
  }

  /** A new store with the same cells (not journaled: a new store has nothing to undo). */
  static copyOf(cells: CellStore): CellStore {
    const journal = CellStore.journal;
    CellStore.journal = null;
    try {
      return new CellStore(cells);
    } finally {
      CellStore.journal = journal;
    }
  }

  /** Starts journaling writes (for one sync). */
  static begin(): void {
    CellStore.journal = new Map();
  }

  /** Stops journaling; with `undo`, puts every written cell back. */
  static end(undo: boolean): void {
    const journal = CellStore.journal;
    CellStore.journal = null;
    if (!undo || !journal) return;
    for (const [store, cells] of journal) {
      for (const [key, cell] of cells) {
        if (cell === undefined) Map.prototype.delete.call(store, key);
        else Map.prototype.set.call(store, key, cell);
      }
    }
  }
}

export interface CellState {
  /** The constant, or for a formula cell the double's stand-in result (it does not calculate). */
  value: CellValue;
  formula?: string;
  /** The value was written after an apostrophe (Excel's prefix character: the text stays text). */
  quotePrefix?: boolean;
  numberFormat: string;
  bold?: boolean;
  /** Font colour as Excel reports it (#RRGGBB); absent is the default black. */
  fontColor?: string;
  fill?: string;
}

export interface TableState {
  id: number;
  name: string;
  rect: Rect;
  style: string;
}

export interface ValidationState {
  rect: Rect;
  rule: unknown;
  ignoreBlanks?: boolean;
  errorAlert?: unknown;
}

export interface ConditionalFormatState {
  /** Excel's ConditionalFormat.id; not compared by snapshots (a format put back gets a new one). */
  id: number;
  rect: Rect;
  type: string;
  rule: string;
  fill?: string;
  fontColor?: string;
}

/** One series of a chart: its ranges as `<sheet id>!A1:A7` ('' until set), its fill and labels. */
export interface ChartSeriesState {
  name: string;
  values: string;
  xValues: string;
  /** 'Automatic', 'None' (ChartFill.clear) or the colour given to setSolidColor. */
  fill: string;
  lineStyle: string;
  gapWidth: number | null;
  hasDataLabels: boolean;
  dataLabels: { numberFormat?: string; showValue?: boolean; position?: string };
}

export interface ChartState {
  name: string;
  type: string;
  /** `<sheet id>!A1:B2` (a chart follows its sheet through renames). */
  source: string;
  seriesBy: string;
  title: string;
  anchor: string;
  series: ChartSeriesState[];
  legend: { position: string; hiddenEntries: number[] };
}

/** A chart with every sheet reference (`<sheet id>!…`) passed through `ref`. */
export function mapChartRefs(chart: ChartState, ref: (r: string) => string): ChartState {
  const series = chart.series.map((s) => ({ ...s, values: s.values === '' ? '' : ref(s.values), xValues: s.xValues === '' ? '' : ref(s.xValues), dataLabels: { ...s.dataLabels } }));
  return { ...chart, source: ref(chart.source), series, legend: { ...chart.legend, hiddenEntries: [...chart.legend.hiddenEntries] } };
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  /** Keyed by `row,col` (zero-based). Absent means blank with the General format. */
  cells: CellStore;
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenCols: number;
  tabColor?: string;
  tables: TableState[];
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  /** Set through Worksheet.pageLayout (absent: never set). */
  pageLayout?: PageLayoutState;
}

/** A sheet's page setup as the double keeps it (each write replaces the object: clones share it). */
export interface PageLayoutState {
  readonly orientation?: string;
  readonly zoom?: { readonly horizontalFitToPages?: number; readonly verticalFitToPages?: number; readonly scale?: number };
  readonly printGridlines?: boolean;
  readonly centerHorizontally?: boolean;
  /** Points, by side: left, right, top, bottom, header, footer. */
  readonly margins: Readonly<Record<string, number>>;
  readonly printArea?: string;
  readonly printTitleRows?: string;
  readonly headerFooterState?: string;
  readonly headers: Readonly<Partial<Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>>>;
}

/** A workbook-scoped defined name. */
export interface NameState {
  name: string;
  formula: string;
  comment: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  nextSheetId: number;
  nextTableId: number;
  nextConditionalFormatId: number;
  selection: { sheet: string; address: string } | null;
  calculationSuspended: boolean;
  /** The workbook's document properties (ExcelApi 1.7), or a host without them. */
  documentProperties: { lastAuthor: string } | 'unsupported';
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function emptyWorkbook(firstSheet = 'Sheet1'): WorkbookState {
  return {
    sheets: [newSheet(`{00000000-0001-0000-0000-000000000000}`, firstSheet)],
    names: [],
    nextSheetId: 2,
    nextTableId: 1,
    nextConditionalFormatId: 1,
    selection: null,
    calculationSuspended: false,
    documentProperties: { lastAuthor: '' },
  };
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: 'Visible',
    cells: new CellStore(),
    columnWidths: new Map(),
    frozenRows: 0,
    frozenCols: 0,
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}

/** A copy of a sheet; its cells are shared (journaled) unless `withCells` (a copied worksheet). */
export function cloneSheet(sheet: SheetState, withCells = false): SheetState {
  return {
    ...sheet,
    cells: withCells ? CellStore.copyOf(sheet.cells) : sheet.cells,
    columnWidths: new Map(sheet.columnWidths),
    tables: sheet.tables.map((t) => ({ ...t })),
    validations: sheet.validations.map((v) => ({ ...v })),
    conditionalFormats: sheet.conditionalFormats.map((c) => ({ ...c })),
    charts: sheet.charts.map((c) => mapChartRefs(c, (r) => r)),
  };
}

export function cloneWorkbook(state: WorkbookState): WorkbookState {
  return { ...state, sheets: state.sheets.map((s) => cloneSheet(s)), names: state.names.map((n) => ({ ...n })), selection: state.selection && { ...state.selection } };
}

/** A canonical, order-stable JSON of everything a user could see or lose (selection excluded). */
export function snapshotWorkbook(state: WorkbookState): string {
  return JSON.stringify({
    names: [...state.names].sort((a, b) => a.name.localeCompare(b.name)),
    sheets: state.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      frozenRows: s.frozenRows,
      frozenCols: s.frozenCols,
      tabColor: s.tabColor,
      cells: [...s.cells].filter(([, c]) => !isBlankCell(c)).sort(([a], [b]) => compareKeys(a, b)),
      columnWidths: [...s.columnWidths].sort(([a], [b]) => a - b),
      tables: s.tables.map((t) => ({ ...t, rect: formatRect(t.rect) })),
      // A validation is a property of its cells: their order in this list means nothing in Excel.
      validations: s.validations.map((v) => ({ ...v, rect: formatRect(v.rect) })).sort((a, b) => a.rect.localeCompare(b.rect)),
      conditionalFormats: byPriorityWhereItMatters(s.conditionalFormats).map(({ id: _id, ...c }) => ({ ...c, rect: formatRect(c.rect) })),
      charts: s.charts.map((c) => mapChartRefs(c, (r) => r.replace(/^[^!]*/, (id) => state.sheets.find((x) => x.id === id)?.name ?? '#REF'))),
    })),
  });
}

/**
 * Conditional formats in priority order where it means something: Excel applies priority only among
 * rules that cover the same cell ("when multiple conditional formats apply to a cell"), so two rules on
 * cells apart may stand in either order. The canonical order keeps every overlapping pair as it is and
 * otherwise takes the rules by place and formula.
 */
function byPriorityWhereItMatters(rules: readonly ConditionalFormatState[]): ConditionalFormatState[] {
  const left = [...rules];
  const out: ConditionalFormatState[] = [];
  const key = (c: ConditionalFormatState): string => `${formatRect(c.rect)}|${c.rule}|${c.fill ?? ''}|${c.fontColor ?? ''}`;
  while (left.length > 0) {
    // Rules no earlier remaining rule overlaps may come next; take the first of them by key.
    const free = left.filter((c, i) => left.slice(0, i).every((d) => !intersects(d.rect, c.rect)));
    const next = free.reduce((a, b) => (key(b) < key(a) ? b : a));
    out.push(next);
    left.splice(left.indexOf(next), 1);
  }
  return out;
}

export function isBlankCell(cell: CellState): boolean {
  return cell.formula === undefined && cell.value === '' && cell.numberFormat === 'General' && !cell.bold && !cell.fill && cell.fontColor === undefined;
}

function compareKeys(a: string, b: string): number {
  const [ar, ac] = a.split(',').map(Number) as [number, number];
  const [br, bc] = b.split(',').map(Number) as [number, number];
  return ar - br || ac - bc;
}
