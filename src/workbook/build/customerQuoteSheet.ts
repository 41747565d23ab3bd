/**
 * Customer quote sheet: the quote as the customer receives it, print-ready (portrait, one page wide, the
 * lines' header row repeated, the vendor and the quote number in the page header, "Page x of y" below).
 * The details — vendor, customer, number, date, validity, currency note, terms, notes — are an input
 * table (customerQuoteDetails.ts) read back into the model's quote; each line refers live to the Quote sheet: the item's name, quantity, term, the price
 * maths in words (the Explanation column), list, the volume and term discounts, "Your discount" (the
 * negotiated discount and special bid as one) and the customer price; then the totals. No cell refers
 * to a cost, margin, buy, rebate, MDF, co-op, funding or partner column (test/unit/workbook/customerQuoteSheet.test.ts
 * walks every formula). Cached results: the engine's customerQuote.
 *
 * A quote priced in a market shows the market's currency and rounds to its minor units, as the Quote
 * sheet does (marketQuote.ts). A quote the Quote sheet refuses (a market quote with a bundle line or a
 * product not priced per unit: #N/A in every figure) lists its lines without figures or totals, and says
 * where its figures are.
 */
import { type CustomerQuote, customerQuote, isPricingError, priceQuote, toNumber } from '../../engine';
import { cellA1 } from '../a1';
import { literalHeaderText, printSpec } from '../print';
import type { CellSpec, LooseCellSpec, SheetSpec, TableSpec } from '../spec';
import { col, columnRange, formula, loose, sheet, tableCell, text } from './cells';
import { type BuildContext, on } from './context';
import type { QuoteRefs } from './quote';
import { QUOTE_INPUTS, SPARE_LINES } from './quote';
import { detailsTable } from './customerQuoteDetails';
import { moneyColumnsIn, quoteMarketMoney, quoteRefused } from './marketQuote';
import { WATERFALL_COLUMNS, type WaterfallColumn } from './waterfall';

/** The Quote sheet's columns the customer quote may refer to: none of them internal. */
export const CUSTOMER_COLUMNS = ['Item', 'Quantity', 'Term', 'Extended list', 'After volume', 'After term', 'Customer price', 'Explanation'] as const;
/** Where the customer quote's lines start (the table's header row). */
export const CUSTOMER_LINES_AT = { row: 19, col: 0 } as const;
/** The quote's details (an input table) under the title. */
const DETAILS_AT = { row: 3, col: 0 } as const;

function engineView(ctx: BuildContext): CustomerQuote | null {
  try {
    return customerQuote(ctx.model, priceQuote(ctx.model));
  } catch (e) {
    if (isPricingError(e)) return null;
    throw e;
  }
}

