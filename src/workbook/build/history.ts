/**
 * History sheet: one row per build, newest last — when it ran (ISO 8601, UTC), the model's fingerprint,
 * who ran it where, the model's name and what changed since the build before. Every cell is text (a
 * summary may start with '+' or '-'). The rows come from the record the model sheet keeps
 * (history/storedHistory.ts), so they are written again whole at every build: sorting or deleting rows
 * here changes nothing the next build writes.
 */
import type { BuildRecord } from '../history/buildRecord';
import type { SheetSpec, TableSpec } from '../spec';
import { col, HEADER_ROW, heading, sheet, text } from './cells';
import { type BuildContext, place } from './context';

export const HISTORY_TABLE = 'BuildHistory';
export const HISTORY_COLUMNS = ['When', 'Fingerprint', 'By', 'Where', 'Model', 'Changes'] as const;

export const HISTORY_NOTE =
  'Tiercraft adds a row here at every build, newest last: when (UTC), the model’s fingerprint, who built it where, and what changed since the build before. It rewrites the rows from its own record at every build.';

/** The History sheet for `records` (oldest first; none: an empty table). */
export function buildHistory(ctx: BuildContext, records: readonly BuildRecord[]): SheetSpec {
  const table: TableSpec = {
    name: HISTORY_TABLE,
    at: place(ctx, HISTORY_TABLE, { row: HEADER_ROW, col: 0 }),
    style: 'TableStyleLight9',
    caption: 'Builds',
    columns: HISTORY_COLUMNS.map((h) => col(h, 'text', 'label')),
    rows: records.map((r) => [text(r.at), text(r.fingerprint), text(r.by), text(r.where), text(r.model), text(r.changes)]),
  };
  return sheet({ key: 'history', name: ctx.names.history, tables: [table], cells: heading('Build history', HISTORY_NOTE), frozenCols: 0 });
}
