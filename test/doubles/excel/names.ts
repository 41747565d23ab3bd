/**
 * Excel.NamedItemCollection and NamedItem in the double (workbook-scoped names): add, look up, load,
 * change the formula, delete. Names are legal and unique case-insensitively, as Excel requires; their
 * formulas follow sheet and table renames and turn into #REF! on deletion like a cell's (mutations.ts).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection
 */
import { ExcelApiError, type Host, itemFields, pickFields } from './host';
import { Loadable } from './loadable';
import type { NameState, WorkbookState } from './state';

const LEGAL = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/;

function checkName(wb: WorkbookState, name: string, self?: NameState): void {
  if (!LEGAL.test(name) || LOOKS_LIKE_CELL.test(name)) throw new ExcelApiError('InvalidArgument', `"${name}" is not a legal name`);
  const other = wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  if (other && other !== self) throw new ExcelApiError('ItemAlreadyExists', `a name "${other.name}" already exists`);
}

export class FakeNamedItem extends Loadable {
  protected readonly defaultLoad = ['name', 'formula', 'comment'];

  constructor(
    host: Host,
    path: string,
    private readonly find: (wb: WorkbookState) => NameState | undefined,
  ) {
    super(host, path);
  }

  protected override exists(wb: WorkbookState): boolean {
    return this.find(wb) !== undefined;
  }

  private at(wb: WorkbookState): NameState {
    const found = this.find(wb);
    if (!found) throw new ExcelApiError('ItemNotFound', `${this.path} does not exist`);
    return found;
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    const n = this.at(wb);
    if (prop === 'name' || prop === 'formula' || prop === 'comment') return n[prop];
    throw new ExcelApiError('InvalidArgument', `the double does not load NamedItem.${prop}`);
  }

  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(formula: string) {
    this.queue('formula', formula, (wb) => {
      if (typeof formula !== 'string' || !formula.startsWith('=')) throw new ExcelApiError('InvalidArgument', 'a name’s formula starts with =');
      this.at(wb).formula = formula;
    });
  }
  get comment(): string {
    return this.read('comment');
  }

  delete(): void {
    this.queue('delete', undefined, (wb) => {
      const n = this.at(wb);
      wb.names = wb.names.filter((x) => x !== n);
    });
  }
}

const NAME_FIELDS = ['name', 'formula', 'comment'] as const;

export class FakeNamedItemCollection extends Loadable {
  protected readonly defaultLoad = ['items'];
  /** The key of the last `items` load: `items:` and the item properties it asked for. */
  private itemsKey = 'items';

  constructor(host: Host) {
    super(host, 'names');
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    if (!prop.startsWith('items:')) throw new ExcelApiError('InvalidArgument', `the double does not load NamedItemCollection.${prop}`);
    const fields = pickFields(wb.names.map((n) => ({ ...n })), prop.slice('items:'.length).split('|'));
    return wb.names.map((n, i) => ({ name: n.name, fields: fields[i] }));
  }

  override load(props?: unknown): this {
    this.itemsKey = `items:${itemFields(props, NAME_FIELDS).join('|')}`;
    return super.load(this.itemsKey);
  }

  /** Names loaded with `load('items/…')`: proxies with only the loaded properties. */
  get items(): FakeNamedItem[] {
    return this.read<{ name: string; fields: Record<string, unknown> }[]>(this.itemsKey).map((row) =>
      new FakeNamedItem(this.host, `names.items[${row.name}]`, (wb) => wb.names.find((x) => x.name.toLowerCase() === row.name.toLowerCase())).preload(row.fields),
    );
  }

  private lookup(name: string): (wb: WorkbookState) => NameState | undefined {
    return (wb) => wb.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.host, `names.getItem(${name})`, this.lookup(name));
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.host, `names.getItemOrNullObject(${name})`, this.lookup(name)).orNullObject();
  }

  add(name: string, reference: string, comment = ''): FakeNamedItem {
    this.queue('add', [name, reference, comment], (wb) => {
      checkName(wb, name);
      if (typeof reference !== 'string' || !reference.startsWith('=')) throw new ExcelApiError('InvalidArgument', 'the double takes a reference as a formula string');
      wb.names.push({ name, formula: reference, comment });
    });
    return this.getItem(name);
  }
}
