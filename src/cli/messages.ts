/** What the command line tells its user, in one place. */
export const cliMessages = {
  strictFailed: (counts: string, level: 'errors' | 'warnings') => `${counts}; --strict${level === 'warnings' ? '=warnings' : ''} fails on ${level === 'warnings' ? 'errors and warnings' : 'errors'}`,
  quoteFileModel: (quoteFile: string, named: string, reason: string) => `${quoteFile}: model "${named}" (relative to the quote file): ${reason}`,
  otherModel: (quoteFile: string, named: string, model: string) => `note: ${quoteFile} names the model "${named}"; its quote is priced on ${model}, as the command line says.`,
  invalidQuoteFile: (file: string, n: number) => `${file}: ${n} ${n === 1 ? 'error' : 'errors'}; the quote file is invalid; nothing was priced or written.`,
  badOutput: (file: string) => `-o "${file}" must end in .pdf (the customer quote as a PDF) or .xlsx (as a workbook)`,
  internalNeedsOutput: () => '--internal adds finance\'s view to the -o file (.pdf or .xlsx); without -o the quote is printed with every figure already',
  quoteWritten: (file: string, number: string, customer: string, lines: number, currency: string, total: string, internal: boolean) =>
    `Wrote ${file}: quote${number === '' ? '' : ` ${number}`}${customer === '' ? '' : ` for ${customer}`}, ${lines} ${lines === 1 ? 'line' : 'lines'}, total ${currency} ${total}${internal ? "; with finance's view (internal: not for the customer)" : ''}`,
  needsApproval: (missing: readonly string[]) => `note: the quote still needs approval from ${missing.join(', ')} before it is sent.`,
  unpricedQuote: (file: string, reason: string) => `${file}: the quote cannot be priced: ${reason}`,
  invalidModel: (file: string, counts: string) => `${file}: ${counts}; the model is invalid`,
  notWritten: 'no workbook was written.',
  noModelWritten: 'no model file was written.',
  outputExists: (file: string) => `${file} already exists; nothing was written (use --force to replace it).`,
  unreadableWorkbook: (file: string, reason: string) => `${file} is not a workbook Tiercraft can read: ${reason}`,
  badCells: (file: string, n: number) => `${file}: ${n === 1 ? 'a problem' : `${n} problems`} reading the workbook; no model file was written.`,
  unknownMarket: (id: string, known: readonly string[]) => `no market "${id}" in the model${known.length === 0 ? ' (it has none)' : ` (markets: ${known.join(', ')})`}`,
  noMarkets: (file: string) => `${file}: no markets; add one under "markets" (see the README's Markets section).`,
  marketHeading: (id: string, name: string, currency: string, rate: number, factor: number, reference: string) =>
    `${id} (${name}): ${currency}, 1 ${reference} = ${rate} ${currency}${factor === 1 ? '' : `, factor ${factor}`}`,
  missingItem: () => 'routes needs --item: a product SKU or a bundle id (or --matrix for every item)',
  unknownItem: (item: string, skus: readonly string[], bundles: readonly string[]) =>
    `--item "${item}" is neither a product nor a bundle of the model (products: ${skus.join(', ') || 'none'}; bundles: ${bundles.join(', ') || 'none'})`,
  missingOption: (option: string, known: readonly string[]) => `${option} is needed: the model has ${known.length === 0 ? 'none' : known.join(', ')}`,
  unknownValue: (option: string, value: string, known: readonly string[]) => `${option} "${value}" is not in the model (${known.length === 0 ? 'it has none' : `it has ${known.join(', ')}`})`,
  notAnAmount: (option: string, value: string) => `${option} "${value}" is not a number of 0 or more`,
  notARate: (option: string, value: string) => `${option} "${value}" is not a rate from 0 to 1 (write 0.1 or 10%)`,
  routesHeading: (item: string, tier: string | undefined, term: string, quantity: number, discount: string, purchases: string) =>
    `${item}${tier === undefined ? '' : `, tier ${tier}`}, term ${term}, quantity ${quantity}, negotiated discount ${discount}, partner purchases ${purchases}`,
  matrixHeading: (tier: string, term: string, quantity: number, purchases: string) =>
    `vendor pocket price as % of list: tier ${tier} (bundles in their own), term ${term}, quantity ${quantity}, partner purchases ${purchases}, no negotiated discount, deal not registered`,
  changesWritten: (file: string) => `Changes workbook written to ${file}.`,
  newErrors: (file: string, n: number) => `${file} brings ${n === 1 ? 'a guardrail error' : `${n} guardrail errors`} the base did not have`,
  badMix: (file: string, n: number, outcome: string) => `${file}: ${n === 1 ? 'a problem' : `${n} problems`} in the mix; ${outcome}.`,
  noScenarios: (file: string) => `${file}: no scenarios to compare; add some under "scenarios" (examples/backup-vendor-scenarios.tiercraft.json has five)`,
};
