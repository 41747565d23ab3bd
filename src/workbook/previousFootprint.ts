/**
 * What a previous build left on one of Tiercraft's sheets, as both renderers find it in a workbook: its
 * tables where they stand now (a user may have moved one), the loose cells the registry recorded (for a
 * registry built before its `Cells` column: the cells every build writes), the caption cell above each
 * table, and on the model sheet both JSON slots down to the last used row (a save may have made them
 * longer than the last build).
 */
import { type Footprint, cellAbove } from './footprint';
import type { Rect } from './rects';
import { modelSlotsRect } from './registry';
import type { CellAddress, SheetKey } from './spec';

const row = (r: number, col: number, lastCol = col): Rect => ({ row: r, col, lastRow: r, lastCol });

/** The loose cells every build wrote before the registry recorded them. */
function unrecorded(key: SheetKey, tables: Footprint['tables']): Rect[] {
  const out: Rect[] = [{ row: 0, col: 0, lastRow: 1, lastCol: 0 }];
  if (key === 'quote') {
    out.push(row(2, 0, 1));
    const lines = tables.find((t) => t.name.toLowerCase() === 'quotelines');
    if (lines && lines.rect.row > 0) out.push(row(lines.rect.row - 1, lines.rect.col, lines.rect.lastCol));
  }
  return out;
}

export function previousFootprint(key: SheetKey, tables: Footprint['tables'], recorded: readonly Rect[] | null, lastUsedRow: number): Footprint {
  const slots = key === 'model' ? modelSlotsRect(lastUsedRow) : null;
  const cells = [...(recorded ?? unrecorded(key, tables)), ...tables.flatMap((t) => cellAbove(t.rect)), ...(slots ? [slots] : [])];
  return { tables, cells };
}

/** Lower-case table name → header cell, for describeWorkbook to keep each table where it stands. */
export function anchorsOf(footprints: Iterable<Footprint>): Map<string, CellAddress> {
  const out = new Map<string, CellAddress>();
  for (const f of footprints) for (const t of f.tables) out.set(t.name.toLowerCase(), { row: t.rect.row, col: t.rect.col });
  return out;
}
