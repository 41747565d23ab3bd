/**
 * Finance's part of the quote document (only with --internal, on pages of its own after the
 * customer's): per line the money down the chain and each party's margin, and for a bundle line its
 * customer price and vendor net allocated to its components on the standalone-selling-price basis
 * (internalQuote's figures, which add up exactly).
 */
import type { InternalQuote, InternalQuoteLine, Money, PartyMargin } from '../engine/customerQuote';
import { type AmountRow, SIZE, amountRows, amountRowsHeight, contentWidth, heightOf, left, paragraphs, room, rule, textAt } from './page';

export const INTERNAL_TITLE = "Finance's view — internal, not for the customer";

/** One step of a line's chain of money; a margin carries its rate (null when the party sells for 0). */
export interface ChainStep {
  readonly label: string;
  readonly money: Money;
  readonly margin?: PartyMargin;
}

/** A line's chain of money: what the customer pays down to the vendor's net and cost, then each party's margin. */
export function chain(line: InternalQuoteLine): ChainStep[] {
  const steps: ChainStep[] = [{ label: 'Customer price', money: line.customerPrice }];
  if (line.resellerBuy !== null) steps.push({ label: 'Reseller buys at', money: line.resellerBuy });
  if (line.distributorBuy !== null) steps.push({ label: 'Distributor buys at', money: line.distributorBuy });
  steps.push({ label: 'Vendor invoice', money: line.vendorInvoice });
  if (line.rebate.amount.units !== 0n) steps.push({ label: 'Rebate', money: line.rebate });
  if (line.mdf.amount.units !== 0n) steps.push({ label: 'MDF', money: line.mdf });
  if (line.coop.amount.units !== 0n) steps.push({ label: 'Co-op', money: line.coop });
  steps.push({ label: 'Vendor net', money: line.vendorNet }, { label: 'Cost', money: line.cost });
  return [...steps, ...line.margins.map((m) => ({ label: `${m.party} margin`, money: m.amount, margin: m }))];
}

const stepRow = (s: ChainStep): AmountRow =>
  s.margin === undefined ? { label: s.label, amount: s.money.text } : { label: s.label, amount: s.margin.rate === null ? s.money.text : `${s.money.text} (${s.margin.rateText})`, bold: true };

export const chainRows = (line: InternalQuoteLine): AmountRow[] => chain(line).map(stepRow);

const ALLOCATION_COLUMNS = ['Component', 'Units', 'Standalone list', 'Share', 'Customer price', 'Vendor net'] as const;
const COLUMN_SHARES = [0.34, 0.1, 0.15, 0.11, 0.15, 0.15] as const;

/** The allocation table of a bundle line: one row per component. */
export function allocationRows(line: InternalQuoteLine): string[][] {
  return line.allocation.map((a) => [a.name, a.quantity.text, a.standaloneList.text, a.shareText, a.customerPrice.text, a.vendorNet.text]);
}

function table(doc: PDFKit.PDFDocument, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const width = contentWidth(doc);
  const x = left(doc);
  const widths = COLUMN_SHARES.map((s) => s * width);
  const write = (cells: readonly string[], bold: boolean): void => {
    const height = Math.max(...cells.map((c, i) => heightOf(doc, c, (widths[i] ?? 0) - 4, { size: SIZE.small, face: bold ? 'bold' : 'regular' })));
    room(doc, height + 2);
    let cx = x;
    const y = doc.y;
    cells.forEach((c, i) => {
      const w = widths[i] ?? 0;
      textAt(doc, c, cx, y, w - 4, { size: SIZE.small, face: bold ? 'bold' : 'regular', align: i === 0 ? 'left' : 'right' });
      cx += w;
    });
    doc.y = y + height + 2;
  };
  write(header, true);
  rule(doc, doc.y - 1);
  for (const r of rows) write(r, false);
  doc.y += 6;
}

function line(doc: PDFKit.PDFDocument, l: InternalQuoteLine, n: number): void {
  const width = contentWidth(doc) * 0.55;
  const rows = chainRows(l);
  const title = `${n}. ${l.item}`;
  room(doc, heightOf(doc, title, width, { face: 'bold' }) + amountRowsHeight(doc, rows, width) + 8);
  const y = textAt(doc, title, left(doc), doc.y, contentWidth(doc), { face: 'bold' });
  doc.y = amountRows(doc, rows, left(doc), y + 2, width) + 4;
  if (l.allocation.length > 0) {
    paragraphs(doc, [{ text: 'Allocation to the components (standalone-selling-price basis)', style: { size: SIZE.small, grey: true } }], 2);
    table(doc, ALLOCATION_COLUMNS, allocationRows(l));
  }
  rule(doc, doc.y);
  doc.y += 8;
}

/** Writes finance's part on a new page. */
export function writeInternalPart(doc: PDFKit.PDFDocument, finance: InternalQuote): void {
  doc.addPage();
  doc.x = left(doc);
  paragraphs(doc, [
    { text: INTERNAL_TITLE, style: { face: 'bold', size: SIZE.heading } },
    { text: `Amounts in ${finance.currency}. Each bundle line's price and vendor net are split over its components in proportion to their standalone list prices.`, style: { grey: true } },
  ]);
  finance.lines.forEach((l, i) => line(doc, l, i + 1));
  const t = finance.totals;
  const rows: AmountRow[] = [
    { label: 'Customer price', amount: t.customerPrice.text },
    { label: 'Vendor invoice', amount: t.vendorInvoice.text },
    { label: 'Vendor net', amount: t.vendorNet.text },
    { label: 'Cost', amount: t.cost.text },
    ...t.margins.map((m) => stepRow({ label: `${m.party} margin`, money: m.amount, margin: m })),
  ];
  const width = contentWidth(doc) * 0.55;
  room(doc, amountRowsHeight(doc, rows, width) + 20);
  const y = textAt(doc, 'Quote totals', left(doc), doc.y, width, { face: 'bold' });
  doc.y = amountRows(doc, rows, left(doc), y + 2, width);
}
