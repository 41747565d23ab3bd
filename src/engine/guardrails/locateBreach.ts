/**
 * Every breach of a model and its quote (the errors first), and the cell each one is about in a
 * workbook that lays the model out in tables: the row of its table ("quote.lines[1]" → the second row
 * of the quote's lines). The task pane's Checks list and the command line report the same breaches
 * at the same cells. The layout is described structurally, so the engine stays free of the workbook.
 */
import type { Model } from '../model/schema';
import { checkModel } from './checkModel';
import { checkQuote } from './checkQuote';
import type { Breach } from './types';

/** A table's data cell: only text cells are matched (the sku and tier of a price row). */
export interface LaidOutCell {
  readonly kind: string;
  readonly value?: unknown;
}

export interface LaidOutTable {
  readonly name: string;
  /** Top-left cell of the header row, 0-based. */
  readonly at: { readonly row: number; readonly col: number };
  readonly rows: readonly (readonly LaidOutCell[])[];
}

export interface WorkbookLayout {
  readonly sheets: readonly { readonly name: string; readonly tables: readonly LaidOutTable[] }[];
}

export interface BreachCell {
  readonly sheet: string;
  /** A1 address, e.g. "D7". */
  readonly address: string;
}

/** Every breach the guardrails find in the model and its quote, the errors before the warnings. */
export function modelBreaches(model: Model): Breach[] {
  const breaches = [...checkModel(model), ...checkQuote(model)];
  return [...breaches.filter((b) => b.severity === 'error'), ...breaches.filter((b) => b.severity !== 'error')];
}

const letters = (col: number): string => {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

function rowOf(layout: WorkbookLayout, tableName: string, row: number): BreachCell | undefined {
  for (const sheet of layout.sheets) {
    const table = sheet.tables.find((t) => t.name === tableName);
    if (!table) continue;
    if (row < 0 || row >= table.rows.length) return undefined;
    return { sheet: sheet.name, address: `${letters(table.at.col)}${table.at.row + 2 + row}` };
  }
  return undefined;
}

const TABLES: Readonly<Record<string, string>> = {
  ladders: 'Ladders', terms: 'Terms', products: 'Products', bundles: 'Bundles', levels: 'PartnerLevels', channels: 'Channels', personas: 'Personas', tiers: 'Tiers',
};

/** "ladders[0].bands[2]" → ["ladders", 0, "bands", 2]; text after the path (a route) is ignored. */
function segmentsOf(path: string): (string | number)[] {
  const head = path.split(' ')[0] ?? '';
  return [...head.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

const textIs = (cell: LaidOutCell | undefined, value: string | undefined): boolean => cell?.kind === 'text' && cell.value === value;

/** The cell a breach is about, when the layout shows it. */
export function locateBreach(model: Model, layout: WorkbookLayout, path: string): BreachCell | undefined {
  const [section, index, sub, subIndex] = segmentsOf(path);
  if (section === 'quote' && index === 'lines' && typeof sub === 'number') return rowOf(layout, 'QuoteLines', sub);
  if (typeof index !== 'number') return undefined;
  if (section === 'ladders' && sub === 'bands' && typeof subIndex === 'number') {
    const before = model.ladders.slice(0, index).reduce((total, l) => total + l.bands.length, 0);
    return rowOf(layout, 'Bands', before + subIndex);
  }
  if (section === 'prices') {
    const price = model.prices[index];
    const table = layout.sheets.flatMap((s) => s.tables).find((t) => t.name === 'Prices');
    const row = table?.rows.findIndex((r) => textIs(r[0], price?.sku) && textIs(r[1], price?.tier)) ?? -1;
    return rowOf(layout, 'Prices', row);
  }
  const table = typeof section === 'string' ? TABLES[section] : undefined;
  return table ? rowOf(layout, table, index) : undefined;
}
