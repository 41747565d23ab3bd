/**
 * The history a build writes: the records found in the workbook, and this build's record last.
 */
import { changeSummary, compareMessages, compareModels } from '../../engine';
import { loadModel } from '../../engine/model/loadModel';
import type { Model, ModelInput } from '../../engine/model/schema';
import { FIRST_BUILD, type BuildPlace, type BuildRecord, modelFingerprint } from './buildRecord';
import type { StoredHistory } from './storedHistory';

export interface BuildSource {
  /** The model being built. */
  readonly model: Model;
  /** Who runs the build, where the host says ('' when it does not). */
  readonly by: string;
  readonly where: BuildPlace;
  /** When (default: now). */
  readonly at?: Date;
}

export interface FoundHistory extends StoredHistory {
  /** The model the workbook stores (parsed JSON), compared against when the last build's model is missing. */
  readonly stored?: unknown;
  /** The recorded history could not be read. */
  readonly damaged?: boolean;
}

/** Said of a build whose previous history could not be read. */
export const HISTORY_DAMAGED = 'The earlier history could not be read';

/** The model a fingerprint is taken of: the loaded model, without the editor hint `$schema`. */
function fingerprinted(model: Model): Omit<Model, '$schema'> {
  const { $schema: _schema, ...meaning } = model;
  return meaning;
}

export const fingerprintOf = (model: Model): Promise<string> => modelFingerprint(fingerprinted(model));

/** What changed from `previous` (a model as stored, not yet validated) to `next`, in one line. */
export function changesSince(previous: unknown, next: Model): string {
  if (previous === null || previous === undefined) return FIRST_BUILD;
  const loaded = loadModel(previous as ModelInput);
  if (!loaded.ok) return 'Changes unknown: the previous model is not valid';
  return changeSummary(compareModels(loaded.model, next));
}

/** Every record, this build's last: earlier records are kept as they were. */
export async function nextHistory(found: FoundHistory, build: BuildSource): Promise<BuildRecord[]> {
  // The first record says so, even in a workbook built before it kept a history.
  const previous = found.records.length === 0 ? null : (found.built ?? found.stored ?? null);
  const fingerprint = await fingerprintOf(build.model);
  // The model the last build recorded, built again: its fingerprint says so without comparing the two
  // models (for 1,000 products, both models' guardrails: about two seconds).
  const again = found.built !== null && found.built !== undefined && found.records.at(-1)?.fingerprint === fingerprint;
  const changes = again ? compareMessages.noChanges() : changesSince(previous, build.model);
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
