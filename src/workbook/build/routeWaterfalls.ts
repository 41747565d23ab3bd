/**
 * Each party's pocket-price waterfall of the route chosen on the Routes sheet (the engine's
 * `pocketWaterfalls`): one small table per party, its elements looked up live in the route table by the
 * chosen route's row, with the columns a stacked-column waterfall chart draws (an invisible base under
 * each step; the starts and subtotals as bars from 0), and one chart per party beside its table.
 */
import { type Party, type PartyWaterfall, type PocketElement, toNumber } from '../../engine';
import type { CellAddress, ChartSpec, TableSpec } from '../spec';
import { col, formula, tableCell, text } from './cells';
import { routeColumn } from './routeTable';
import { WATERFALL_COLUMNS, type WaterfallColumn } from './waterfall';

/** The columns of a party's table; the chart draws Chart label → Decrease (contiguous: Office.js charts a block of columns). */
export const POCKET_COLUMNS = ['Element', 'Amount', 'Running total', 'Basis', 'Timing', 'Paid by', 'Paid to', 'Base', 'Chart label', 'Total', 'Increase', 'Decrease'] as const;
type PocketColumn = (typeof POCKET_COLUMNS)[number];
const K = (c: PocketColumn): number => POCKET_COLUMNS.indexOf(c);

/** Rows of a chart beside a party's table. */
export const CHART_ROWS = 16;
/** Columns a chart spans. */
export const CHART_COLS = 8;

/** One element: its amount as an expression over the route's figures, and its basis, timing and parties (text or expressions). */
interface ElementRow {
  readonly label: string;
  readonly kind: PocketElement['kind'];
  readonly amount?: string;
  readonly basis?: string;
  readonly timing?: string;
  readonly paidBy?: { readonly text: string } | { readonly expr: string };
  readonly paidTo?: { readonly text: string } | { readonly expr: string };
}

const fixed = (t: string) => ({ text: t });

/** Expressions of a route's figures: `pick(column)`, the chosen route's figure. */
type Pick = (c: WaterfallColumn | 'Negotiated paid by') => string;

/** A chain column that may not exist yet (added by a later version of the chain): 0 while absent. */
const optional = (pick: Pick, c: string): string => ((WATERFALL_COLUMNS as readonly string[]).includes(c) ? `N(${pick(c as WaterfallColumn)})` : '0');

function customerSteps(pick: Pick): ElementRow[] {
  const [el, av, at, cp] = [pick('Extended list'), pick('After volume'), pick('After term'), pick('Customer price')];
  const bid = optional(pick, 'Special bid discount');
  const onInvoice = (label: string, amount: string, paidBy: ElementRow['paidBy']): ElementRow => ({ label, kind: 'step', amount, basis: 'list', timing: 'on-invoice', paidBy, paidTo: fixed('Customer') });
  return [
    { label: 'List price', kind: 'start', amount: el, basis: 'list' },
    onInvoice('Volume discount', `${av}-${el}`, fixed('Vendor')),
    onInvoice('Term discount', `${at}-${av}`, fixed('Vendor')),
    onInvoice('Negotiated discount', `${cp}-${at}+${bid}`, { expr: pick('Negotiated paid by') }),
    onInvoice('Special bid', `-${bid}`, fixed('Vendor')),
  ];
}

function funds(pick: Pick, sign: '' | '-'): ElementRow[] {
  const fund = (label: string, amount: string, timing: string): ElementRow => ({ label, kind: 'step', amount: `${sign}${amount}`, basis: 'invoice', timing, paidBy: fixed('Vendor'), paidTo: fixed('Reseller') });
  return [fund('Rebate', `N(${pick('Rebate')})`, 'accrued'), fund('MDF', `N(${pick('MDF')})`, 'accrued'), fund('Co-op', optional(pick, 'Co-op'), 'claimed')];
}

