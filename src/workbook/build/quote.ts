/**
 * Quote sheet: an editable quote. Each line picks an item (product or bundle), term, tier, channel and
 * level from drop-down lists; the waterfall and the totals follow by formula. A few spare lines below
 * the quote stay blank until an item is picked. Each line has a number (Line), by which the
 * QuoteConfigurations table (quoteConfigurations.ts) gives a bundle line's components their units.
 */
import { add, dec, sum, toNumber } from '../../engine';
import type { CellAddress, CellSpec, SheetSpec, TableSpec, ValidationSpec } from '../spec';
import { blank, bool, col, columnRange, formula, loose, num, numOrBlank, sheet, tableCell, text, textOrBlank } from './cells';
import { FUNDINGS } from './partners';
import { PARTNER_PURCHASES_AT } from './programme';
import { type BuildContext, on, place } from './context';
import { guardrailCell } from './guardrailCells';
import { type LineFigures, tryLineFigures } from './lineFigures';
import { type ConfigurationRefs, configurationRules, configurationsTable, lineConfiguration } from './quoteConfigurations';
import { bandFigures, bandFormulas, explanationFormula } from './explainFormula';
import { quoteCommitmentTable } from './quoteCommitment';
import { approvalCells, approvalTables, engineApproval, statusFormula, statusText } from './quoteApprovals';
import { WATERFALL_COLUMNS, type WaterfallColumn, waterfallColumns, waterfallFormulas, waterfallResults } from './waterfall';

/** Spare blank lines under the quote's lines. */
export const SPARE_LINES = 3;
export const QUOTE_INPUTS = ['Line', 'Item', 'Quantity', 'Term', 'Tier', 'Channel', 'Level', 'Deal registration', 'Line discount', 'Special bid', 'Funding'] as const;
/** The customer cell (B3); the totals stand in the row above the lines table's header (by default row 5). */
export const CUSTOMER_AT = { row: 2, col: 1 } as const;
/** The quote's approval status: label at F3, the live status beside it. */
export const APPROVAL_STATUS_AT = { row: 2, col: 5 } as const;
const LINES_DEFAULT_AT = { row: 4, col: 0 } as const;
/** Columns of the QuoteItems table. */
const ITEMS_COLUMNS = 3;
const TOTALLED: readonly WaterfallColumn[] = ['Extended list', 'True-up', 'Customer price', 'Special bid discount', 'Rebate', 'MDF', 'Co-op', 'Vendor net', 'Reseller margin', 'Distributor margin', 'Cost', 'Vendor margin'];

export interface QuoteRefs {
  readonly sheet: SheetSpec;
  /** Where each total of the quote stands (the row above the lines). */
  readonly totals: readonly { readonly column: WaterfallColumn; readonly at: CellAddress }[];
  readonly lines: TableSpec;
  readonly items: TableSpec;
  readonly configurations: TableSpec;
  readonly commitment: TableSpec;
  readonly approvals: TableSpec;
  readonly approvalSettings: TableSpec;
  /** Engine figures of each quote line. */
  readonly figures: readonly (LineFigures | null)[];
}

/**
 * Where a table beside the lines stands: where it is in the workbook being updated, unless the lines
 * (grown by a column since that workbook was built) would now run into it; then at `otherwise`.
 */
function beside(ctx: BuildContext, name: string, otherwise: CellAddress, linesAt: CellAddress, lineColumns: number): CellAddress {
  const at = place(ctx, name, otherwise);
  return at.row >= linesAt.row - 1 && at.col >= linesAt.col && at.col < linesAt.col + lineColumns ? otherwise : at;
}

