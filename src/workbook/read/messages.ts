/** Read-back messages: each names the sheet, cell and value at fault. */
const shown = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : String(v));

export const readMessages = {
  notAPrice: (where: string, v: unknown) => `${where}: ${shown(v)} is not a price`,
  notANumber: (where: string, v: unknown) => `${where}: ${shown(v)} is not a number`,
  notAWholeNumber: (where: string, v: unknown) => `${where}: ${shown(v)} is not a whole number`,
  notAShare: (where: string, v: unknown) => `${where}: ${shown(v)} is not a percentage between 0% and 100%`,
  notPositive: (where: string, v: unknown) => `${where}: ${shown(v)} must be greater than 0`,
  negative: (where: string, v: unknown) => `${where}: ${shown(v)} must not be negative`,
  blank: (where: string, what: string) => `${where}: the ${what} must not be blank`,
  notText: (where: string, v: unknown) => `${where}: ${shown(v)} is not text`,
  notYesNo: (where: string, v: unknown) => `${where}: ${shown(v)} is not TRUE or FALSE`,
  notOneOf: (where: string, v: unknown, allowed: readonly string[]) => `${where}: ${shown(v)} is not one of ${allowed.join(', ')}`,
  missingColumn: (sheet: string, table: string, header: string) => `${sheet}: table ${table} has no column '${header}'`,
  unknownLadder: (where: string, v: unknown) => `${where}: ${shown(v)} is not a ladder of the Ladders table`,
  unknownBundle: (where: string, v: unknown) => `${where}: ${shown(v)} is not a bundle of the Bundles table`,
  unknownLine: (where: string, v: unknown) => `${where}: ${shown(v)} is not the Line number of a quote line`,
  lineNumberTwice: (where: string, v: unknown) => `${where}: more than one quote line has the Line number ${shown(v)}`,
  componentTwice: (where: string, sku: string, line: number) => `${where}: '${sku}' is configured twice for line ${line}`,
  modeDiffers: (where: string, ladder: string, mode: string) => `${where}: price ladder '${ladder}' is ${mode} on its first row; every row of a ladder has the same mode`,
  unknownLevel: (where: string, v: unknown) => `${where}: ${shown(v)} is not a level of the PartnerLevels table`,
  repeatedLevel: (where: string, v: unknown) => `${where}: level ${shown(v)} has a row above already; each level has one row of programme terms`,
  unknownMarket: (where: string, v: unknown) => `${where}: ${shown(v)} is not a market of the Markets table`,
  bundleOverride: (where: string) => `${where}: a fixed bundle price cannot be overridden in a market; set the bundle's price on the Bundles sheet`,
  unknownScenario: (where: string, v: unknown) => `${where}: ${shown(v)} is not a scenario of the Scenarios table`,
  notAChoice: (where: string, v: unknown, choices: readonly string[]) => `${where}: ${shown(v)} is not one of ${choices.join(', ')}`,
  unknownSetting: (where: string, v: unknown) => `${where}: ${shown(v)} is not a guardrail setting`,
};
