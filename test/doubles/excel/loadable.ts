/**
 * Base of the double's proxy objects. As in Office.js (and office-addin-mock), a property is readable
 * only after `load()` of it and a successful `context.sync()`; `isNullObject` only on an object got
 * through a `…OrNullObject` method, once loaded and synced. A plain `getItem` of something missing
 * fails the sync that loads it (ItemNotFound), as Excel does.
 */
import { ExcelApiError, type Host, type OperationRecord, PropertyNotLoadedError, loadList } from './host';
import type { WorkbookState } from './state';

export abstract class Loadable {
  private readonly loadedProps = new Map<string, unknown>();
  /** Whether the proxy came from a `…OrNullObject` method (only those may be null objects). */
  protected nullable = false;

  constructor(
    protected readonly host: Host,
    /** Where the object sits, as the request to Excel would name it (for the call log). */
    readonly path: string,
  ) {}

  /** Properties `load()` with no argument fetches (Office.js: every scalar property). */
  protected abstract readonly defaultLoad: readonly string[];

  /** Reads one property from the workbook at sync time. */
  protected abstract readProp(wb: WorkbookState, prop: string): unknown;

  /** Whether the object exists in `wb`. */
  protected exists(_wb: WorkbookState): boolean {
    return true;
  }

  /** Marks the proxy as got through a `…OrNullObject` method. */
  orNullObject(): this {
    this.nullable = true;
    return this;
  }

  protected read<T>(prop: string): T {
    if (!this.loadedProps.has(prop)) {
      throw new PropertyNotLoadedError(`PropertyNotLoaded: ${this.path}.${prop} was not loaded (call load() then sync())`);
    }
    return this.loadedProps.get(prop) as T;
  }

  /** Fills the properties a collection load fetched for its items (only those). */
  preload(values: Readonly<Record<string, unknown>>): this {
    for (const [k, v] of Object.entries(values)) this.loadedProps.set(k, v);
    return this;
  }

  get isNullObject(): boolean {
    if (!this.nullable) {
      throw new PropertyNotLoadedError(`PropertyNotLoaded: ${this.path}.isNullObject is known only for an object got through a …OrNullObject method`);
    }
    return this.read<boolean>('isNullObject');
  }

  load(props?: unknown): this {
    const asked = loadList(props);
    const list = asked.length > 0 ? asked : [...this.defaultLoad];
    this.host.enqueueLoad({ target: this.path, member: 'load', args: list }, (wb) => {
      const exists = this.exists(wb);
      if (!exists && !this.nullable) throw new ExcelApiError('ItemNotFound', `${this.path} does not exist`);
      const values = new Map<string, unknown>(exists ? list.map((p) => [p, this.readProp(wb, p)]) : []);
      if (this.nullable) values.set('isNullObject', !exists);
      this.host.noteResponse(Buffer.byteLength(JSON.stringify([...values]), 'utf8'));
      return () => values.forEach((v, k) => this.loadedProps.set(k, v));
    });
    return this;
  }

  protected queue(member: string, args: unknown, apply: (wb: WorkbookState) => void): void {
    const record: OperationRecord = { target: this.path, member, args };
    this.host.enqueue(record, apply);
  }
}
