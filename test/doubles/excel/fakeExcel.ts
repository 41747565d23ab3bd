/**
 * A test double of the Excel JavaScript API subset Tiercraft's renderer uses. Like Office.js, proxy
 * objects queue their operations and reads until `context.sync()`; the double then applies the batch to
 * an in-memory workbook, counts the sync and the approximate size of its request (JSON of the queued
 * operations), and can fail a chosen sync (the whole batch, or only after its first operations as
 * Excel does when one operation of a batch fails).
 */
import { parseAddress } from './a1';
import { typeCell } from './cells';
import { ExcelApiError, type Host, type OperationRecord } from './host';
import { findSheet } from './mutations';
import { type CellState, CellStore, type ConditionalFormatState, cellKey, cloneWorkbook, emptyWorkbook, newSheet, snapshotWorkbook, type WorkbookState } from './state';
import { FakeWorkbook } from './worksheet';

/** Excel on the web rejects a request larger than this. */
export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

export interface SyncRecord {
  /** 1-based. */
  readonly index: number;
  readonly operations: readonly OperationRecord[];
  /** UTF-8 bytes of the JSON of the queued operations (the request's approximate size). */
  readonly bytes: number;
  /** UTF-8 bytes of the JSON of what the batch's reads returned (the response's approximate size). */
  readonly responseBytes: number;
  readonly failed: boolean;
  /** Whether the batch suspended calculation (suspendApiCalculationUntilNextSync). */
  readonly calculationSuspended: boolean;
}

export interface FakeExcelOptions {
  /** When an operation of a batch throws, keep the operations before it (as Excel does). Default false: the whole batch is rejected. */
  readonly partialBatches?: boolean;
  /** Reject requests, and responses, larger than this many bytes (default: Excel on the web's 5 MB). */
  readonly requestLimit?: number;
  /** The highest ExcelApi requirement set the host supports, e.g. '1.8' (default '1.17'). */
  readonly excelApi?: string;
}

type Queued =
  | { readonly kind: 'op'; readonly record: OperationRecord; readonly apply: (wb: WorkbookState) => void }
  | { readonly kind: 'load'; readonly record: OperationRecord; readonly capture: (wb: WorkbookState) => () => void };

export class InjectedSyncFailure extends ExcelApiError {
  constructor(index: number) {
    super('GeneralException', `injected failure at sync ${index}`);
  }
}

export class FakeExcel implements Host {
  state: WorkbookState;
  readonly syncs: SyncRecord[] = [];
  readonly context: { workbook: FakeWorkbook; sync: () => Promise<void> };
  private queued: Queued[] = [];
  private responseBytes = 0;
  private readonly failures = new Map<number, number | null>();

  constructor(private readonly options: FakeExcelOptions = {}) {
    this.state = emptyWorkbook();
    this.context = { workbook: new FakeWorkbook(this), sync: () => this.sync() };
  }

  enqueue(record: OperationRecord, apply: (wb: WorkbookState) => void): void {
    this.queued.push({ kind: 'op', record, apply });
  }

  isSetSupported(name: string, version: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [major, minor] = (this.options.excelApi ?? '1.17').split('.').map(Number);
    const [wantMajor, wantMinor] = version.split('.').map(Number);
    return (major ?? 0) > (wantMajor ?? 0) || ((major ?? 0) === (wantMajor ?? 0) && (minor ?? 0) >= (wantMinor ?? 0));
  }

  noteResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  enqueueLoad(record: OperationRecord, capture: (wb: WorkbookState) => () => void): void {
    this.queued.push({ kind: 'load', record, capture });
  }

  /**
   * Makes sync number `index` (1-based, counted from the double's creation) fail. With
   * `afterOperations`, the batch's first that many queued operations are applied before it fails.
   */
  failAtSync(index: number, afterOperations: number | null = null): void {
    this.failures.set(index, afterOperations);
  }

  /** Operations queued and not yet synced. */
  get pending(): number {
    return this.queued.length;
  }

