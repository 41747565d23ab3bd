/**
 * The Changes workbook of `tiercraft diff --xlsx FILE`: a comparison as five sheets — Summary, Price
 * points, Settings, Parties (each party's revenue, pocket and margin on the mix and the quote) and
 * Breaches (those that appear and disappear, price cliffs marked). Written with exceljs as the build's
 * renderer writes (the same number formats and fonts): money as numbers in the model's currency at its
 * minor unit, exactly the engine's figures; labels, paths and messages as text (exceljs writes a string
 * as a shared string, never as a formula, whatever it starts with).
 */
import ExcelJS, { type Worksheet } from 'exceljs';
import type { Breach, BookImpact, Comparison, Decimal } from '../engine';
import { toFixedString } from '../engine';
import { breachMessage } from './compareText';
import { numberFormat } from '../workbook/formats';
import { FONTS } from '../workbook/xlsx/styles';

export interface ChangesFormat {
  readonly currency: string;
  readonly minorUnits: number;
  /** The mix's name, for the Parties sheet. */
  readonly mixName: string;
}

type Cell = string | number | boolean | null;
type Kind = 'text' | 'money' | 'percent' | 'integer';
interface Column {
  readonly header: string;
  readonly kind: Kind;
}

export const CHANGES_SHEETS = ['Summary', 'Price points', 'Settings', 'Parties', 'Breaches'] as const;

/** A Decimal as the number a cell holds (its decimal text read back: exact for money at the minor unit). */
const num = (d: Decimal): number => Number(toFixedString(d));
const numOrNull = (d: Decimal | null): number | null => (d === null ? null : num(d));

function formatOf(kind: Kind, fmt: ChangesFormat): string {
  return numberFormat(kind === 'money' ? 'money' : kind, fmt.currency, fmt.minorUnits);
}

/** A table with a caption above it, or the caption and "none" when there are no rows (an Excel table needs one). */
function writeTable(ws: Worksheet, name: string, caption: string, columns: readonly Column[], rows: Cell[][], fmt: ChangesFormat): void {
  ws.getCell(1, 1).value = caption;
  ws.getCell(1, 1).font = FONTS.heading;
  columns.forEach((c, i) => {
    const width = Math.max(c.header.length, ...rows.map((r) => String(r[i] ?? '').length)) + 4;
    ws.getColumn(i + 1).width = Math.min(width, 80);
  });
  if (rows.length === 0) {
    ws.getCell(3, 1).value = 'none';
    ws.getCell(3, 1).font = FONTS.note;
    return;
  }
  ws.addTable({
    name,
    displayName: name,
    ref: 'A3',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
  columns.forEach((c, i) => {
    if (c.kind === 'text') return;
    for (let r = 0; r < rows.length; r += 1) ws.getCell(4 + r, i + 1).numFmt = formatOf(c.kind, fmt);
  });
}

function summary(ws: Worksheet, c: Comparison): void {
  ws.getCell('A1').value = `Changes: ${c.baseName} → ${c.otherName}`;
  ws.getCell('A1').font = FONTS.title;
  const errors = (list: readonly Breach[]): number => list.filter((b) => b.severity === 'error').length;
  const rows: [string, Cell][] = [
    ['Base', c.baseName],
    ['New', c.otherName],
    ['Price points changed', c.pricePoints.length],
    ['Settings changed', c.settings.length],
    ['Breaches that appear', c.breaches.appeared.length],
    ['of which errors', errors(c.breaches.appeared)],
    ['Breaches that disappear', c.breaches.disappeared.length],
    ['New price cliffs', c.cliffs.appeared.length],
    ['Introduces guardrail errors', c.introducesErrors ? 'Yes' : 'No'],
  ];
  rows.forEach(([label, value], i) => {
    const l = ws.getCell(3 + i, 1);
    l.value = label;
    l.font = FONTS.label;
    const v = ws.getCell(3 + i, 2);
    v.value = value;
    if (typeof value === 'number') v.numFmt = '#,##0';
  });
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = Math.max(20, c.baseName.length + 4, c.otherName.length + 4);
}

const MONEY_COLUMNS: readonly Column[] = [
  { header: 'Base', kind: 'money' },
  { header: 'New', kind: 'money' },
  { header: 'Change', kind: 'money' },
  { header: 'Change %', kind: 'percent' },
];

function partyRows(book: string, impact: BookImpact | null): Cell[][] {
  if (impact === null) return [];
  return impact.parties.flatMap((p) =>
    (['revenue', 'pocket', 'margin'] as const).map((figure) => {
      const f = p[figure];
      return [book, p.party, figure, num(f.base), num(f.other), num(f.change), numOrNull(f.changePct)];
    }),
  );
}

const breachRows = (status: string, list: readonly Breach[]): Cell[][] =>
  list.map((b) => [status, b.severity, b.rule, b.path, breachMessage(b), b.rule === 'price-cliff' ? 'Yes' : 'No']);

/** The bytes of the Changes workbook of comparison `c`. */
export async function changesWorkbook(c: Comparison, fmt: ChangesFormat): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tiercraft';
  const [summarySheet, pointsSheet, settingsSheet, partiesSheet, breachesSheet] = CHANGES_SHEETS.map((name) => wb.addWorksheet(name));
  summary(summarySheet as Worksheet, c);
  const text = (header: string): Column => ({ header, kind: 'text' });
  writeTable(
    pointsSheet as Worksheet,
    'ChangedPricePoints',
    `Price points that changed (${fmt.currency})`,
    [text('Price point'), text('Item'), text('Tier'), text('Term'), text('Field'), ...MONEY_COLUMNS],
    c.pricePoints.map((p) => [p.label, 'sku' in p.item ? p.item.sku : `bundle ${p.item.bundle}`, p.tier, p.term, p.field, numOrNull(p.base), numOrNull(p.other), numOrNull(p.change), numOrNull(p.changePct)]),
    fmt,
  );
  writeTable(settingsSheet as Worksheet, 'ChangedSettings', 'Settings that changed', [text('Setting'), text('Path'), text('Base'), text('New')], c.settings.map((s) => [s.label, s.path, s.base, s.other]), fmt);
  writeTable(
    partiesSheet as Worksheet,
    'PartyImpact',
    `Each party's revenue, pocket and margin (${fmt.currency})`,
    [text('Book'), text('Party'), text('Figure'), ...MONEY_COLUMNS],
    [...partyRows(fmt.mixName, c.mix), ...partyRows('Quote', c.quote)],
    fmt,
  );
  writeTable(
    breachesSheet as Worksheet,
    'BreachChanges',
    'Guardrail breaches that appear or disappear',
    [text('Status'), text('Severity'), text('Rule'), text('Path'), text('Message'), text('Price cliff')],
    [...breachRows('appears', c.breaches.appeared), ...breachRows('disappears', c.breaches.disappeared)],
    fmt,
  );
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
