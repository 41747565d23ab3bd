/** Planning a build before anything is written: what to do on a name clash with a user's sheet (ask). */
import { freeSheetName } from '../names';
import type { WorkbookSpec } from '../spec';
import { WorkbookUnchangedError, officeMessages } from './messages';
import { type WorkbookState, sheetNamed } from './readState';
import { renameSpecSheets } from './renameSheets';

export type ClashChoice = 'rename' | 'cancel';

export interface ClashResolution {
  readonly spec: WorkbookSpec;
  readonly renamed: readonly { readonly wanted: string; readonly chosen: string }[];
}

/**
 * For every wanted name held by a sheet that is not the Tiercraft sheet it updates, the user's choice:
 * a free name (the description is renamed throughout), or cancel (throws WorkbookUnchangedError before
 * anything is written). `ours`: the ids of Tiercraft's sheets being updated.
 */
export async function resolveClashes(spec: WorkbookSpec, state: WorkbookState, ours: ReadonlySet<string>, onClash: (name: string) => Promise<ClashChoice>): Promise<ClashResolution> {
  const renames = new Map<string, string>();
  const renamed: { wanted: string; chosen: string }[] = [];
  const taken = [...state.sheets.map((s) => s.name), ...spec.sheets.map((s) => s.name)];
  for (const sheet of spec.sheets) {
    const holder = sheetNamed(state, sheet.name);
    if (!holder || ours.has(holder.id)) continue;
    const choice = await onClash(holder.name);
    if (choice !== 'rename') throw new WorkbookUnchangedError('clash', officeMessages.clashCancelled(holder.name));
    const chosen = freeSheetName(sheet.name, taken);
    taken.push(chosen);
    renames.set(sheet.name, chosen);
    renamed.push({ wanted: sheet.name, chosen });
  }
  return { spec: renameSpecSheets(spec, renames), renamed };
}
