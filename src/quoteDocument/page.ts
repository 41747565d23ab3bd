/**
 * The page helpers the quote document lays out with: paper sizes, fonts by role, a row that breaks to a
 * new page when it does not fit, and label/amount rows. Pure over pdfkit's document (no Node I/O), so the
 * same layout can run in a browser with pdfkit's standalone build.
 */

/** Paper sizes pdfkit knows by name; A4 unless asked otherwise. */
export const PAPER = { a4: 'A4', letter: 'LETTER' } as const;
export type Paper = keyof typeof PAPER;
export const PAPERS = Object.keys(PAPER) as Paper[];

/** The two faces the document uses, registered on the document under these names (see registerQuoteFonts). */
export const FONT = { regular: 'QuoteRegular', bold: 'QuoteBold' } as const;

/** Font files (TrueType bytes) for the two faces: they must hold every character the quote may show (€, £, ¥, ₹ …). */
export interface QuoteFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export const SIZE = { title: 20, heading: 11, body: 9, small: 7.5 } as const;
export const MARGIN = 48;
/** Room kept at the foot of each page for the page number line. */
export const FOOTER_ROOM = 24;
const GREY = '#555555';
const RULE = '#bbbbbb';

export function registerQuoteFonts(doc: PDFKit.PDFDocument, files: QuoteFontFiles): void {
  doc.registerFont(FONT.regular, files.regular);
  doc.registerFont(FONT.bold, files.bold);
  doc.font(FONT.regular).fontSize(SIZE.body);
}

export const left = (doc: PDFKit.PDFDocument): number => doc.page.margins.left;
export const contentWidth = (doc: PDFKit.PDFDocument): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: PDFKit.PDFDocument): number => doc.page.height - doc.page.margins.bottom - FOOTER_ROOM;

/** Starts a new page when `height` points do not fit above the footer; the cursor is at the top of the room. */
export function room(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottom(doc)) {
    doc.addPage();
    doc.x = left(doc);
  }
}

export type Face = 'regular' | 'bold';
export interface TextStyle {
  readonly face?: Face;
  readonly size?: number;
  readonly grey?: boolean;
}

function style(doc: PDFKit.PDFDocument, s: TextStyle = {}): PDFKit.PDFDocument {
  return doc
    .font(FONT[s.face ?? 'regular'])
    .fontSize(s.size ?? SIZE.body)
    .fillColor(s.grey === true ? GREY : 'black');
}

export function heightOf(doc: PDFKit.PDFDocument, text: string, width: number, s?: TextStyle): number {
  return text === '' ? 0 : style(doc, s).heightOfString(text, { width });
}

/** Writes `text` at (x, y) within `width`; returns the y below it. */
export function textAt(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, s?: TextStyle & { align?: 'left' | 'right' | 'center' }): number {
  if (text === '') return y;
  style(doc, s).text(text, x, y, { width, align: s?.align ?? 'left' });
  return y + heightOf(doc, text, width, s);
}

/** A block of paragraphs, one under the other, moved to the next page as a whole when it does not fit. */
export function paragraphs(doc: PDFKit.PDFDocument, items: readonly { text: string; style?: TextStyle }[], gapAfter = 8): void {
  const width = contentWidth(doc);
  const shown = items.filter((i) => i.text !== '');
  if (shown.length === 0) return;
  room(doc, shown.reduce((h, i) => h + heightOf(doc, i.text, width, i.style), 0));
  let y = doc.y;
  for (const i of shown) y = textAt(doc, i.text, left(doc), y, width, i.style);
  doc.y = y + gapAfter;
  doc.x = left(doc);
}

export function rule(doc: PDFKit.PDFDocument, y: number, from = left(doc), to = left(doc) + contentWidth(doc)): void {
  doc.save().strokeColor(RULE).lineWidth(0.5).moveTo(from, y).lineTo(to, y).stroke().restore();
}

/** One label/amount row of an amounts column: "Volume discount   −4,375.80". */
export interface AmountRow {
  readonly label: string;
  readonly amount: string;
  readonly bold?: boolean;
}

/** Label/amount rows in a column at x of `width` (labels left, amounts right); returns the y below them. */
export function amountRows(doc: PDFKit.PDFDocument, rows: readonly AmountRow[], x: number, y: number, width: number): number {
  let at = y;
  for (const r of rows) {
    const s: TextStyle = { face: r.bold === true ? 'bold' : 'regular' };
    const h = Math.max(heightOf(doc, r.label, width * 0.6, s), heightOf(doc, r.amount, width * 0.4, s));
    textAt(doc, r.label, x, at, width * 0.6, s);
    textAt(doc, r.amount, x + width * 0.6, at, width * 0.4, { ...s, align: 'right' });
    at += h + 1;
  }
  return at;
}

export const amountRowsHeight = (doc: PDFKit.PDFDocument, rows: readonly AmountRow[], width: number): number =>
  rows.reduce((h, r) => h + Math.max(heightOf(doc, r.label, width * 0.6, { face: r.bold === true ? 'bold' : 'regular' }), heightOf(doc, r.amount, width * 0.4)) + 1, 0);

/** A discount as the customer reads it: "−4,375.80" (a true minus sign), "0.00" unsigned. */
export const less = (text: string): string => (/^[0.,]+$/.test(text) ? text : `−${text}`);

/**
 * Writes `footer(page, pages)` at the foot of every page (the document must buffer its pages). The
 * bottom margin is lifted while writing, or pdfkit would start a new page for text below it.
 */
export function footers(doc: PDFKit.PDFDocument, footer: (page: number, pages: number) => { left: string; centre?: string; right: string }): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const kept = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - kept - FOOTER_ROOM / 2;
    const width = contentWidth(doc);
    const f = footer(i - range.start + 1, range.count);
    const s: TextStyle = { size: SIZE.small, grey: true };
    style(doc, s).text(f.left, left(doc), y, { width: width * 0.45, lineBreak: false });
    if (f.centre !== undefined) style(doc, { ...s, face: 'bold' }).text(f.centre, left(doc) + width * 0.3, y, { width: width * 0.4, align: 'center', lineBreak: false });
    style(doc, s).text(f.right, left(doc) + width * 0.7, y, { width: width * 0.3, align: 'right', lineBreak: false });
    doc.page.margins.bottom = kept;
  }
}
