/**
 * The guardrail checks the Checks list shows: every breach the model engine finds in the model and its
 * quote, each with the cell of the workbook it is about (the row of its table), so that the link can
 * select it.
 */
import { checkModel, checkQuote, type Breach } from '../../engine';
import type { Model } from '../../engine/model/schema';
import { a1, type SheetSpec, type TableSpec, type WorkbookSpec } from '../../workbook/spec';
import type { CellLocation } from '../workbook/WorkbookPort';
import { parseIssuePath } from './validateModel';

export interface Check {
  readonly message: string;
  readonly severity: 'breach' | 'warning';
  readonly location?: CellLocation;
}

function findTable(spec: WorkbookSpec, name: string): { sheet: SheetSpec; table: TableSpec } | null {
  for (const sheet of spec.sheets) {
    const table = sheet.tables.find((t) => t.name === name);
    if (table) return { sheet, table };
  }
  return null;
}

function rowOf(spec: WorkbookSpec, tableName: string, row: number): CellLocation | undefined {
  const found = findTable(spec, tableName);
  if (!found || row < 0 || row >= found.table.rows.length) return undefined;
  return { sheet: found.sheet.name, address: a1({ row: found.table.at.row + 1 + row, col: found.table.at.col }) };
}

const TABLES: Readonly<Record<string, string>> = {
  ladders: 'Ladders', terms: 'Terms', products: 'Products', bundles: 'Bundles', levels: 'PartnerLevels', channels: 'Channels', personas: 'Personas', tiers: 'Tiers',
};

/** The cell a breach is about: "quote.lines[1]" → the second row of the quote's lines, and so on. */
export function locateBreach(model: Model, spec: WorkbookSpec, path: string): CellLocation | undefined {
  const segments = parseIssuePath(path.split(' ')[0] ?? '');
  const [section, index, sub, subIndex] = segments;
  if (typeof index !== 'number' && section !== 'quote') return undefined;
  if (section === 'quote' && segments[1] === 'lines' && typeof segments[2] === 'number') return rowOf(spec, 'QuoteLines', segments[2]);
  if (section === 'ladders' && typeof index === 'number' && sub === 'bands' && typeof subIndex === 'number') {
    const before = model.ladders.slice(0, index).reduce((total, l) => total + l.bands.length, 0);
    return rowOf(spec, 'Bands', before + subIndex);
  }
  if (section === 'prices' && typeof index === 'number') {
    const price = model.prices[index];
    const found = findTable(spec, 'Prices');
    const row = found?.table.rows.findIndex((r) => r[0]?.kind === 'text' && r[0].value === price?.sku && r[1]?.kind === 'text' && r[1].value === price?.tier) ?? -1;
    return rowOf(spec, 'Prices', row);
  }
  const table = typeof section === 'string' ? TABLES[section] : undefined;
  return table && typeof index === 'number' ? rowOf(spec, table, index) : undefined;
}

const toCheck = (model: Model, spec: WorkbookSpec | null) => (b: Breach): Check => {
  const location = spec ? locateBreach(model, spec, b.path) : undefined;
  const check: Check = { message: b.message, severity: b.severity === 'error' ? 'breach' : 'warning' };
  return location ? { ...check, location } : check;
};

/** Every breach of the model's guardrails and of its quote, the breaches first; without a description, no locations. */
export function guardrailChecks(model: Model, spec: WorkbookSpec | null): readonly Check[] {
  const breaches = [...checkModel(model), ...checkQuote(model)];
  return breaches.map(toCheck(model, spec)).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'breach' ? -1 : 1));
}
