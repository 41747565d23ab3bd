/** Legal, unique sheet and table names (Excel's rules, which LibreOffice shares). */

/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;
/** Characters Excel forbids in sheet names. */
const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/g;
/** Excel reserves this name. */
const RESERVED_SHEET_NAMES = ['history'];

/** Why a sheet name is not legal, or null when it is. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return 'a sheet name must not be blank';
  if (name.length > MAX_SHEET_NAME) return `a sheet name must be at most ${MAX_SHEET_NAME} characters ('${name}' has ${name.length})`;
  const bad = name.match(FORBIDDEN_SHEET_CHARS);
  if (bad) return `a sheet name must not contain ${bad.map((c) => `'${c}'`).join(', ')} ('${name}')`;
  if (name.startsWith("'") || name.endsWith("'")) return `a sheet name must not start or end with an apostrophe ('${name}')`;
  if (RESERVED_SHEET_NAMES.includes(name.toLowerCase())) return `'${name}' is reserved by Excel`;
  return null;
}

/**
 * A legal sheet name close to `wanted`: forbidden characters become '-', apostrophes at the ends and
 * surrounding blanks are dropped, it is cut to 31 characters, and a blank or reserved name
 * becomes `fallback`.
 */
export function legalSheetName(wanted: string, fallback = 'Sheet'): string {
  let name = wanted.replace(FORBIDDEN_SHEET_CHARS, '-').replace(/[\u0000-\u001f]/g, ' ').trim();
  name = name.replace(/^'+|'+$/g, '').trim();
  name = name.slice(0, MAX_SHEET_NAME).trim();
  if (name === '' || RESERVED_SHEET_NAMES.includes(name.toLowerCase())) {
    return fallback === wanted ? 'Sheet' : legalSheetName(fallback, 'Sheet');
  }
  return name;
}

/** Case-insensitive key under which Excel compares sheet names. */
export const sheetNameKey = (name: string): string => name.toLocaleUpperCase('en-US');

/**
 * The first of `base`, `base (2)`, `base (3)` … (each cut to stay within 31 characters) that is not in
 * `taken` (compared case-insensitively).
 */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(sheetNameKey));
  const legal = legalSheetName(base);
  if (!used.has(sheetNameKey(legal))) return legal;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${legal.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

/** Makes every name legal and the list unique (case-insensitively), keeping order; later duplicates get (2), (3)… */
export function uniqueSheetNames(wanted: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of wanted) out.push(freeSheetName(name, out));
  return out;
}

/** Longest table name Excel accepts. */
export const MAX_TABLE_NAME = 255;

/**
 * A legal Excel table name from `wanted`: letters, digits, '_' and '.'; starts with a letter or '_'; not a
 * cell reference (A1, R1C1) nor 'C'/'R'; no spaces.
 */
export function legalTableName(wanted: string): string {
  let name = wanted.normalize('NFKD').replace(/[^A-Za-z0-9_.]+/g, '_').replace(/^_+|_+$/g, '');
  if (name === '' || !/^[A-Za-z_]/.test(name)) name = `T_${name}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) name = `T_${name}`;
  return name.slice(0, MAX_TABLE_NAME);
}

/** A legal table name from `wanted` not in `taken` (case-insensitive); adds _2, _3 … on a clash. */
export function uniqueTableName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toUpperCase()));
  const base = legalTableName(wanted);
  if (!used.has(base.toUpperCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
}
