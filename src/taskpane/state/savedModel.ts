/**
 * The model saved with a workbook, as the pane finds it at startup. One the pane cannot open (not of a
 * model's shape) is never replaced on its own: it stays in the workbook until the user, told what is
 * wrong with it, exports it or chooses to start over.
 */
import { loadModel } from '../../engine/model/loadModel';
import type { ModelInput } from '../../engine/model/schema';
import { checkModelShape } from './modelFile';

/**
 * A saved model the pane cannot open: as it was read, and what is wrong with it (path first, with the
 * value); or, when it could not be read at all (`readFailed`), why not.
 */
export interface UnreadableModel {
  readonly saved: unknown;
  readonly issues: readonly string[];
  readonly readFailed?: true;
}


const MAX_SHOWN = 20;

export type SavedModel = { readonly ok: true; readonly model: ModelInput | null } | { readonly ok: false; readonly unreadable: UnreadableModel };

/**
 * What the pane can do with the model saved in the workbook: open it (any model of the right shape,
 * whatever else is wrong in it), or keep it aside with the engine's issues (each names the field and the
 * value at fault; the shape check's places when the engine finds nothing to say).
 */
export function readSavedModel(saved: unknown): SavedModel {
  if (saved === null || saved === undefined) return { ok: true, model: null };
  const shaped = checkModelShape(saved, 'The saved model');
  if (shaped.ok) return { ok: true, model: shaped.model };
  const found = issuesAt(shaped.issues ?? [], engineIssues(saved));
  if (found.length === 0) found.push(shaped.message);
  const issues = found.length > MAX_SHOWN ? [...found.slice(0, MAX_SHOWN), `and ${found.length - MAX_SHOWN} more`] : found;
  return { ok: false, unreadable: { saved, issues } };
}

/**
 * For each place the shape check found wrong, the engine's issues there (they name the value), or the
 * shape check's own words where the engine has none. The engine's other issues (a price whose product
 * was set aside) follow from these and are left out.
 */
function issuesAt(shapeIssues: readonly string[], engine: readonly { path: string; message: string }[]): string[] {
  const out: string[] = [];
  for (const shapeIssue of shapeIssues) {
    const path = shapeIssue.slice(0, shapeIssue.indexOf(': '));
    const within = (p: string): boolean => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`);
    const there = engine.filter((i) => within(i.path)).map((i) => i.message);
    for (const message of there.length > 0 ? there : [shapeIssue]) if (!out.includes(message)) out.push(message);
  }
  return out;
}

/** The engine's issues with a model, or none if it cannot say (a file hostile enough to break it). */
function engineIssues(json: unknown): { path: string; message: string }[] {
  try {
    const loaded = loadModel(json);
    return loaded.ok ? [] : [...loaded.issues];
  } catch {
    return [];
  }
}
