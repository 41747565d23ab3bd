/**
 * A mix read from and written to CSV: one row per line of the book, the header naming the columns
 * (item, tier, term, channel, level, dealRegistration, quantity, discount; any case, any order). The
 * item column holds a SKU or a bundle id: rows are read as SKUs and resolveMixItems turns those that
 * name no product but a bundle into bundle rows. Issues name the row as a spreadsheet numbers it (the
 * header is row 1) and the column.
 */
import Papa from 'papaparse';
import type { Model } from '../model/schema';
import type { Mix, MixRow } from '../model/scenarioSchema';
import { compareMessages as m } from './messages';

export const MIX_COLUMNS = ['item', 'tier', 'term', 'channel', 'level', 'dealRegistration', 'quantity', 'discount'] as const;
type Column = (typeof MIX_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['item', 'term', 'channel', 'quantity'];

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0', '']);

/** Header cells → column index; issues for unknown, missing and repeated columns. */
function readHeader(header: readonly string[], problem: (reason: string) => void): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  header.forEach((cell, i) => {
    const name = cell.trim();
    const column = MIX_COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (column === undefined) {
      if (name !== '') problem(m.csvUnknownColumn(name));
    } else if (columns.has(column)) problem(m.csvDuplicateColumn(column));
    else columns.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  for (const c of missing) problem(m.csvMissingColumn(c));
  return missing.length === 0 ? columns : null;
}

/**
 * A number cell (a discount may be written 15%); null when it is not one. In a file separated by
 * semicolons (Excel's CSV where the comma is the decimal separator) a comma is the decimal point (12,5%)
 * and dots before it group thousands (1.000,5); a dot alone stays a decimal point (Excel writes General
 * numbers without grouping). In a comma-separated file a comma groups thousands ("1,000").
 */
function numberCell(text: string, percentAllowed: boolean, decimalComma: boolean): number | null {
  const percent = percentAllowed && text.endsWith('%');
  const raw = (percent ? text.slice(0, -1) : text).trim();
  const body = !decimalComma ? raw.replace(/,/g, '') : raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : raw;
  if (!NUMBER.test(body)) return null;
  const value = Number(body);
  return percent ? Number((value / 100).toPrecision(15)) : value;
}

export function parseMixCsv(text: string, source = 'mix.csv'): { mix: Mix | null; issues: string[] } {
  const issues: string[] = [];
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  // A file of one column (or none) has no delimiter to detect; the comma is right then.
  for (const e of parsed.errors.filter((x) => x.code !== 'UndetectableDelimiter')) issues.push(e.row === undefined ? m.csvFile(source, m.csvParse(e.message)) : m.csvCell(source, e.row + 1, 'row', m.csvParse(e.message)));
  const [header, ...data] = parsed.data;
  const decimalComma = parsed.meta.delimiter === ';';
  if (header === undefined || header.every((c) => c.trim() === '')) return { mix: null, issues: [...issues, m.csvFile(source, m.csvEmpty())] };
  const columns = readHeader(header, (reason) => issues.push(m.csvFile(source, reason)));
  if (columns === null) return { mix: null, issues };
  const rows: MixRow[] = [];
  data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row = i + 2;
    const cell = (c: Column): string => {
      const at = columns.get(c);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const fail = (c: Column, reason: string): null => {
      issues.push(m.csvCell(source, row, c, reason));
      return null;
    };
    const required = (c: Column): string | null => (cell(c) === '' ? fail(c, m.csvRequired()) : cell(c));
    const item = required('item');
    const term = required('term');
    const channel = required('channel');
    const quantityText = required('quantity');
    let quantity: number | null = null;
    if (quantityText !== null) {
      quantity = numberCell(quantityText, false, decimalComma);
      if (quantity === null) fail('quantity', m.csvNotANumber(quantityText));
      else if (!(quantity > 0)) quantity = fail('quantity', m.csvNotPositive(quantityText));
    }
    let discount: number | null = 0;
    if (cell('discount') !== '') {
      discount = numberCell(cell('discount'), true, decimalComma);
      if (discount === null) fail('discount', m.csvNotANumber(cell('discount')));
      else if (!(discount >= 0 && discount <= 1)) discount = fail('discount', m.csvNotARate(cell('discount')));
    }
    const registration = cell('dealRegistration').toLowerCase();
    const dealRegistration = TRUE.has(registration) ? true : FALSE.has(registration) ? false : fail('dealRegistration', m.csvNotABoolean(cell('dealRegistration')));
    if (item === null || term === null || channel === null || quantity === null || discount === null || dealRegistration === null) return;
    const tier = cell('tier');
    const level = cell('level');
    rows.push({ item: { sku: item }, ...(tier === '' ? {} : { tier }), term, channel, ...(level === '' ? {} : { level }), dealRegistration, quantity, discount });
  });
  return { mix: issues.length === 0 ? { name: 'Mix', rows } : null, issues };
}

/**
 * Rows whose item names a SKU the model does not have but a bundle it does become bundle rows (a SKU
 * wins when both exist); the rest are unchanged, so an unknown item is reported by validation as a
 * missing product.
 */
export function resolveMixItems(model: Model, rows: readonly MixRow[]): MixRow[] {
  const skus = new Set(model.products.map((p) => p.sku));
  const bundles = new Set(model.bundles.map((b) => b.id));
  return rows.map((row) => ('sku' in row.item && !skus.has(row.item.sku) && bundles.has(row.item.sku) ? { ...row, item: { bundle: row.item.sku } } : row));
}

/** The mix as CSV with the columns of MIX_COLUMNS (its name and partner purchases are not rows, so not written). */
export function mixToCsv(mix: Mix): string {
  const data = mix.rows.map((r) => [
    'sku' in r.item ? r.item.sku : r.item.bundle,
    r.tier ?? '',
    r.term,
    r.channel,
    r.level ?? '',
    r.dealRegistration ? 'true' : 'false',
    String(r.quantity),
    String(r.discount),
  ]);
  return Papa.unparse({ fields: [...MIX_COLUMNS], data }, { newline: '\n' });
}
