/**
 * The change history as the model sheet keeps it: every build's record and the model the last build
 * wrote, as JSON in chunks down a column of its own (registry.ts HISTORY_JSON_COL).
 *
 * Why there and not the History sheet's table: the History sheet is a visible sheet a user may sort,
 * filter, delete rows from or type over; the very hidden model sheet is Tiercraft's alone (users do not
 * see it), like the model it already keeps. So a rebuild writes the history from this record, whatever
 * was done to the History table, and the comparison runs against the model the last build wrote,
 * not against the stored model, which the task pane saves after every edit between two builds.
 */
import type { ModelInput } from '../../engine/model/schema';
import { BUILD_PLACES, type BuildPlace, type BuildRecord } from './buildRecord';

export interface StoredHistory {
  /** Every build's record, oldest first. */
  readonly records: readonly BuildRecord[];
  /** The model the last build wrote (as written), or null when none is recorded. */
  readonly built: ModelInput | null;
}

export const NO_HISTORY: StoredHistory = { records: [], built: null };

/** Format marker of the JSON. */
const HISTORY_VERSION = 1;

export const historyJson = (history: StoredHistory): string => JSON.stringify({ version: HISTORY_VERSION, records: history.records, built: history.built });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlace = (v: unknown): v is BuildPlace => (BUILD_PLACES as readonly unknown[]).includes(v);

/** A record read back, or null when it is not one (a damaged entry is dropped, the others kept). */
function buildRecordOf(v: unknown): BuildRecord | null {
  if (!isRecord(v)) return null;
  const { at, fingerprint, by, where, model, changes } = v;
  if (typeof at !== 'string' || typeof fingerprint !== 'string' || typeof by !== 'string' || !isPlace(where) || typeof model !== 'string' || typeof changes !== 'string') return null;
  return { at, fingerprint, by, where, model, changes };
}

/** The history from its JSON: none for null; broken JSON gives none too (the build goes on, and says so). */
export function parseStoredHistory(json: string | null): StoredHistory & { readonly damaged: boolean } {
  if (json === null || json === '') return { ...NO_HISTORY, damaged: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ...NO_HISTORY, damaged: true };
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.records)) return { ...NO_HISTORY, damaged: true };
  const records = parsed.records.map(buildRecordOf);
  const kept = records.filter((r): r is BuildRecord => r !== null);
  return { records: kept, built: isRecord(parsed.built) ? (parsed.built as ModelInput) : null, damaged: kept.length < records.length };
}