/** Each party's elements, as the engine's pocketWaterfalls lists them, and the condition under which the party takes part. */
export function partyElements(pick: Pick): { party: Party; present: string; rows: ElementRow[] }[] {
  const [cp, rb, db] = [pick('Customer price'), pick('Reseller buy'), pick('Distributor buy')];
  const total = (label: string): ElementRow => ({ label, kind: 'total' });
  return [
    { party: 'Customer', present: 'TRUE', rows: [...customerSteps(pick), total('Customer price')] },
    {
      party: 'Reseller',
      present: `${rb}<>""`,
      rows: [
        { label: 'Sell price', kind: 'start', amount: cp, basis: 'invoice', timing: 'on-invoice', paidBy: fixed('Customer'), paidTo: fixed('Reseller') },
        { label: 'Buy price', kind: 'step', amount: `-${rb}`, basis: 'list', timing: 'on-invoice', paidBy: fixed('Reseller'), paidTo: { expr: `IF(${db}="","Vendor","Distributor")` } },
        total('Front margin'),
        ...funds(pick, ''),
        total('Pocket margin'),
      ],
    },
    {
      party: 'Distributor',
      present: `${db}<>""`,
      rows: [
        { label: 'Sell price', kind: 'start', amount: rb, basis: 'list', timing: 'on-invoice', paidBy: fixed('Reseller'), paidTo: fixed('Distributor') },
        { label: 'Buy price', kind: 'step', amount: `-${db}`, basis: 'list', timing: 'on-invoice', paidBy: fixed('Distributor'), paidTo: fixed('Vendor') },
        total('Margin'),
      ],
    },
    {
      party: 'Vendor',
      present: 'TRUE',
      rows: [
        ...customerSteps(pick),
        { label: 'Reseller margin', kind: 'step', amount: `IF(${rb}="",0,${rb}-${cp})`, basis: 'list', timing: 'on-invoice', paidBy: fixed('Vendor'), paidTo: fixed('Reseller') },
        { label: 'Distributor margin', kind: 'step', amount: `IF(${db}="",0,${db}-${rb})`, basis: 'list', timing: 'on-invoice', paidBy: fixed('Vendor'), paidTo: fixed('Distributor') },
        total('Vendor invoice'),
        ...funds(pick, '-'),
        total('Pocket price'),
        { label: 'Cost to serve', kind: 'step', amount: `-${pick('Cost')}`, basis: 'cost', paidBy: fixed('Vendor') },
        total('Pocket margin'),
      ],
    },
  ];
}

/** The engine's figure of each cell of a party's element row ('' where the party is absent). */
function cached(e: PocketElement | undefined, previous: number): Record<PocketColumn, string | number> {
  if (e === undefined) return { Element: '', Amount: '', 'Running total': '', Basis: '', Timing: '', 'Paid by': '', 'Paid to': '', Base: '', 'Chart label': '', Total: '', Increase: '', Decrease: '' };
  const amount = toNumber(e.amount);
  const running = toNumber(e.running);
  const step = e.kind === 'step';
  return {
    Element: e.label,
    Amount: amount,
    'Running total': running,
    Basis: e.basis ?? '',
    Timing: e.timing ?? '',
    'Paid by': e.paidBy ?? '',
    'Paid to': e.paidTo ?? '',
    Base: step ? Math.min(previous, running) : 0,
    'Chart label': e.label,
    Total: step ? 0 : running,
    Increase: step ? Math.max(amount, 0) : 0,
    Decrease: step ? Math.max(-amount, 0) : 0,
  };
}

export interface PartyTable {
  readonly party: Party;
  readonly table: TableSpec;
  readonly chart: ChartSpec;
}

/**
 * One party's table at `at` and its chart beside it. `routeRow` is the chosen route's row in the route
 * table (a same-sheet cell), `routeRange(c)` the route table's column of a figure.
 */
