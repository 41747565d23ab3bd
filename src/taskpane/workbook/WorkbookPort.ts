/**
 * How the task pane reaches a workbook. Components never call Office.js: they are handed a
 * WorkbookPort. Two implementations exist: Excel (Excel.run and the Office renderer) and the
 * playground (memory, localStorage and a live preview of the workbook description).
 */
import type { Model, ModelInput } from '../../engine/model/schema';

/** How far a build has got: `done` of `total` steps, and what it is writing now. */
export interface BuildProgress {
  readonly done: number;
  readonly total: number;
  readonly stage: string;
}

/** A sheet Tiercraft wants to write whose name is taken by a sheet it did not create. */
export interface SheetClash {
  readonly sheet: string;
}

/** The user's answer to a clash: write under a free name instead, or stop the build. */
export type ClashDecision = 'rename' | 'cancel';

export interface BuildOptions {
  readonly onProgress?: (progress: BuildProgress) => void;
  readonly signal?: AbortSignal;
  readonly onClash?: (clash: SheetClash) => Promise<ClashDecision>;
  /** The model as the user wrote it, stored in the workbook (defaults to the loaded model). */
  readonly source?: ModelInput;
}

export interface BuildResult {
  /** Sheet names written, in tab order. */
  readonly sheets: readonly string[];
  /** Messages worth telling the user (a sheet renamed on a clash, …). */
  readonly notes: readonly string[];
}

/** What was read back from the workbook: the model as the sheets now say, and what could not be read. */
export interface ReadResult {
  readonly model: ModelInput;
  readonly problems: readonly string[];
}

/** A cell a check points at, by sheet name and A1 address. */
export interface CellLocation {
  readonly sheet: string;
  readonly address: string;
}

export interface WorkbookPort {
  /** 'excel' inside Office; 'playground' in a plain browser. */
  readonly host: 'excel' | 'playground';
  /** The model saved with the workbook, or null when it has none. */
  loadModel(): Promise<ModelInput | null>;
  /** Saves the model being edited with the workbook, so that reopening the pane restores it. */
  saveModel(model: ModelInput): Promise<void>;
  /** Writes every sheet of the model's workbook; rejects with an AbortError when cancelled. */
  build(model: Model, options?: BuildOptions): Promise<BuildResult>;
  /** Reads the model back from the workbook's sheets (a user may have edited them). */
  readFromWorkbook(): Promise<ReadResult>;
  /** Writes the model's quote to the Quote sheet only. */
  writeQuote(model: Model): Promise<void>;
  /** Activates a sheet and selects one cell. */
  selectCell(location: CellLocation): Promise<void>;
  /** Writes a small ladder table and PRICING formulas that use it into the active sheet. */
  insertExample(): Promise<CellLocation>;
  /**
   * Downloads the customer quote as a PDF, resolving with the file's name; offered only where a download
   * is known to work (the playground, a plain browser page). We found no Microsoft documentation that a
   * download started from a task pane works on every Excel host, so the Excel port leaves this out and the
   * pane shows no such action there: in Excel the Customer quote sheet (its page setup A4 or Letter, one
   * page wide) is published to PDF by Excel itself, which Microsoft documents for the workbook
   * (Workbook.ExportAsFixedFormat, https://learn.microsoft.com/office/vba/api/excel.workbook.exportasfixedformat).
   */
  readonly downloadQuotePdf?: (model: Model) => Promise<string>;
}

/** The error a cancelled build rejects with. */
export function abortError(): Error {
  const error = new Error('The build was cancelled.');
  error.name = 'AbortError';
  return error;
}

export const isAbortError = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';
