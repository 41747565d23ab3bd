/**
 * Groups queued Office.js work into requests of bounded size: a step is queued into the current batch
 * unless it would push the batch past the budget, in which case the batch is synced first. The number of
 * `context.sync()` calls therefore grows with the payload, never with the number of rows. Between
 * batches it reports progress and honours cancellation.
 */
import { WorkbookUnchangedError, officeMessages } from './messages';

/** Bytes per request: well under Excel on the web's 5 MB limit on a request. */
export const DEFAULT_REQUEST_BUDGET = 1_000_000;
/** A batch bigger than this suspends calculation until its sync. */
const SUSPEND_CALCULATION_ABOVE = 50_000;

export interface Step {
  /** Approximate request bytes of what `queue` adds (JSON of the values it assigns). */
  readonly bytes: number;
  /** Shown with the progress (usually the sheet's name). */
  readonly label: string;
  /** Queues the Office.js operations (no sync). */
  readonly queue: () => void;
}

export interface BatcherOptions {
  readonly budget: number;
  readonly total: number;
  readonly onProgress?: (done: number, total: number, label: string) => void;
  readonly signal?: AbortSignal;
}

export class Batcher {
  private pendingBytes = 0;
  private pendingSteps = 0;
  private done = 0;
  private label = '';
  private suspended = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly options: BatcherOptions,
  ) {}

  async add(step: Step): Promise<void> {
    if (this.pendingSteps > 0 && this.pendingBytes + step.bytes > this.options.budget) await this.flush();
    if (!this.suspended && this.pendingBytes + step.bytes > SUSPEND_CALCULATION_ABOVE) {
      this.context.workbook.application.suspendApiCalculationUntilNextSync();
      this.suspended = true;
    }
    step.queue();
    this.pendingBytes += step.bytes;
    this.pendingSteps += 1;
    this.label = step.label;
  }

  /** Syncs the pending batch, if any, after checking for cancellation. */
  async flush(): Promise<void> {
    if (this.pendingSteps === 0) return;
    throwIfAborted(this.options.signal);
    await this.context.sync();
    this.done += this.pendingBytes;
    this.pendingBytes = 0;
    this.pendingSteps = 0;
    this.suspended = false;
    this.options.onProgress?.(Math.min(this.done, this.options.total), this.options.total, this.label);
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WorkbookUnchangedError('cancelled', officeMessages.cancelled);
}

/** Approximate JSON size of a value as it travels in a request. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}
