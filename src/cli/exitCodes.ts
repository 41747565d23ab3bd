/** Exit codes `tiercraft` promises to scripts. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The model is invalid (every issue printed with its path), or an input breaks a rule. */
  invalid: 1,
  /** Wrong usage: unknown command or option, missing argument. */
  usage: 2,
  /** A file could not be read or written; nothing was changed. */
  io: 3,
  /**
   * The workbook holds a sheet Tiercraft did not create under a wanted name, cells of a user's that the
   * rebuilt tables would cover, or content that an update would lose; nothing was changed.
   */
  conflict: 4,
  /** Under --strict, the guardrails found errors (with --strict=warnings, errors or warnings); nothing was written. */
  strict: 5,
  /** diff: the new version of the model brings guardrail errors the old one did not have (a review gate). */
  newErrors: 6,
  /** Anything unexpected (a bug): the message is printed. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error that ends the command with a given exit code and message. */
export class CliError extends Error {
  constructor(readonly code: ExitCode, message: string) {
    super(message);
    this.name = 'CliError';
  }
}
