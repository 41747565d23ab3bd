/** What the command line tells its user, in one place. */
export const cliMessages = {
  strictFailed: (counts: string, level: 'errors' | 'warnings') => `${counts}; --strict${level === 'warnings' ? '=warnings' : ''} fails on ${level === 'warnings' ? 'errors and warnings' : 'errors'}`,
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
};
