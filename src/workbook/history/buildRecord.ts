/**
 * One row of a workbook's change history: when a build ran, which model it wrote (its fingerprint and
 * name), who ran it where, and what changed since the build before.
 */

/** Where a build ran. */
export type BuildPlace = 'Excel add-in' | 'CLI' | 'Playground';
export const BUILD_PLACES: readonly BuildPlace[] = ['Excel add-in', 'CLI', 'Playground'];

export interface BuildRecord {
  /** When the build ran: ISO 8601 in UTC, e.g. 2026-11-30T12:00:00.000Z. */
  readonly at: string;
  /** The model's fingerprint (modelFingerprint). */
  readonly fingerprint: string;
  /** Who ran it, where the host says (Excel: the workbook's last author; the CLI: the OS user); may be ''. */
  readonly by: string;
  readonly where: BuildPlace;
  /** The model's name. */
  readonly model: string;
  /** What changed since the previous build, in one line ('First build' for the first). */
  readonly changes: string;
}

/** The summary of the first build a workbook records. */
export const FIRST_BUILD = 'First build';

/** JSON with every object's keys sorted, so that equal models give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Hex digits of the fingerprint. */
export const FINGERPRINT_LENGTH = 16;

/**
 * The first 16 hex digits of the SHA-256 of the model's canonical JSON, through Web Crypto
 * (`crypto.subtle`: Node 20 and later, browsers, and the webviews Office runs add-ins in).
 */
export async function modelFingerprint(model: unknown): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new Error('Web Crypto (crypto.subtle) is not available here: the model cannot be fingerprinted.');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(model)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, FINGERPRINT_LENGTH);
}
