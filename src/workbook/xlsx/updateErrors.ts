/** Why an update of an existing .xlsx was refused before anything was written. */
import { workbookMessages } from '../messages';

/** An update would lose content exceljs cannot keep (pivot tables, macros, drawings), or cannot read the file. */
export class UnsafeUpdateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeUpdateError';
  }
}

/** A user's cells on one sheet that a rebuild would write over. */
export interface UserCells {
  readonly sheet: string;
  /** A1 addresses. */
  readonly cells: readonly string[];
}

/** The rebuild would write over a user's cells, or the sheets' own pieces would overlap. */
export class UpdateConflictError extends Error {
  private constructor(
    readonly reason: 'user-cells' | 'layout',
    readonly userCells: readonly UserCells[],
    readonly problems: readonly string[],
    message: string,
  ) {
    super(message);
    this.name = 'UpdateConflictError';
  }

  static userCells(found: readonly UserCells[]): UpdateConflictError {
    return new UpdateConflictError('user-cells', found, [], found.map((f) => workbookMessages.userCells(f.sheet, f.cells)).join('\n'));
  }

  static layout(problems: readonly string[]): UpdateConflictError {
    return new UpdateConflictError('layout', [], problems, workbookMessages.layout(problems));
  }
}
