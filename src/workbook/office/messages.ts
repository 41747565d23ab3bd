/** Every message the Office.js renderer shows or throws, in one place. */
export const officeMessages = {
  cancelled: 'The build was cancelled; the workbook is as it was.',
  clashCancelled: (sheet: string) => `A sheet named '${sheet}' already exists and was not created by Tiercraft; the build was cancelled and nothing was changed.`,
  clashRenamed: (wanted: string, chosen: string) => `A sheet named '${wanted}' already exists and was not created by Tiercraft; Tiercraft's sheet was named '${chosen}' instead.`,
  tableMoved: (sheet: string, table: string, at: string) => `${sheet}: table ${table} stands at ${at}, not where the description puts it.`,
  tableNameTaken: (table: string) =>
    `A table named '${table}' already exists in this workbook and is not Tiercraft's; rename it (Table Design › Table Name) and build again.`,
  failed: (cause: string) => `The workbook could not be built (${cause}); it was restored to how it was.`,
  restoreFailed: (cause: string, restore: string) =>
    `The workbook could not be built (${cause}) and putting it back failed too (${restore}); check Tiercraft's sheets, or undo with Excel's version history.`,
  noModelSheet: 'This workbook holds no Tiercraft model: build the workbook first.',
  badModelJson: (cause: string) => `The model stored in this workbook is not valid JSON (${cause}).`,
  modelNotSaved: (sheet: string, cause: string) => `The model could not be saved in ${sheet} (${cause}); the workbook keeps a whole model, the previous one unless the save's last request went through.`,
  noSheet: (sheet: string) => `There is no sheet named '${sheet}' in this workbook.`,
  pageLayoutUnsupported:
    "This version of Excel cannot set a sheet's page setup from an add-in (it needs ExcelApi 1.9): the sheets were built without it. Page Layout › Scale to Fit › Width: 1 page prints a sheet one page wide.",
} as const;

/** Why a build stopped without changing the workbook (cancelled, a clash declined, user cells in the way). */
export class WorkbookUnchangedError extends Error {
  constructor(
    readonly reason: 'cancelled' | 'clash' | 'user-cells' | 'layout',
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookUnchangedError';
  }
}

/** A build failed; `restored` tells whether the workbook is back exactly as it was. */
export class WorkbookBuildError extends Error {
  constructor(
    message: string,
    readonly restored: boolean,
    readonly failure: unknown,
  ) {
    super(message);
    this.name = 'WorkbookBuildError';
  }
}

export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The model JSON stored in the workbook cannot be parsed. */
export class StoredModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoredModelError';
  }
}
