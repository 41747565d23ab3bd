/**
 * Planning a build before anything is written: which sheets are Tiercraft's (the registry), what to do
 * on a name clash with a user's sheet (ask), and free temporary and backup names for sheets and tables.
 */
import { freeSheetName } from '../names';
import type { SheetKey, WorkbookSpec } from '../spec';
import { WorkbookUnchangedError, officeMessages } from './messages';
import type { SheetInfo, WorkbookState } from './readState';
import { sheetNamed } from './readState';
import { renameSpecSheets } from './renameSheets';

export type ClashChoice = 'rename' | 'cancel';

export interface ClashResolution {
  readonly spec: WorkbookSpec;
  readonly renamed: readonly { readonly wanted: string; readonly chosen: string }[];
  /** The previous Tiercraft sheet of each key being rebuilt, with its registered tables. */
  readonly previous: ReadonlyMap<SheetKey, { readonly sheet: SheetInfo; readonly tables: readonly string[] }>;
}

/**
 * Tiercraft's previous sheets (registry entries that still exist), and for every wanted name held by a
 * sheet Tiercraft did not create (or that is not being rebuilt) the user's choice: a free name, or
 * cancel (throws WorkbookUnchangedError before anything is written).
 */
export async function resolveClashes(spec: WorkbookSpec, state: WorkbookState, onClash: (name: string) => Promise<ClashChoice>): Promise<ClashResolution> {
  const specKeys = new Set<SheetKey>(spec.sheets.map((s) => s.key));
  const previous = new Map<SheetKey, { sheet: SheetInfo; tables: readonly string[] }>();
  for (const entry of state.registry) {
    const sheet = sheetNamed(state, entry.sheet);
    if (sheet && specKeys.has(entry.key) && !previous.has(entry.key)) previous.set(entry.key, { sheet, tables: entry.tables });
  }
  const replacedIds = new Set([...previous.values()].map((p) => p.sheet.id));
  const renames = new Map<string, string>();
  const renamed: { wanted: string; chosen: string }[] = [];
  const taken = [...state.sheets.map((s) => s.name), ...spec.sheets.map((s) => s.name)];
  for (const sheet of spec.sheets) {
    const holder = sheetNamed(state, sheet.name);
    if (!holder || replacedIds.has(holder.id)) continue;
    const choice = await onClash(holder.name);
    if (choice !== 'rename') throw new WorkbookUnchangedError('clash', officeMessages.clashCancelled(holder.name));
    const chosen = freeSheetName(sheet.name, taken);
    taken.push(chosen);
    renames.set(sheet.name, chosen);
    renamed.push({ wanted: sheet.name, chosen });
  }
  return { spec: renameSpecSheets(spec, renames, true), renamed, previous };
}
