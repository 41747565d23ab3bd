/**
 * What a rebuild finds of the previous build before it writes anything: each registered Tiercraft sheet
 * with its tables where they stand now (a user may have moved one) and its cells outside the tables.
 * Only reads.
 */
import type { Footprint } from '../footprint';
import { previousFootprint } from '../previousFootprint';
import { sheetNameKey } from '../names';
import { type Rect, parseRangeAddress } from '../rects';
import type { SheetKey } from '../spec';
import type { RegistryEntry } from '../registry';
import type { SheetInfo, WorkbookState } from './readState';

export interface PreviousTable {
  readonly name: string;
  readonly rect: Rect;
  readonly style: string;
}

export interface PreviousSheet {
  readonly key: SheetKey;
  readonly sheet: SheetInfo;
  /** Tiercraft's tables on the sheet now (registered and still there), by lower-case name. */
  readonly tables: ReadonlyMap<string, PreviousTable>;
  /** Tiercraft's cells outside its tables: as the registry recorded them (else the title and note), and the caption above each table. */
  readonly cells: readonly Rect[];
}

export const footprintOf = (p: PreviousSheet): Footprint => ({ tables: [...p.tables.values()].map((t) => ({ name: t.name, rect: t.rect })), cells: p.cells });

/** Registered sheets that still exist, by key. */
export function registeredSheets(state: WorkbookState): Map<SheetKey, { sheet: SheetInfo; entry: RegistryEntry }> {
  const out = new Map<SheetKey, { sheet: SheetInfo; entry: RegistryEntry }>();
  for (const entry of state.registry) {
    const sheet = state.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(entry.sheet));
    if (sheet && !out.has(entry.key)) out.set(entry.key, { sheet, entry });
  }
  return out;
}


/** Reads every registered sheet's tables (two syncs; none when nothing is registered). */
export async function readPrevious(context: Excel.RequestContext, state: WorkbookState, keys: ReadonlySet<SheetKey>): Promise<Map<SheetKey, PreviousSheet>> {
  const registered = [...registeredSheets(state)].filter(([key]) => keys.has(key));
  if (registered.length === 0) return new Map();
  const collections = registered.map(([key, r]) => {
    const sheet = context.workbook.worksheets.getItem(r.sheet.id);
    // The model sheet is Tiercraft's alone: all of its JSON slots are its own, however long a save made them.
    const used = key === 'model' ? sheet.getUsedRangeOrNullObject(true).load('address') : null;
    return { key, r, tables: sheet.tables.load('items/name,items/style'), used };
  });
  await context.sync();
  const loads = collections.map(({ key, r, tables, used }) => {
    const ours = new Set(r.entry.tables.map((t) => t.toLowerCase()));
    const found = tables.items.filter((t) => ours.has(t.name.toLowerCase())).map((t) => ({ name: t.name, style: t.style, range: t.getRange().load('address') }));
    const lastRow = used && !used.isNullObject ? parseRangeAddress(used.address).lastRow : -1;
    return { key, r, found, lastRow };
  });
  await context.sync();
  return new Map(
    loads.map(({ key, r, found, lastRow }) => {
      const tables = found.map((t) => ({ name: t.name, style: t.style, rect: parseRangeAddress(t.range.address) }));
      const { cells } = previousFootprint(key, tables, r.entry.cells, lastRow);
      return [key, { key, sheet: r.sheet, tables: new Map(tables.map((t) => [t.name.toLowerCase(), t])), cells }];
    }),
  );
}
