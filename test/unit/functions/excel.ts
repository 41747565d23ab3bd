/**
 * Calling the PRICING functions as Excel does, and reading back what Excel would show: a number,
 * a blank, or an error value with its code and message.
 */
export interface Shown {
  readonly code: string;
  readonly message: string;
}

const isExcelError = (value: unknown): value is CustomFunctions.Error => value instanceof CustomFunctions.Error;

/** What a cell shows: errors as { code, message }, anything else as is. */
export const shown = (value: unknown): unknown => (isExcelError(value) ? { code: value.code, message: value.message ?? '' } : value);

/** A whole spilled result as the cells show it. */
export const grid = (value: readonly (readonly unknown[])[]): unknown[][] => value.map((row) => row.map(shown));

/** The error a formula shows when the function throws (the whole formula fails). */
export function formulaError(call: () => unknown): Shown {
  try {
    call();
  } catch (error) {
    if (isExcelError(error)) return { code: error.code, message: error.message ?? '' };
    throw error;
  }
  throw new Error('expected the formula to show an error');
}

/**
 * A mode argument as Excel may pass it: text of any kind, or null when omitted. The parameter's
 * enum type only gives Excel's AutoComplete its choices; the runner still checks the text.
 */
export const asMode = <Mode>(value: unknown): Mode => value as Mode;

/** A single-cell argument as Excel passes it to a range parameter. */
export const one = (value: unknown): unknown[][] => [[value]];
/** A column of cells. */
export const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** The only cell of a 1×1 result. */
export const only = (result: readonly (readonly unknown[])[]): unknown => {
  if (result.length !== 1 || result[0]!.length !== 1) throw new Error(`expected a 1×1 result, got ${JSON.stringify(result)}`);
  return result[0]![0];
};
/** An error value as Excel passes it in a range (an object with its code). */
export const errorValue = (code: string): CustomFunctions.Error => new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
