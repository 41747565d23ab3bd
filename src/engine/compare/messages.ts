/** Every message of the comparison engine, in one place. */
export const compareMessages = {
  unknownScenario: (id: string) => `no scenario "${id}"`,
  unknownTarget: (what: string, id: string) => `no ${what} "${id}"`,
  mixRow: (row: number, item: string) => `mix row ${row} (${item})`,
  // Reading a mix from CSV: the row is the spreadsheet's (the header is row 1).
  csvCell: (source: string, row: number, column: string, reason: string) => `${source} row ${row}, ${column}: ${reason}`,
  csvFile: (source: string, reason: string) => `${source}: ${reason}`,
  csvEmpty: () => 'no header row: the first row names the columns (item, tier, term, channel, level, dealRegistration, quantity, discount)',
  csvMissingColumn: (column: string) => `no "${column}" column: the header needs item, term, channel and quantity`,
  csvUnknownColumn: (column: string) => `unknown column "${column}": the columns are item, tier, term, channel, level, dealRegistration, quantity, discount`,
  csvDuplicateColumn: (column: string) => `column "${column}" appears twice`,
  csvRequired: () => 'is empty; it is required',
  csvNotANumber: (text: string) => `'${text}' is not a number`,
  csvNotPositive: (text: string) => `'${text}' must be greater than 0`,
  csvNotARate: (text: string) => `'${text}' must be between 0 and 1 (or 0% and 100%)`,
  csvNotABoolean: (text: string) => `'${text}' is not yes/no (true, false, yes, no, 1, 0 or empty)`,
  csvParse: (message: string) => `cannot be read: ${message}`,
  noChanges: () => 'No changes',
};
