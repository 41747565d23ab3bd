/** Excel.Table / TableCollection in the double. */
import { type Rect, parseAddress } from './a1';
import { blankCell } from './cells';
import { ExcelApiError, type Host, itemFields, pickFields } from './host';
import { Loadable } from './loadable';
import { allTables, checkTableRect, deleteTable, renameTable } from './mutations';
import { FakeRange } from './range';
import { type SheetState, type TableState, type WorkbookState, cellKey } from './state';

export type SheetLocator = (wb: WorkbookState) => SheetState;

function fixHeaders(sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let c = rect.col; c <= rect.lastCol; c++) {
    const key = cellKey(rect.row, c);
    const cell = sheet.cells.get(key) ?? blankCell();
    let header = cell.formula === undefined && cell.value !== '' ? String(cell.value) : `Column${c - rect.col + 1}`;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${header}${n}`;
    seen.add(header.toLowerCase());
    const { formula: _formula, ...rest } = cell;
    sheet.cells.set(key, { ...rest, value: header });
  }
}

export class FakeTable extends Loadable {
  protected readonly defaultLoad = ['name', 'style'];
  private boundId: number | null = null;

  constructor(
    host: Host,
    path: string,
    private readonly find: (wb: WorkbookState) => TableState | null,
  ) {
    super(host, path);
  }

  bind(id: number): this {
    this.boundId = id;
    return this;
  }

  protected override exists(wb: WorkbookState): boolean {
    return this.locate(wb) !== null;
  }

  private locate(wb: WorkbookState): { sheet: SheetState; table: TableState } | null {
    const table = this.boundId !== null ? allTables(wb).find((t) => t.id === this.boundId) : this.find(wb);
    if (!table) return null;
    this.boundId = table.id;
    const sheet = wb.sheets.find((s) => s.tables.includes(table)) as SheetState;
    return { sheet, table };
  }

  private at(wb: WorkbookState): { sheet: SheetState; table: TableState } {
    const found = this.locate(wb);
    if (!found) throw new ExcelApiError('ItemNotFound', `${this.path} does not exist`);
    return found;
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    const { sheet, table } = this.at(wb);
    if (prop === 'name') return table.name;
    if (prop === 'worksheet/name') return sheet.name;
    if (prop === 'style') return table.style;
    throw new ExcelApiError('InvalidArgument', `the double does not load Table.${prop}`);
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.queue('name', name, (wb) => renameTable(wb, this.at(wb).table, name));
  }
  get style(): string {
    return this.read('style');
  }
  set style(style: string) {
    this.queue('style', style, (wb) => {
      this.at(wb).table.style = style;
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.host, `${this.path}.getRange()`, (wb) => {
      const found = this.locate(wb);
      return found && { sheet: found.sheet, rect: found.table.rect };
    });
  }

  resize(newRange: FakeRange | string): void {
    const address = typeof newRange === 'string' ? newRange : newRange.path;
    this.queue('resize', address, (wb) => {
      const { sheet, table } = this.at(wb);
      const rect = typeof newRange === 'string' ? parseAddress(newRange) : newRange.at(wb).rect;
      if (rect.row !== table.rect.row) throw new ExcelApiError('InvalidArgument', 'a resized table must keep its header row');
      checkTableRect(sheet, rect, table);
      table.rect = rect;
      fixHeaders(sheet, rect);
    });
  }

  delete(): void {
    this.queue('delete', undefined, (wb) => {
      const { sheet, table } = this.at(wb);
      sheet.tables = sheet.tables.filter((t) => t !== table);
      for (let r = table.rect.row; r <= table.rect.lastRow; r++) {
        for (let c = table.rect.col; c <= table.rect.lastCol; c++) sheet.cells.delete(cellKey(r, c));
      }
      deleteTable(wb, table);
    });
  }
}

const TABLE_FIELDS = ['name', 'style'] as const;

export class FakeTableCollection extends Loadable {
  protected readonly defaultLoad = ['items'];
  /** The key of the last `items` load: `items:` and the item properties it asked for. */
  private itemsKey = 'items';

  constructor(
    host: Host,
    path: string,
    private readonly sheet: SheetLocator | null,
  ) {
    super(host, path);
  }

  private scope(wb: WorkbookState): TableState[] {
    return this.sheet ? this.sheet(wb).tables : allTables(wb);
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    if (!prop.startsWith('items:')) throw new ExcelApiError('InvalidArgument', `the double does not load TableCollection.${prop}`);
    const rows = this.scope(wb).map((t) => ({ name: t.name, style: t.style }));
    const fields = pickFields(rows, prop.slice('items:'.length).split('|'));
    return this.scope(wb).map((t, i) => ({ boundId: t.id, fields: fields[i] }));
  }

  override load(props?: unknown): this {
    this.itemsKey = `items:${itemFields(props, TABLE_FIELDS).join('|')}`;
    return super.load(this.itemsKey);
  }

  /** Tables loaded with `load('items/…')`: live proxies (bound by id) with only the loaded properties. */
  get items(): FakeTable[] {
    const rows = this.read<Array<{ boundId: number; fields: Record<string, unknown> }>>(this.itemsKey);
    return rows.map((row) => new FakeTable(this.host, `${this.path}.items[${row.boundId}]`, () => null).bind(row.boundId).preload(row.fields));
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const label = typeof address === 'string' ? address : address.path;
    const table = new FakeTable(this.host, `${this.path}.add(${label})`, () => null);
    this.queue('add', [label, hasHeaders], (wb) => {
      const target = typeof address === 'string' ? parseTarget(wb, address, this.sheet) : address.at(wb);
      if (!hasHeaders) throw new ExcelApiError('InvalidArgument', 'the double models only tables with headers');
      checkTableRect(target.sheet, target.rect);
      const id = wb.nextTableId++;
      let n = id;
      while (allTables(wb).some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      target.sheet.tables.push({ id, name: `Table${n}`, rect: target.rect, style: 'TableStyleMedium2' });
      fixHeaders(target.sheet, target.rect);
      table.bind(id);
    });
    return table;
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.host, `${this.path}.getItem(${name})`, (wb) => this.scope(wb).find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null);
  }

  getItemOrNullObject(name: string): FakeTable {
    return this.getItem(name).orNullObject();
  }
}

function parseTarget(wb: WorkbookState, address: string, sheet: SheetLocator | null): { sheet: SheetState; rect: Rect } {
  if (sheet) return { sheet: sheet(wb), rect: parseAddress(address) };
  throw new ExcelApiError('InvalidArgument', 'add tables through a worksheet in the double');
}