export function buildCustomerQuote(ctx: BuildContext, quote: QuoteRefs, terms: { ids: string; names: string }): SheetSpec {
  const { model } = ctx;
  const view = engineView(ctx);
  const refused = quoteRefused(ctx);
  const { format: moneyFormat, minorUnits: mu } = quoteMarketMoney(ctx) ?? { format: 'money', minorUnits: model.rounding.minorUnits };
  const lines = quote.lines;
  const k = (h: (typeof CUSTOMER_COLUMNS)[number]): number =>
    h === 'Explanation' ? lines.columns.findIndex((c) => c.header === 'Explanation') : (QUOTE_INPUTS as readonly string[]).includes(h) ? QUOTE_INPUTS.indexOf(h as (typeof QUOTE_INPUTS)[number]) : QUOTE_INPUTS.length + WATERFALL_COLUMNS.indexOf(h as WaterfallColumn);
  const q = (r: number, h: (typeof CUSTOMER_COLUMNS)[number]): string => on(ctx, 'quote', tableCell(lines, r, k(h), true));
  const itemNames = on(ctx, 'quote', columnRange(quote.items, 2));
  const itemIds = on(ctx, 'quote', columnRange(quote.items, 0));
  const money = (v: number | undefined): number | string => (v === undefined ? '' : v);
  const rows: CellSpec[][] = Array.from({ length: model.quote.lines.length + SPARE_LINES }, (_, r) => {
    const l = view?.lines[r];
    // The Quote sheet refuses the figures: the references find #N/A, which shows as "".
    const figures = refused ? undefined : l;
    const none = `${q(r, 'Item')}=""`;
    const f = (body: string, result: number | string | undefined): CellSpec => formula(`=IF(${none},"",IFERROR(${body},""))`, result ?? '');
    return [
      f(`INDEX(${itemNames},MATCH(${q(r, 'Item')},${itemIds},0))`, l?.item),
      f(q(r, 'Quantity'), l === undefined ? undefined : toNumber(l.quantity.value)),
      f(`INDEX(${terms.names},MATCH(${q(r, 'Term')},${terms.ids},0))`, l?.term),
      f(q(r, 'Explanation'), figures?.explanation),
      f(`ROUND(${q(r, 'Extended list')},${mu})`, money(figures && toNumber(figures.list.amount))),
      f(`ROUND(${q(r, 'Extended list')}-${q(r, 'After volume')},${mu})`, money(figures && toNumber(figures.volumeDiscount.amount))),
      f(`ROUND(${q(r, 'After volume')}-${q(r, 'After term')},${mu})`, money(figures && toNumber(figures.termDiscount.amount))),
      f(`ROUND(${q(r, 'After term')}-${q(r, 'Customer price')},${mu})`, money(figures && toNumber(figures.yourDiscount.amount))),
      f(`ROUND(${q(r, 'Customer price')},${mu})`, money(figures && toNumber(figures.customerPrice.amount))),
    ];
  });
  const lineTable: TableSpec = {
    name: 'CustomerQuoteLines',
    at: CUSTOMER_LINES_AT,
    style: 'TableStyleLight1',
    columns: [
      col('Item', 'text', 'formula'),
      col('Quantity', 'number', 'formula'),
      col('Term', 'text', 'formula'),
      col('Price', 'text', 'formula'),
      col('List', 'money', 'formula'),
      col('Volume discount', 'money', 'formula'),
      col('Term discount', 'money', 'formula'),
      col('Your discount', 'money', 'formula'),
      col('Your price', 'money', 'formula'),
    ],
    rows,
  };
  const table: TableSpec = moneyFormat === 'money' ? lineTable : { ...lineTable, cellFormats: moneyColumnsIn(lineTable, moneyFormat) };
  const totalsRow = CUSTOMER_LINES_AT.row + rows.length + 2;
  const sumOf = (c: number): string => `SUM(${columnRange(table, c)})`;
  const t = view?.totals;
  const totals: LooseCellSpec[] = [
    ...(
      [
        ['List', `=ROUND(${sumOf(4)},${mu})`, t?.list],
        ['Volume discount', `=ROUND(${sumOf(5)},${mu})`, t?.volumeDiscount],
        ['Term discount', `=ROUND(${sumOf(6)},${mu})`, t?.termDiscount],
        ['Your discount', `=ROUND(${sumOf(7)},${mu})`, t?.yourDiscount],
        ['Subtotal', `=ROUND(${sumOf(8)},${mu})`, t?.subtotal],
        ['Minimum commitment top-up', `=ROUND(${on(ctx, 'quote', quoteTrueUp(quote))},${mu})`, t?.trueUp],
      ] as const
    ).flatMap(([label, f, m], i) => [loose({ row: totalsRow + i, col: 7 }, text(label), 'label', 'text'), loose({ row: totalsRow + i, col: 8 }, formula(f, m === undefined ? '' : toNumber(m.amount)), 'value', moneyFormat)]),
    loose({ row: totalsRow + 6, col: 7 }, text('Total'), 'heading', 'text'),
    loose({ row: totalsRow + 6, col: 8 }, formula(`=${cellA1(totalsRow + 4, 8)}+${cellA1(totalsRow + 5, 8)}`, t === undefined ? '' : toNumber(t.total.amount)), 'heading', moneyFormat),
  ];
  const currency = view?.currency ?? model.currency;
  const note = refused
    ? `Prices in ${currency}: this quote's market (${model.quote.market ?? ''}) prices bundles and products not priced per unit in the task pane and \`tiercraft quote\` only, so its figures are not shown here.`
    : `Prices in ${currency}`;
  const q0 = model.quote;
  const vendor = q0.vendor;
  const details = detailsTable(q0, DETAILS_AT);
  const cells: LooseCellSpec[] = [
    loose({ row: 0, col: 0 }, text(vendor?.name ? `${vendor.name}: quote` : 'Quote'), 'title', 'text'),
    loose({ row: 1, col: 0 }, text(note), 'note', 'text'),
    ...(refused ? [] : totals),
  ];
  const built = sheet({ key: 'customerQuote', name: ctx.names.customerQuote, tables: [details, table], cells, frozenRows: 0, tabColor: '92D050' });
  return {
    ...built,
    print: printSpec(built, model.name, {
      orientation: 'portrait',
      titleRows: { first: CUSTOMER_LINES_AT.row, last: CUSTOMER_LINES_AT.row },
      // The vendor (else the model) on the left, the quote number in the middle, the sheet's tab name on the right.
      header: { left: literalHeaderText(vendor?.name || model.name), center: q0.number ? literalHeaderText(`Quote ${q0.number}`) : '', right: '&A' },
      footer: { left: '', center: 'Page &P of &N', right: '' },
    }),
  };
}

/** The Quote sheet's true-up cell (the QuoteCommitment table's True-up column). */
const quoteTrueUp = (quote: QuoteRefs): string => tableCell(quote.commitment, 0, 2, true);
