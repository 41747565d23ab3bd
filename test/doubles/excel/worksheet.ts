/** Excel.Worksheet, WorksheetCollection and Workbook in the double. */
import { FakeDocumentProperties } from './properties';
import { type Rect, MAX_COLS, MAX_ROWS, parseAddress } from './a1';
import { isBlankCell, cloneSheet, newSheet, type SheetState, type WorkbookState } from './state';
import { ExcelApiError, type Host, itemFields, pickFields } from './host';
import { Loadable } from './loadable';
import { allTables, checkSheetName, deleteSheet, findSheet, renameSheet, setPosition, setVisibility } from './mutations';
import { FakeRange } from './range';
import { renameSheetInFormula, renameTableInFormula } from './references';
import { FakeNamedItemCollection } from './names';
import { FakeChartCollection } from './charts';
import { FakeTableCollection } from './tables';
import { FakePageLayout } from './pageLayout';

type Finder = (wb: WorkbookState) => SheetState | null;

export class FakeWorksheet extends Loadable {
  protected readonly defaultLoad = ['name', 'id', 'visibility', 'position'];
  private boundId: string | null = null;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows(count?: number): void; freezeColumns(count?: number): void; freezeAt(range: FakeRange): void; unfreeze(): void };

  constructor(
    host: Host,
    path: string,
    private readonly find: Finder,
  ) {
    super(host, path);
    this.tables = new FakeTableCollection(host, `${path}.tables`, (wb) => this.sheet(wb));
    this.charts = new FakeChartCollection(host, `${path}.charts`, (wb) => this.sheet(wb));
    const freeze = (member: string, rows: number | null, cols: number | null) =>
      this.queue(`freezePanes.${member}`, [rows, cols], (wb) => {
        const sheet = this.sheet(wb);
        sheet.frozenRows = rows ?? 0;
        sheet.frozenCols = cols ?? 0;
      });
    this.freezePanes = {
      freezeRows: (count = 1) => freeze('freezeRows', count, null),
      freezeColumns: (count = 1) => freeze('freezeColumns', null, count),
      freezeAt: (range) =>
        this.queue('freezePanes.freezeAt', range.path, (wb) => {
          const { sheet, rect } = range.at(wb);
          sheet.frozenRows = rect.lastRow + 1;
          sheet.frozenCols = rect.lastCol + 1;
        }),
      unfreeze: () => freeze('unfreeze', null, null),
    };
  }

  bind(id: string): this {
    this.boundId = id;
    return this;
  }

  private locate(wb: WorkbookState): SheetState | null {
    if (this.boundId !== null) return wb.sheets.find((s) => s.id === this.boundId) ?? null;
    const found = this.find(wb);
    if (found) this.boundId = found.id;
    return found;
  }

  protected override exists(wb: WorkbookState): boolean {
    return this.locate(wb) !== null;
  }

  /** The sheet at sync time; throws ItemNotFound for a missing or null sheet. */
  sheet(wb: WorkbookState): SheetState {
    const found = this.locate(wb);
    if (!found) throw new ExcelApiError('ItemNotFound', `${this.path} does not exist`);
    return found;
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    const sheet = this.sheet(wb);
    switch (prop) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'visibility':
        return sheet.visibility;
      case 'position':
        return wb.sheets.indexOf(sheet);
      default:
        throw new ExcelApiError('InvalidArgument', `the double does not load Worksheet.${prop}`);
    }
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.queue('name', name, (wb) => renameSheet(wb, this.sheet(wb), name));
  }
  get id(): string {
    return this.read('id');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.queue('visibility', v, (wb) => setVisibility(wb, this.sheet(wb), v));
  }
  get position(): number {
    return this.read('position');
  }
  set position(p: number) {
    this.queue('position', p, (wb) => setPosition(wb, this.sheet(wb), p));
  }
  /** Worksheet.pageLayout (ExcelApi 1.9): absent from a host without that requirement set. */
  get pageLayout(): FakePageLayout {
    if (!this.host.isSetSupported('ExcelApi', '1.9')) throw new ExcelApiError('ApiNotFound', 'Worksheet.pageLayout needs ExcelApi 1.9');
    return new FakePageLayout(this.host, `${this.path}.pageLayout`, (wb) => this.sheet(wb));
  }

  set tabColor(color: string) {
    this.queue('tabColor', color, (wb) => {
      this.sheet(wb).tabColor = color;
    });
  }

  delete(): void {
    this.queue('delete', undefined, (wb) => deleteSheet(wb, this.sheet(wb)));
  }

  activate(): void {
    this.queue('activate', undefined, (wb) => {
      if (this.sheet(wb).visibility !== 'Visible') throw new ExcelApiError('InvalidOperation', 'cannot activate a hidden sheet');
    });
  }

  getRange(address?: string): FakeRange {
    const rect = address === undefined ? { row: 0, col: 0, lastRow: MAX_ROWS - 1, lastCol: MAX_COLS - 1 } : parseAddress(address);
    return new FakeRange(this.host, `${this.path}.getRange(${address ?? ''})`, (wb) => {
      const sheet = this.locate(wb);
      return sheet && { sheet, rect };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const rect: Rect = { row, col, lastRow: row + rows - 1, lastCol: col + cols - 1 };
    return new FakeRange(this.host, `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`, (wb) => {
      const sheet = this.locate(wb);
      return sheet && { sheet, rect };
    });
  }

  /** The smallest rectangle holding every non-blank cell (values and formulas), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const used = new FakeRange(this.host, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, (wb) => {
      const sheet = this.locate(wb);
      if (!sheet) return null;
      let rect: Rect | null = null;
      for (const [key, cell] of sheet.cells) {
        if (valuesOnly ? cell.formula === undefined && cell.value === '' : isBlankCell(cell)) continue;
        const [r, c] = key.split(',').map(Number) as [number, number];
        rect = rect ? { row: Math.min(rect.row, r), col: Math.min(rect.col, c), lastRow: Math.max(rect.lastRow, r), lastCol: Math.max(rect.lastCol, c) } : { row: r, col: c, lastRow: r, lastCol: c };
      }
      return rect && { sheet, rect };
    });
    return used.orNullObject();
  }

  /** Copies the sheet with everything on it; Excel names the copy "Name (2)" and renames its tables. */
  copy(positionType: string = 'None', relativeTo?: FakeWorksheet): FakeWorksheet {
    const copy = new FakeWorksheet(this.host, `${this.path}.copy()`, () => null);
    this.queue('copy', [positionType, relativeTo?.path], (wb) => {
      const source = this.sheet(wb);
      const clone = cloneSheet(source, true);
      clone.id = `{00000000-${String(wb.nextSheetId++).padStart(4, '0')}-0000-0000-000000000000}`;
      let n = 2;
      while (findSheet(wb, `${source.name.slice(0, 26)} (${n})`)) n++;
      clone.name = `${source.name.slice(0, 26)} (${n})`;
      const taken = new Set(allTables(wb).map((t) => t.name.toLowerCase()));
      const tableRenames = clone.tables.map((t) => {
        let k = 2;
        while (taken.has(`${t.name}_${k}`.toLowerCase())) k++;
        const from = t.name;
        t.name = `${t.name}_${k}`;
        t.id = wb.nextTableId++;
        taken.add(t.name.toLowerCase());
        return { from, to: t.name };
      });
      for (const [key, cell] of clone.cells) {
        if (cell.formula === undefined) continue;
        let f = renameSheetInFormula(cell.formula, source.name, clone.name);
        for (const r of tableRenames) f = renameTableInFormula(f, r.from, r.to);
        clone.cells.set(key, { ...cell, formula: f });
      }
      const at = positionType === 'After' && relativeTo ? wb.sheets.indexOf(relativeTo.sheet(wb)) + 1 : positionType === 'Before' && relativeTo ? wb.sheets.indexOf(relativeTo.sheet(wb)) : positionType === 'Beginning' ? 0 : wb.sheets.length;
      wb.sheets.splice(at, 0, clone);
      copy.bind(clone.id);
    });
    return copy;
  }
}

const SHEET_FIELDS = ['name', 'id', 'visibility', 'position'] as const;

export class FakeWorksheetCollection extends Loadable {
  protected readonly defaultLoad = ['items'];
  /** The key of the last `items` load: `items:` and the item properties it asked for. */
  private itemsKey = 'items';

  protected readProp(wb: WorkbookState, prop: string): unknown {
    if (!prop.startsWith('items:')) throw new ExcelApiError('InvalidArgument', `the double does not load WorksheetCollection.${prop}`);
    const rows = wb.sheets.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility, position: wb.sheets.indexOf(s) }));
    return rows.map((row, i) => ({ boundId: row.id, fields: pickFields(rows, prop.slice('items:'.length).split('|'))[i] }));
  }

  /** Sheets loaded with `load('items/…')`: live proxies (bound by id) with only the loaded properties. */
  get items(): FakeWorksheet[] {
    const rows = this.read<Array<{ boundId: string; fields: Record<string, unknown> }>>(this.itemsKey);
    return rows.map((row) => new FakeWorksheet(this.host, `worksheets.getItem(${row.boundId})`, () => null).bind(row.boundId).preload(row.fields));
  }

  override load(props?: unknown): this {
    this.itemsKey = `items:${itemFields(props, SHEET_FIELDS).join('|')}`;
    return super.load(this.itemsKey);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.host, `worksheets.getItem(${name})`, (wb) => findSheet(wb, name) ?? wb.sheets.find((s) => s.id === name) ?? null);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.getItem(name).orNullObject();
  }

  add(name?: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.host, `worksheets.add(${name ?? ''})`, () => null);
    this.queue('add', name, (wb) => {
      let chosen = name;
      if (chosen === undefined) for (let n = 1; chosen === undefined || findSheet(wb, chosen); n++) chosen = `Sheet${n}`;
      checkSheetName(wb, chosen);
      const created = newSheet(`{00000000-${String(wb.nextSheetId++).padStart(4, '0')}-0000-0000-000000000000}`, chosen);
      wb.sheets.push(created);
      sheet.bind(created.id);
    });
    return sheet;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly properties: FakeDocumentProperties;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(host: Host) {
    this.worksheets = new FakeWorksheetCollection(host, 'worksheets');
    this.tables = new FakeTableCollection(host, 'tables', null);
    this.names = new FakeNamedItemCollection(host);
    this.properties = new FakeDocumentProperties(host);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        host.enqueue({ target: 'application', member: 'suspendApiCalculationUntilNextSync' }, (wb) => {
          wb.calculationSuspended = true;
        }),
    };
  }
}
