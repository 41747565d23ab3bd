/**
 * Errors of the PRICING functions and their Excel error values. An engine PricingError maps by kind:
 * 'type' → #VALUE! (text where a number belongs), 'range' → #NUM! (a number out of range),
 * 'not-found' → #N/A (no band). An error value given as an input keeps its code (Excel itself never
 * passes one in: it answers the formula with the input's error without calling the function).
 */
import { isPricingError, type PricingErrorKind } from '../engine/errors';

/** The Excel error values the functions return (the string values of CustomFunctions.ErrorCode). */
export type ExcelErrorCode = '#VALUE!' | '#NUM!' | '#N/A' | '#DIV/0!' | '#NULL!' | '#NAME?' | '#REF!' | '#GETTING_DATA' | '#CALC!';

const KNOWN_CODES: ReadonlySet<string> = new Set(['#VALUE!', '#NUM!', '#N/A', '#DIV/0!', '#NULL!', '#NAME?', '#REF!', '#GETTING_DATA', '#CALC!', '#SPILL!', '#BUSY!', '#CONNECT!', '#FIELD!', '#BLOCKED!', '#UNKNOWN!']);

const CODE_OF_KIND: Readonly<Record<PricingErrorKind, ExcelErrorCode>> = {
  type: '#VALUE!',
  range: '#NUM!',
  'not-found': '#N/A',
};

/**
 * A failure of one function call. `scope` says whether it spoils only the cell being computed
 * ('cell': one bad quantity in a column) or the whole formula ('formula': a broken ladder).
 */
export class FunctionError extends Error {
  override readonly name = 'FunctionError';
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
    readonly scope: 'cell' | 'formula' = 'cell',
    /** The argument the message starts with ("quantity"), so a spilled call can name its cell. */
    readonly subject?: string,
  ) {
    super(message);
  }

  /** The same error with its subject renamed ("quantity" → "quantity row 3"). */
  relocated(subject: string): FunctionError {
    if (this.subject === undefined || !this.message.startsWith(this.subject)) return this;
    return new FunctionError(this.code, subject + this.message.slice(this.subject.length), this.scope, subject);
  }
}

/** The Excel error code an input value carries, if it is an error value (an object with its code). */
export function errorCodeOf(value: unknown): ExcelErrorCode | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ExcelErrorCode) : undefined;
}

/** A FunctionError for any failure; `prefix` (e.g. "row 3") locates it within a spilled range. */
export function asFunctionError(error: unknown, prefix?: string): FunctionError {
  if (error instanceof FunctionError) return error;
  if (isPricingError(error)) {
    return new FunctionError(CODE_OF_KIND[error.kind], prefix ? `${prefix}: ${error.message}` : error.message);
  }
  // A bug rather than bad input: still an error value, never an exception that leaves Excel waiting.
  const message = error instanceof Error ? error.message : String(error);
  return new FunctionError('#VALUE!', `unexpected error: ${message}`);
}

/** The value Excel shows: an instance of the runtime's CustomFunctions.Error. */
export function toExcelError(error: FunctionError): CustomFunctions.Error {
  return new CustomFunctions.Error(error.code as CustomFunctions.ErrorCode, error.message);
}
