/**
 * The engine's one error type. `kind` says what went wrong in terms a spreadsheet maps to an error
 * value: 'type' (#VALUE!: text where a number belongs), 'range' (#NUM!: a number out of range),
 * 'not-found' (#N/A: no band or no price for the input). Messages name the field and the value
 * at fault; each area of the engine keeps its messages in one `messages.ts`.
 */
export type PricingErrorKind = 'type' | 'range' | 'not-found';

export class PricingError extends Error {
  override readonly name = 'PricingError';
  constructor(
    readonly kind: PricingErrorKind,
    message: string,
    /** Where the fault is, e.g. "band 3, Up to" or "quantity". */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const isPricingError = (e: unknown): e is PricingError => e instanceof PricingError;
