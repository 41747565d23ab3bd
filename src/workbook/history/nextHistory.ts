/**
 * The history a build writes: the records found in the workbook, and this build's record last.
 */
import { changeSummary, compareMessages, compareModels } from '../../engine';
import { loadModel } from '../../engine/model/loadModel';
import type { Model, ModelInput } from '../../engine/model/schema';
import { FIRST_BUILD, type BuildPlace, type BuildRecord } from './buildRecord';
import { comparisonParts, fingerprintOf, lastBuiltHere, pairParts, rememberBuiltHere } from './historyParts';
import type { StoredHistory } from './storedHistory';

export interface BuildSource {
  /** The model being built. */
  readonly model: Model;
  /** Who runs the build, where the host says ('' when it does not). */
  readonly by: string;
  readonly where: BuildPlace;
  /** When (default: now). */
  readonly at?: Date;
  /**
   * Awaited between the parts of the comparison with the last build (each model's guardrails, their
   * subjects and its price points, the two models' price points and settings compared, then the rest:
   * historyParts.ts), so that a page draws and answers input in between: a page passes one turn of
   * its event loop. Absent: the parts run one after the other.
   */
  readonly pause?: () => Promise<void>;
}

export interface FoundHistory extends StoredHistory {
  /** The model the workbook stores (parsed JSON), compared against when the last build's model is missing. */
  readonly stored?: unknown;
  /** The recorded history could not be read. */
  readonly damaged?: boolean;
}

/** Said of a build whose previous history could not be read. */
export const HISTORY_DAMAGED = 'The earlier history could not be read';

export { fingerprintOf };

const noPause = (): Promise<void> => Promise.resolve();

/**
 * What changed from `previous` (a model as stored, not yet validated; `known` when the model this page
 * built last is that model) to `next`, in one line.
 */
export async function changesSince(previous: unknown, next: Model, known: Model | null = null, pause: () => Promise<void> = noPause): Promise<string> {
  if (previous === null || previous === undefined) return FIRST_BUILD;
  const loaded = known === null ? loadModel(previous as ModelInput) : { ok: true as const, model: known };
  if (!loaded.ok) return 'Changes unknown: the previous model is not valid';
  // Each model's share, one part at a time, each in a turn of its own; each is kept with its model, so
  // that compareModels then finds them done (the pane may have worked them out already: historyParts.ts).
  const base = loaded.model;
  for (const part of [...comparisonParts(base), ...comparisonParts(next), ...pairParts(base, next)]) {
    await pause();
    part();
  }
  await pause();
  return changeSummary(compareModels(base, next));
}

/** Every record, this build's last: earlier records are kept as they were. */
export async function nextHistory(found: FoundHistory, build: BuildSource): Promise<BuildRecord[]> {
  // The first record says so, even in a workbook built before it kept a history.
  const previous = found.records.length === 0 ? null : (found.built ?? found.stored ?? null);
  const fingerprint = await fingerprintOf(build.model);
  // The model the last build recorded, built again: its fingerprint says so without comparing the two
  // models (for 1,000 products, both models' guardrails: about two seconds).
  const lastFingerprint = found.records.at(-1)?.fingerprint;
  const again = found.built !== null && found.built !== undefined && lastFingerprint === fingerprint;
  // The model this page built last, when the last record is its build (historyParts.ts).
  const here = lastBuiltHere();
  const known = here !== null && previous === found.built && lastFingerprint === here.fingerprint ? here.model : null;
  const changes = again ? compareMessages.noChanges() : await changesSince(previous, build.model, known, build.pause);
  rememberBuiltHere(fingerprint, build.model);
  const record: BuildRecord = {
    at: (build.at ?? new Date()).toISOString(),
    fingerprint,
    by: build.by,
    where: build.where,
    model: build.model.name,
    changes: found.damaged === true ? `${HISTORY_DAMAGED}. ${changes}` : changes,
  };
  return [...found.records, record];
}
