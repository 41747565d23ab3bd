/**
 * The Routes sheet's matrix: the vendor's pocket price as a share of list for every item (rows) through
 * every route and partner level (columns; deal not registered, no negotiated discount), at the tier, term
 * and quantity the sheet opens with (a bundle in its own tier): the engine's `pocketMatrix`, written as
 * figures. A live matrix would repeat the whole price chain per cell (some thirty formulas each); the
 * route table above prices any item live. Only the first `limit` items are priced and shown, so that the
 * cost follows the rows written.
 */
import { pocketMatrix, toNumber } from '../../engine';
import type { TableSpec } from '../spec';
import { col, numOrBlank, text } from './cells';
import { type BuildContext, uniqueHeaders } from './context';

export interface MatrixQuery {
  readonly tier: string;
  readonly term: string;
  readonly quantity: number;
}

export function matrixTable(ctx: BuildContext, at: { row: number; col: number }, query: MatrixQuery, limit: number): { table: TableSpec; shown: number; total: number } {
  const { model } = ctx;
  const matrix = pocketMatrix(model, { ...query, limit });
  const total = model.products.length + model.bundles.length;
  const headers = uniqueHeaders(
    matrix.routes.map((r) => ({ name: r.label, id: r.level === null ? r.channel : `${r.channel}.${r.level}` })),
    ['Item', 'Kind', 'Best route'],
  );
  const rows = matrix.rows.map((row) => {
    const shares = row.shares.map((s) => (s === null ? null : toNumber(s)));
    const best = shares.reduce<number | null>((b, s, k) => (s !== null && (b === null || s > (shares[b] ?? 0)) ? k : b), null);
    return [
      text(row.label),
      text('sku' in row.item ? 'product' : 'bundle'),
      text(best === null ? '' : (matrix.routes[best]?.label ?? '')),
      ...shares.map((s) => numOrBlank(s)),
    ];
  });
  const table: TableSpec = {
    name: 'PocketMatrix',
    at,
    style: 'TableStyleLight9',
    caption: `Vendor pocket price as a share of list: tier ${query.tier} (a bundle in its own), term ${query.term}, quantity ${query.quantity}, deal not registered, no discount (the engine’s figures when built)`,
    columns: [col('Item', 'text', 'label'), col('Kind', 'text', 'label'), col('Best route', 'text', 'label'), ...headers.map((h) => col(h, 'percent', 'label'))],
    rows,
  };
  return { table, shown: rows.length, total };
}
