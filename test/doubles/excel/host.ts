/** The queue shared by the double's proxy objects: nothing touches the workbook before `sync()`. */
import type { WorkbookState } from './state';

/** One queued operation as it would travel in the request to Excel. */
export interface OperationRecord {
  readonly target: string;
  readonly member: string;
  readonly args?: unknown;
}

export interface Host {
  /** Queues an operation; `apply` runs against the workbook at sync time and may throw. */
  enqueue(record: OperationRecord, apply: (wb: WorkbookState) => void): void;
  /** Queues a read; `capture` runs at sync time, `commit` only when the sync succeeds. */
  enqueueLoad(record: OperationRecord, capture: (wb: WorkbookState) => () => void): void;
  /** Counts the bytes a read adds to the response of the sync under way. */
  noteResponse(bytes: number): void;
  /** Office.context.requirements.isSetSupported of the host the double plays. */
  isSetSupported(name: string, version: string): boolean;
}

export class PropertyNotLoadedError extends Error {
  readonly code = 'PropertyNotLoaded';
}

/** Office.js-style error with a code (ItemNotFound, InvalidArgument, …). */
export class ExcelApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** Properties a `load()` call asked for, whatever its form (string, array or options object). */
export function loadList(props: unknown): string[] {
  if (props === undefined) return [];
  if (typeof props === 'string') return props.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => loadList(p));
  if (typeof props === 'object' && props !== null && 'select' in props) return loadList((props as { select: unknown }).select);
  return [];
}

/**
 * The item properties a collection's `load()` asked for ('items/name' → name). None named (`load()`,
 * `load('items')`) means every scalar property, as in Office.js.
 */
export function itemFields(props: unknown, all: readonly string[]): string[] {
  const named = loadList(props).flatMap((p) => (p.startsWith('items/') ? [p.slice('items/'.length)] : []));
  return named.length > 0 ? named : [...all];
}

/** Keeps only `fields` of each row (what a collection load returns for its items). */
export function pickFields<T extends Record<string, unknown>>(rows: readonly T[], fields: readonly string[]): Partial<T>[] {
  return rows.map((row) => Object.fromEntries(fields.filter((f) => f in row).map((f) => [f, row[f]])) as Partial<T>);
}