export function partyTable(
  party: ReturnType<typeof partyElements>[number],
  at: CellAddress,
  waterfall: PartyWaterfall | undefined,
  currency: string,
): PartyTable {
  const cell = (r: number, c: PocketColumn): string => tableCell({ at }, r, K(c));
  const present = (e: string): string => `IF(${party.present},${e},"")`;
  let previous = 0;
  const rows = party.rows.map((row, r) => {
    const engine = waterfall?.elements[r];
    const values = cached(engine, previous);
    if (engine !== undefined) previous = toNumber(engine.running);
    const before = r === 0 ? '0' : cell(r - 1, 'Running total');
    const amount = row.kind === 'total' ? before : (row.amount ?? '0');
    const running = row.kind === 'step' ? `${before}+${cell(r, 'Amount')}` : cell(r, 'Amount');
    const party = (p: ElementRow['paidBy'], v: string | number) => (p === undefined ? text('') : 'text' in p ? text(p.text) : formula(`=IFERROR(${present(p.expr)},"")`, v));
    const step = row.kind === 'step';
    const number = (e: string, v: string | number) => formula(`=IFERROR(${present(e)},"")`, v === '' ? null : v);
    return [
      text(row.label),
      number(amount, values.Amount),
      number(running, values['Running total']),
      text(row.basis ?? ''),
      text(row.timing ?? ''),
      party(row.paidBy, values['Paid by']),
      party(row.paidTo, values['Paid to']),
      number(step ? `MIN(${before},${cell(r, 'Running total')})` : '0', values.Base),
      text(row.label),
      number(step ? '0' : cell(r, 'Running total'), values.Total),
      number(step ? `MAX(${cell(r, 'Amount')},0)` : '0', values.Increase),
      number(step ? `MAX(-${cell(r, 'Amount')},0)` : '0', values.Decrease),
    ];
  });
  const table: TableSpec = {
    name: `${party.party}Pocket`,
    at,
    style: 'TableStyleLight9',
    caption: `${party.party}: pocket-price waterfall of the chosen route (${currency})`,
    columns: POCKET_COLUMNS.map((h) => col(h, ['Element', 'Basis', 'Timing', 'Paid by', 'Paid to', 'Chart label'].includes(h) ? 'text' : 'money', 'formula')),
    rows,
  };
  const range = (c: PocketColumn) => ({ at: { row: at.row + 1, col: at.col + K(c) }, rows: rows.length, cols: 1 });
  // A waterfall (chartSpec.ts): stacked columns over the invisible Base, drawn alike by Excel and LibreOffice.
  // A running total below 0 (a pocket margin under water) cannot stand on an invisible base: its bar shows from 0.
  const chart: ChartSpec = {
    kind: 'waterfall',
    title: `${party.party}: pocket-price waterfall`,
    categories: range('Chart label'),
    base: range('Base'),
    series: [
      { name: 'Total', values: range('Total'), role: 'total' },
      { name: 'Increase', values: range('Increase'), role: 'up' },
      { name: 'Decrease', values: range('Decrease'), role: 'down' },
    ],
    dataLabels: { format: '#,##0;-#,##0;;' },
    // Beside its table, from the caption row down: never over a table (the next party's stands below both).
    from: { row: at.row - 1, col: at.col + POCKET_COLUMNS.length + 1 },
    to: { row: at.row - 1 + CHART_ROWS - 1, col: at.col + POCKET_COLUMNS.length + CHART_COLS },
    yTitle: currency,
  };
  return { party: party.party, table, chart };
}

/** `pick` over the route table: the chosen route's figure in a column, by its row (`routeRow`, 1-based). */
export function routePick(routeTable: TableSpec, routeRow: string): Pick {
  return (c) => {
    const k = routeColumn(c);
    const letterRange = `${tableCell(routeTable, 0, k, true)}:${tableCell(routeTable, Math.max(0, routeTable.rows.length - 1), k, true)}`;
    return `INDEX(${letterRange},${routeRow})`;
  };
}
