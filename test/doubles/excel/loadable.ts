/** Base of the double's proxy objects: properties readable only after `load()` and `sync()`. */
import { type Host, type OperationRecord, PropertyNotLoadedError, loadList } from './host';
import type { WorkbookState } from './state';

export abstract class Loadable {
  private readonly loadedProps = new Map<string, unknown>();

  constructor(
    protected readonly host: Host,
    /** Where the object sits, as the request to Excel would name it (for the call log). */
    readonly path: string,
  ) {}

  /** Properties `load()` with no argument fetches. */
  protected abstract readonly defaultLoad: readonly string[];

  /** Reads one property from the workbook at sync time. */
  protected abstract readProp(wb: WorkbookState, prop: string): unknown;

  /** Whether the object exists in `wb` (only "OrNullObject" lookups may not). */
  protected exists(_wb: WorkbookState): boolean {
    return true;
  }

  protected read<T>(prop: string): T {
    if (!this.loadedProps.has(prop)) {
      throw new PropertyNotLoadedError(`PropertyNotLoaded: ${this.path}.${prop} was not loaded (call load() then sync())`);
    }
    return this.loadedProps.get(prop) as T;
  }

  /** Fills properties as a collection load does for its items. */
  preload(values: Readonly<Record<string, unknown>>): this {
    for (const [k, v] of Object.entries(values)) this.loadedProps.set(k, v);
    this.loadedProps.set('isNullObject', false);
    return this;
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  load(props?: unknown): this {
    const asked = loadList(props);
    const list = asked.length > 0 ? asked : [...this.defaultLoad];
    this.host.enqueueLoad({ target: this.path, member: 'load', args: list }, (wb) => {
      const exists = this.exists(wb);
      const values = new Map<string, unknown>(exists ? list.map((p) => [p, this.readProp(wb, p)]) : []);
      values.set('isNullObject', !exists);
      return () => values.forEach((v, k) => this.loadedProps.set(k, v));
    });
    return this;
  }

  protected queue(member: string, args: unknown, apply: (wb: WorkbookState) => void): void {
    const record: OperationRecord = { target: this.path, member, args };
    this.host.enqueue(record, apply);
  }
}