export function buildQuote(ctx: BuildContext, refs: ConfigurationRefs, lists: { tierIds: string; termIds: string; channelIds: string; levelIds: string }): QuoteRefs {
  const { model } = ctx;
  const n = model.quote.lines.length;
  const linesAt = place(ctx, 'QuoteLines', LINES_DEFAULT_AT);
  const figures = model.quote.lines.map((l) => tryLineFigures(model, { ...l, item: l.item }));
  const cellOf = (r: number, k: number): string => tableCell({ at: linesAt }, r, k);
  const linesShape = { at: linesAt, rows: Array.from({ length: n + SPARE_LINES }, (): CellSpec[] => []) };
  // The inputs, the waterfall, the Explanation column and the three approval columns.
  const lineCount = QUOTE_INPUTS.length + WATERFALL_COLUMNS.length + 7;
  const approverCol = lineCount - 3;
  const itemsAt = beside(ctx, 'QuoteItems', { row: linesAt.row, col: linesAt.col + lineCount + 1 }, linesAt, lineCount);
  const configurations = configurationsTable(
    model,
    beside(ctx, 'QuoteConfigurations', { row: itemsAt.row, col: itemsAt.col + ITEMS_COLUMNS + 1 }, linesAt, lineCount),
    { line: columnRange(linesShape, 0), item: columnRange(linesShape, 1), term: columnRange(linesShape, 3) },
    refs,
  );
  const commitmentAt = beside(ctx, 'QuoteCommitment', { row: configurations.at.row, col: configurations.at.col + configurations.columns.length + 1 }, linesAt, lineCount);
  const stepsAt = beside(ctx, 'QuoteApprovals', { row: commitmentAt.row, col: commitmentAt.col + 4 }, linesAt, lineCount);
  const approvals = approvalTables(model, stepsAt, beside(ctx, 'QuoteApprovalSettings', { row: stepsAt.row, col: stepsAt.col + 3 }, linesAt, lineCount));
  const engineRouting = engineApproval(model);
  const floorCell = guardrailCell(ctx, 'Vendor margin floor');
  const rows = [...model.quote.lines, ...new Array<undefined>(SPARE_LINES).fill(undefined)].map((l, r) => {
    const c = (k: number): string => cellOf(r, k);
    const at = (w: WaterfallColumn): string => c(QUOTE_INPUTS.length + WATERFALL_COLUMNS.indexOf(w));
    const formulas = waterfallFormulas(
      model,
      refs,
      {
        item: c(1),
        quantity: c(2),
        term: c(3),
        tier: c(4),
        channel: c(5),
        level: c(6),
        dealRegistration: c(7),
        discount: `N(${c(8)})`,
        specialBid: `N(${c(9)})`,
        funding: c(10),
        configuration: lineConfiguration(configurations, c(0)),
      },
      at,
      c(1),
    );
    const f = figures[r];
    const results = f === undefined || f === null ? undefined : waterfallResults(f);
    const inputs =
      l === undefined
        ? [num(r + 1), blank, blank, blank, blank, blank, blank, blank, blank, blank, blank]
        : [
            num(r + 1),
            text('sku' in l.item ? l.item.sku : l.item.bundle),
            num(l.quantity),
            text(l.term),
            textOrBlank(l.tier),
            text(l.channel),
            textOrBlank(l.level),
            bool(l.dealRegistration),
            num(l.discount),
            l.specialBid === 0 ? blank : num(l.specialBid),
            textOrBlank(l.funding),
          ];
    const w = QUOTE_INPUTS.length + WATERFALL_COLUMNS.length;
    const cells = { entry: c(w), ladder: c(w + 1), band: c(w + 2) };
    const bands = bandFormulas(refs, { item: c(1), term: c(3) }, at, cells);
    const bandValues = l === undefined || f === undefined || f === null ? { ladder: '', band: '' } : bandFigures(model, 'sku' in l.item ? l.item.sku : undefined, f.tier, l.term, f.unitsCharged);
    const shapedRow = l === undefined || !('sku' in l.item) || f === undefined || f === null || f.shape === 'per-unit' ? undefined : refs.pb.shapeRowOf.get(`${l.item.sku}|${f.tier}|${l.term}`);
    const entryRowValue = shapedRow === undefined ? '' : shapedRow + 1;
    const explanation = explanationFormula(model, refs, { item: c(1), quantity: c(2), term: c(3) }, at, cells);
    return [
      ...inputs,
      ...WATERFALL_COLUMNS.map((w) => formula(formulas[w], results === undefined ? null : results[w])),
      formula(`=IF(${c(1)}="","",IFERROR(${bands.entry},""))`, entryRowValue),
      formula(`=IF(${c(1)}="","",IFERROR(${bands.ladder},""))`, bandValues.ladder),
      formula(`=IF(${c(1)}="","",IFERROR(${bands.band},""))`, bandValues.band),
      formula(`=IF(${c(1)}="","",IFERROR(${explanation},""))`, l === undefined ? '' : (f?.explanation ?? '')),
      ...approvalCells(model, engineRouting, r, approvals, { item: c(1), discount: c(8), specialBid: c(9), customerDiscount: at('Customer discount'), vendorMarginRate: at('Vendor margin %') }, floorCell, c(approverCol + 1)),
    ];
  });
  const lines: TableSpec = {
    name: 'QuoteLines',
    at: linesAt,
    style: 'TableStyleMedium2',
    columns: [
      col('Line', 'integer', 'input', 'quote.lines[] (line number)'),
      col('Item', 'text', 'input', 'quote.lines[].item'),
      col('Quantity', 'number', 'input', 'quote.lines[].quantity'),
      col('Term', 'text', 'input', 'quote.lines[].term'),
      col('Tier', 'text', 'input', 'quote.lines[].tier'),
      col('Channel', 'text', 'input', 'quote.lines[].channel'),
      col('Level', 'text', 'input', 'quote.lines[].level'),
      col('Deal registration', 'general', 'input', 'quote.lines[].dealRegistration'),
      col('Line discount', 'percent', 'input', 'quote.lines[].discount'),
      col('Special bid', 'percent', 'input', 'quote.lines[].specialBid'),
      col('Funding', 'text', 'input', 'quote.lines[].funding'),
      ...waterfallColumns(),
      col('Price shapes row', 'integer', 'formula'),
      col('Price ladder', 'text', 'formula'),
      col('Band reached', 'integer', 'formula'),
      col('Explanation', 'text', 'formula'),
      col('Approver', 'text', 'formula'),
      col('Margin approval', 'text', 'formula'),
      col('Approval reason', 'text', 'formula'),
    ],
    rows,
  };
  const customerCol = QUOTE_INPUTS.length + WATERFALL_COLUMNS.indexOf('Customer price');
  const commitment = quoteCommitmentTable(model, commitmentAt, columnRange(lines, customerCol), figures);
  // The vendor bills the quote's true-up directly: the customer price, vendor net and vendor margin totals include it.
  const withTrueUp = new Set<WaterfallColumn>(['Customer price', 'Vendor net', 'Vendor margin']);
  const items: TableSpec = {
    name: 'QuoteItems',
    at: itemsAt,
    style: 'TableStyleLight9',
    caption: 'Products and bundles',
    columns: [col('Item', 'text', 'label'), col('Kind', 'text', 'label'), col('Name', 'text', 'label')],
    rows: [...model.products.map((p) => [text(p.sku), text('product'), text(p.name)]), ...model.bundles.map((b) => [text(b.id), text('bundle'), text(b.name)])],
  };
  const totalAt = (w: WaterfallColumn) => ({ row: linesAt.row - 1, col: linesAt.col + QUOTE_INPUTS.length + WATERFALL_COLUMNS.indexOf(w) });
  const total = (w: WaterfallColumn) => {
    const k = QUOTE_INPUTS.length + WATERFALL_COLUMNS.indexOf(w);
    const values = figures.map((f) => (f === null ? undefined : waterfallResults(f)[w])).filter((v): v is number => typeof v === 'number');
    const lineTotal = sum(values.map((v) => dec(v)));
    return withTrueUp.has(w)
      ? loose(totalAt(w), formula(`=SUM(${columnRange(lines, k)})+${commitment.trueUp}`, toNumber(add(lineTotal, dec(commitment.trueUpValue)))), 'label', 'money')
      : loose(totalAt(w), formula(`=SUM(${columnRange(lines, k)})`, toNumber(lineTotal)), 'label', 'money');
  };
  const rowCount = n + SPARE_LINES;
  const list = (k: number, source: string, what: string): ValidationSpec => ({
    range: { at: { row: linesAt.row + 1, col: linesAt.col + k }, rows: rowCount, cols: 1 },
    source: { kind: 'range', formula: `=${source}` },
    allowBlank: true,
    error: `Pick a ${what} from the list`,
  });
  const figureCol = (w: WaterfallColumn): number => QUOTE_INPUTS.length + WATERFALL_COLUMNS.indexOf(w);
  const marginCol = figureCol('Vendor margin %');
  const discountCol = figureCol('Customer discount');
  const floorCol = figureCol('Partner floor');
  const rules = configurationRules(configurations, refs.pb.ref.productSkus);
  return {
    lines,
    items,
    configurations,
    commitment: commitment.table,
    approvals: approvals.steps,
    approvalSettings: approvals.settings,
    figures,
    totals: TOTALLED.map((w) => ({ column: w, at: totalAt(w) })),
    sheet: sheet({
      key: 'quote',
      name: ctx.names.quote,
      tables: [lines, items, configurations, commitment.table, approvals.steps, approvals.settings],
      cells: [
        loose({ row: 0, col: 0 }, text(`${model.name}: quote`), 'title', 'text'),
        loose(
          { row: 1, col: 0 },
          text(
            "Pick an item, term, tier, channel and level on each line; the waterfall and totals follow. Special bid: a discount the vendor funds; Funding: who funds the customer's discount (blank: the channel's). Partner purchases: the reseller's purchases in the programme year (rebate tiers, MDF cap; blank: 0). A bundle line's components: Bundle configurations, by line number.",
          ),
          'note',
          'text',
        ),
        loose({ row: 2, col: 0 }, text('Customer'), 'label', 'text'),
        loose(CUSTOMER_AT, text(model.quote.customer), 'value', 'text'),
        loose({ row: PARTNER_PURCHASES_AT.row, col: PARTNER_PURCHASES_AT.col - 1 }, text('Partner purchases'), 'label', 'text'),
        loose(PARTNER_PURCHASES_AT, numOrBlank(model.quote.partnerPurchases), 'value', 'money'),
        loose(APPROVAL_STATUS_AT, text('Approval'), 'label', 'text'),
        loose({ row: APPROVAL_STATUS_AT.row, col: APPROVAL_STATUS_AT.col + 1 }, formula(statusFormula(approvals, columnRange(lines, approverCol), columnRange(lines, approverCol + 1)), statusText(model, engineRouting)), 'value', 'text'),
        loose({ row: linesAt.row - 1, col: linesAt.col }, text('Totals'), 'label', 'text'),
        ...TOTALLED.map(total),
      ],
      frozenRows: linesAt.row + 1,
      frozenCols: 2,
      validations: [
        list(1, on(ctx, 'quote', columnRange(items, 0)), 'product or bundle'),
        list(3, lists.termIds, 'term'),
        list(4, lists.tierIds, 'tier'),
        list(5, lists.channelIds, 'channel'),
        list(6, lists.levelIds, 'partner level'),
        { range: { at: { row: linesAt.row + 1, col: linesAt.col + 7 }, rows: rowCount, cols: 1 }, source: { kind: 'values', values: ['TRUE', 'FALSE'] }, allowBlank: true, error: 'TRUE or FALSE' },
        { range: { at: { row: linesAt.row + 1, col: linesAt.col + 10 }, rows: rowCount, cols: 1 }, source: { kind: 'values', values: [...FUNDINGS] }, allowBlank: true, error: "Pick vendor, partner or compound (blank: the channel's)" },
        ...rules.validations,
      ],
      conditionalFormats: [
        {
          range: { at: { row: linesAt.row + 1, col: linesAt.col + marginCol }, rows: rowCount, cols: 1 },
          formula: `=AND(ISNUMBER(${cellOf(0, marginCol)}),${cellOf(0, marginCol)}<${guardrailCell(ctx, 'Vendor margin floor')})`,
          style: 'breach',
        },
        {
          range: { at: { row: linesAt.row + 1, col: linesAt.col + discountCol }, rows: rowCount, cols: 1 },
          formula: `=AND(ISNUMBER(${cellOf(0, discountCol)}),${cellOf(0, discountCol)}>${guardrailCell(ctx, 'Max customer discount')}+1E-12)`,
          style: 'breach',
        },
        {
          range: { at: { row: linesAt.row + 1, col: linesAt.col + customerCol }, rows: rowCount, cols: 1 },
          formula: `=AND(${guardrailCell(ctx, 'Channel conflict')}=TRUE,ISNUMBER(${cellOf(0, customerCol)}),ISNUMBER(${cellOf(0, floorCol)}),${cellOf(0, customerCol)}<${cellOf(0, floorCol)})`,
          style: 'warning',
        },
        ...rules.conditionalFormats,
      ],
      tabColor: '00B0F0',
    }),
  };
}