  async sync(): Promise<void> {
    const batch = this.queued;
    this.queued = [];
    const index = this.syncs.length + 1;
    const operations = batch.map((q) => q.record);
    const bytes = Buffer.byteLength(JSON.stringify(operations), 'utf8');
    const suspended = operations.some((o) => o.member === 'suspendApiCalculationUntilNextSync');
    const working = cloneWorkbook(this.state);
    const commits: Array<() => void> = [];
    const failAfter = this.failures.get(index);
    const limit = this.options.requestLimit ?? EXCEL_WEB_REQUEST_LIMIT;
    this.responseBytes = 0;
    CellStore.begin();
    try {
      if (bytes > limit) {
        throw new ExcelApiError('RequestPayloadSizeLimitExceeded', `the request of ${bytes} bytes exceeds the limit`);
      }
      batch.forEach((q, i) => {
        if (failAfter !== undefined && failAfter !== null && i === failAfter) throw new InjectedSyncFailure(index);
        if (q.kind === 'op') q.apply(working);
        else commits.push(q.capture(working));
      });
      if (failAfter !== undefined) throw new InjectedSyncFailure(index);
      if (this.responseBytes > limit) {
        throw new ExcelApiError('ResponsePayloadSizeLimitExceeded', `the response of ${this.responseBytes} bytes exceeds the limit`);
      }
    } catch (error) {
      this.syncs.push({ index, operations, bytes, responseBytes: this.responseBytes, failed: true, calculationSuspended: suspended });
      const keepPrefix = (failAfter !== undefined && failAfter !== null) || (this.options.partialBatches === true && !(error instanceof InjectedSyncFailure));
      CellStore.end(!keepPrefix);
      if (keepPrefix) this.state = working;
      throw error;
    }
    CellStore.end(false);
    this.syncs.push({ index, operations, bytes, responseBytes: this.responseBytes, failed: false, calculationSuspended: suspended });
    working.calculationSuspended = false;
    this.state = working;
    commits.forEach((commit) => commit());
  }

  /** Canonical JSON of the workbook, to compare before and after. */
  snapshot(): string {
    return snapshotWorkbook(this.state);
  }

  /** Test set-up outside any sync: a sheet with cells typed as a user would ('=…' is a formula). */
  addSheet(name: string, cells: Readonly<Record<string, string | number | boolean>> = {}): void {
    if (findSheet(this.state, name)) throw new ExcelApiError('ItemAlreadyExists', name);
    const sheet = newSheet(`{00000000-${String(this.state.nextSheetId++).padStart(4, '0')}-0000-0000-000000000000}`, name);
    this.state.sheets.push(sheet);
    this.setCells(name, cells);
  }

  /** Test set-up: types values into cells of an existing sheet. */
  setCells(sheetName: string, cells: Readonly<Record<string, string | number | boolean>>): void {
    const sheet = findSheet(this.state, sheetName);
    if (!sheet) throw new ExcelApiError('ItemNotFound', sheetName);
    for (const [address, value] of Object.entries(cells)) {
      const { row, col } = parseAddress(address);
      const key = cellKey(row, col);
      sheet.cells.set(key, typeCell(sheet.cells.get(key) ?? { value: '', numberFormat: 'General' }, value));
    }
  }

  /**
   * Test set-up: a conditional format as a user adds one in Excel, at the top priority (as
   * ConditionalFormatCollection.add does); returns its id.
   */
  addConditionalFormat(sheetName: string, rule: Omit<ConditionalFormatState, 'id'>): number {
    const sheet = findSheet(this.state, sheetName);
    if (!sheet) throw new ExcelApiError('ItemNotFound', sheetName);
    const id = this.state.nextConditionalFormatId++;
    sheet.conditionalFormats.unshift({ ...rule, id });
    return id;
  }

  /** A cell as stored (undefined when never written). */
  cell(sheetName: string, address: string): CellState | undefined {
    const sheet = findSheet(this.state, sheetName);
    if (!sheet) throw new ExcelApiError('ItemNotFound', sheetName);
    const { row, col } = parseAddress(address);
    return sheet.cells.get(cellKey(row, col));
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /** Sync statistics: count, total and largest request. */
  stats(): { syncs: number; totalBytes: number; largestBytes: number; largestResponse: number } {
    return {
      syncs: this.syncs.length,
      totalBytes: this.syncs.reduce((n, s) => n + s.bytes, 0),
      largestBytes: this.syncs.reduce((n, s) => Math.max(n, s.bytes), 0),
      largestResponse: this.syncs.reduce((n, s) => Math.max(n, s.responseBytes), 0),
    };
  }

  /** Clears the sync log and the failures (the workbook stays). */
  resetLog(): void {
    this.syncs.length = 0;
    this.failures.clear();
  }
}
