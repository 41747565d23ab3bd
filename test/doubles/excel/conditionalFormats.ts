/**
 * Excel.ConditionalFormatCollection and Excel.ConditionalFormat in the double (ExcelApi 1.6), as
 * Microsoft's reference describes them (learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection
 * and …/excel.conditionalformat):
 * - `range.conditionalFormats` is "a collection of all the conditional formats that are overlap the range",
 *   in priority order: a format's `priority` is its "index within the conditional format collection";
 * - `add(type)` "adds a new conditional format to the collection at the first/top priority";
 * - `clearAll()` "clears all conditional formats active on the current specified range";
 * - `getItemAt(index)`, `getItem(id)`, `getCount()`; `load('items/…')` then `items`;
 * - a format's `getRange()` / `getRangeOrNullObject()` (the range it is applied to), `delete()`, `type`,
 *   `id`, and `custom.rule.formula` ("custom" is there only "if the current conditional format is a custom
 *   type": the double fails the sync that reads it on another type);
 * - setting `priority` "also changes other conditional formats' priorities, to allow for a contiguous
 *   priority order"; "priorities greater than the bounds will get and set to the maximum (or minimum if
 *   negative) priority". The double reads the index as one within the collection the format was got from.
 * Every property is readable only after `load()` and `sync()`, as in Office.js.
 */
import { type Rect, intersects } from './a1';
import { ExcelApiError, type Host, itemFields, pickFields } from './host';
import { Loadable } from './loadable';
import { FakeRange } from './range';
import type { ConditionalFormatState, SheetState, WorkbookState } from './state';

type Scope = (wb: WorkbookState) => { sheet: SheetState; rect: Rect };

/** The formats overlapping the scope's range, highest priority first. */
const overlapping = (wb: WorkbookState, scope: Scope): { sheet: SheetState; list: ConditionalFormatState[] } => {
  const { sheet, rect } = scope(wb);
  return { sheet, list: sheet.conditionalFormats.filter((c) => intersects(c.rect, rect)) };
};

const FORMAT_FIELDS = ['id', 'type', 'priority'] as const;

export class FakeConditionalFormatRule extends Loadable {
  protected readonly defaultLoad = ['formula'];

  constructor(
    host: Host,
    path: string,
    private readonly format: FakeConditionalFormat,
  ) {
    super(host, path);
  }

  protected override exists(wb: WorkbookState): boolean {
    return this.format.found(wb) !== null;
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    if (prop !== 'formula') throw new ExcelApiError('InvalidArgument', `the double does not load ConditionalFormatRule.${prop}`);
    return this.format.customOf(wb).rule;
  }

  get formula(): string {
    return this.read('formula');
  }
  set formula(formula: string) {
    this.format.update('custom.rule.formula', formula, { rule: formula });
  }
}

export class FakeConditionalFormat extends Loadable {
  protected readonly defaultLoad = [...FORMAT_FIELDS];
  private boundId: number | null = null;
  readonly custom: { readonly rule: FakeConditionalFormatRule; readonly format: { readonly fill: { color: string }; readonly font: { color: string } } };

  constructor(
    host: Host,
    path: string,
    /** The collection's range: priorities count among the formats overlapping it. */
    private readonly scope: Scope,
    private readonly find: (wb: WorkbookState) => ConditionalFormatState | null,
  ) {
    super(host, path);
    const colour = (member: string, key: 'fill' | 'fontColor'): { color: string } =>
      Object.defineProperty({} as { color: string }, 'color', { set: (v: string) => this.update(member, v, { [key]: v }), get: () => undefined });
    this.custom = { rule: new FakeConditionalFormatRule(host, `${path}.custom.rule`, this), format: { fill: colour('custom.format.fill.color', 'fill'), font: colour('custom.format.font.color', 'fontColor') } };
  }

  bind(id: number): this {
    this.boundId = id;
    return this;
  }

  /** The format at sync time (bound by id once found), or null. */
  found(wb: WorkbookState): { sheet: SheetState; cf: ConditionalFormatState } | null {
    const cf = this.boundId !== null ? wb.sheets.flatMap((s) => s.conditionalFormats).find((c) => c.id === this.boundId) : this.find(wb);
    if (!cf) return null;
    this.boundId = cf.id;
    return { sheet: wb.sheets.find((s) => s.conditionalFormats.includes(cf)) as SheetState, cf };
  }

  private at(wb: WorkbookState): { sheet: SheetState; cf: ConditionalFormatState } {
    const found = this.found(wb);
    if (!found) throw new ExcelApiError('ItemNotFound', `${this.path} does not exist`);
    return found;
  }

  /** The format, which must be of the custom type for its `custom` properties. */
  customOf(wb: WorkbookState): ConditionalFormatState {
    const { cf } = this.at(wb);
    if (cf.type !== 'Custom') throw new ExcelApiError('InvalidOperation', `${this.path} is a ${cf.type} conditional format, not a custom one`);
    return cf;
  }

  /** Queues a change of the format's custom properties. */
  update(member: string, args: unknown, change: Partial<ConditionalFormatState>): void {
    this.queue(member, args, (wb) => {
      const { sheet, cf } = this.at(wb);
      this.customOf(wb);
      sheet.conditionalFormats[sheet.conditionalFormats.indexOf(cf)] = { ...cf, ...change };
    });
  }

