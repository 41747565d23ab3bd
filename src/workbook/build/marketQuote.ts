/**
 * A quote priced in a market (quote.market) on the Quote sheet: the workbook prices quotes in the
 * model's own currency only, so rather than show reference-currency figures for a quote in another
 * currency, the Quote sheet keeps the quote's lines (inputs, read back as ever) and shows #N/A in every
 * figure, with a note naming the market and where its figures are: the task pane and `tiercraft
 * validate` price it in the market (src/engine/markets). The Checks sheet leaves its lines out likewise.
 */
import type { CellSpec, LooseCellSpec, TableSpec } from '../spec';
import { formula, loose, text } from './cells';
import type { BuildContext } from './context';
import type { QuoteRefs } from './quote';

/** What a refused figure shows, as the spreadsheet caches it. */
const REFUSED = '#N/A';
const refuse = (c: CellSpec): CellSpec => (c.kind === 'formula' ? formula('=NA()', REFUSED) : c);
const refuseTable = (t: TableSpec): TableSpec => ({ ...t, rows: t.rows.map((r) => r.map(refuse)) });

/** True when the quote names a market (its figures are then refused on the Quote sheet). */
export const quoteInMarket = (ctx: BuildContext): boolean => ctx.model.quote.market !== undefined;

export function refuseMarketQuote(ctx: BuildContext, quote: QuoteRefs): QuoteRefs {
  const id = ctx.model.quote.market;
  if (id === undefined) return quote;
  const market = ctx.model.markets.find((m) => m.id === id);
  const note = `This quote is in market "${id}"${market ? ` (${market.currency})` : ''}: the workbook prices quotes in ${ctx.model.currency} only, so its figures show #N/A here. The task pane and tiercraft validate price it in the market; the Markets sheet shows the market's prices.`;
  const lines = refuseTable(quote.lines);
  const configurations = refuseTable(quote.configurations);
  const cells: LooseCellSpec[] = quote.sheet.cells.map((c) =>
    c.at.row === 1 && c.at.col === 0 ? loose(c.at, text(note), 'note', 'text') : c.cell.kind === 'formula' ? { ...c, cell: refuse(c.cell) } : c,
  );
  return {
    ...quote,
    lines,
    configurations,
    figures: quote.figures.map(() => null),
    sheet: { ...quote.sheet, cells, tables: quote.sheet.tables.map((t) => (t.name === lines.name ? lines : t.name === configurations.name ? configurations : t)) },
  };
}