  protected override exists(wb: WorkbookState): boolean {
    return this.found(wb) !== null;
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    const { cf } = this.at(wb);
    if (prop === 'id') return String(cf.id);
    if (prop === 'type') return cf.type;
    if (prop === 'priority') return overlapping(wb, this.scope).list.indexOf(cf);
    throw new ExcelApiError('InvalidArgument', `the double does not load ConditionalFormat.${prop}`);
  }

  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }
  get priority(): number {
    return this.read('priority');
  }
  set priority(priority: number) {
    this.queue('priority', priority, (wb) => {
      const { sheet, cf } = this.at(wb);
      const others = overlapping(wb, this.scope).list.filter((c) => c !== cf);
      if (others.length === 0) return;
      const wanted = priority < 0 ? others.length + 1 + priority : priority;
      const index = Math.min(Math.max(wanted, 0), others.length);
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
      const at = index < others.length ? sheet.conditionalFormats.indexOf(others[index] as ConditionalFormatState) : sheet.conditionalFormats.indexOf(others[others.length - 1] as ConditionalFormatState) + 1;
      sheet.conditionalFormats.splice(at, 0, cf);
    });
  }

  /** The range the format is applied to (the double models single-range formats only). */
  getRange(): FakeRange {
    return new FakeRange(this.host, `${this.path}.getRange()`, (wb) => {
      const found = this.found(wb);
      return found && { sheet: found.sheet, rect: found.cf.rect };
    });
  }

  getRangeOrNullObject(): FakeRange {
    return this.getRange().orNullObject();
  }

  delete(): void {
    this.queue('delete', undefined, (wb) => {
      const { sheet, cf } = this.at(wb);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}

export class FakeConditionalFormats extends Loadable {
  protected readonly defaultLoad = ['items'];
  private itemsKey = 'items';

  constructor(
    host: Host,
    path: string,
    private readonly range: FakeRange,
  ) {
    super(host, path);
  }

  private readonly scope: Scope = (wb) => this.range.at(wb);

  protected override exists(wb: WorkbookState): boolean {
    return this.range.locate(wb) !== null;
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    const { list } = overlapping(wb, this.scope);
    if (!prop.startsWith('items:')) throw new ExcelApiError('InvalidArgument', `the double does not load ConditionalFormatCollection.${prop}`);
    const rows = list.map((c, i) => ({ id: String(c.id), type: c.type, priority: i }));
    const fields = pickFields(rows, prop.slice('items:'.length).split('|'));
    return list.map((c, i) => ({ boundId: c.id, fields: fields[i] }));
  }

  override load(props?: unknown): this {
    this.itemsKey = `items:${itemFields(props, FORMAT_FIELDS).join('|')}`;
    return super.load(this.itemsKey);
  }

  /** Formats loaded with `load('items/…')`: proxies bound by id with only the loaded properties. */
  get items(): FakeConditionalFormat[] {
    const rows = this.read<Array<{ boundId: number; fields: Record<string, unknown> }>>(this.itemsKey);
    return rows.map((row) => new FakeConditionalFormat(this.host, `${this.path}.items[${row.boundId}]`, this.scope, () => null).bind(row.boundId).preload(row.fields));
  }

  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.host, `${this.path}.getItemAt(${index})`, this.scope, (wb) => overlapping(wb, this.scope).list[index] ?? null);
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.host, `${this.path}.getItem(${id})`, this.scope, (wb) => overlapping(wb, this.scope).list.find((c) => String(c.id) === id) ?? null);
  }

  /** The number of formats in the collection, readable as `.value` after the sync (a ClientResult). */
  getCount(): { readonly value: number } {
    const count = new CountResult(this.host, `${this.path}.getCount()`, this.scope);
    count.load('count');
    return count;
  }

  add(type: string): FakeConditionalFormat {
    let id = -1;
    this.queue('add', type, (wb) => {
      if (type !== 'Custom') throw new ExcelApiError('InvalidArgument', `the double models only Custom conditional formats, not ${type}`);
      const { sheet, rect } = this.range.at(wb);
      id = wb.nextConditionalFormatId++;
      sheet.conditionalFormats.unshift({ id, rect, type, rule: '' });
    });
    return new FakeConditionalFormat(this.host, `${this.path}.add(${type})`, this.scope, (wb) => wb.sheets.flatMap((s) => s.conditionalFormats).find((c) => c.id === id) ?? null);
  }

  clearAll(): void {
    this.queue('clearAll', undefined, (wb) => {
      const { sheet, rect } = this.range.at(wb);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !intersects(c.rect, rect));
    });
  }
}

class CountResult extends Loadable {
  protected readonly defaultLoad = ['count'];

  constructor(
    host: Host,
    path: string,
    private readonly scope: Scope,
  ) {
    super(host, path);
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    if (prop !== 'count') throw new ExcelApiError('InvalidArgument', `a ClientResult has no ${prop}`);
    return overlapping(wb, this.scope).list.length;
  }

  get value(): number {
    return this.read('count');
  }
}
