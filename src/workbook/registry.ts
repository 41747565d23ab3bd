/**
 * How Tiercraft recognises its own sheets in a workbook (see spec.ts): the registry table on the model
 * sheet, the anchor formulas that follow renames, the model JSON in chunks, and the plan of sheet names
 * for a build into a workbook that may already hold sheets.
 */
import { qualified } from './a1';
import { parseFootprintCells } from './footprint';
import type { Rect } from './rects';
import { freeSheetName, legalSheetName, sheetNameKey, sheetNameProblem } from './names';
import { DEFAULT_SHEET_NAMES, SHEET_KEYS, type SheetKey } from './spec';

/** Excel table name of the registry on the model sheet. */
export const REGISTRY_TABLE = 'TiercraftRegistry';
/** Registry headers, in order. */
export const REGISTRY_HEADERS = ['Key', 'Sheet', 'Anchor', 'Tables', 'Cells'] as const;
/** Model sheet: registry header row (0-based) and column. */
export const REGISTRY_AT = { row: 3, col: 0 } as const;
/** Model sheet: column holding the model JSON (G, slot 1), header in row 4, chunks from row 5 down. */
export const MODEL_JSON_COL = 6;
export const MODEL_JSON_HEADER = 'Model JSON';
/** Model sheet: first row (0-based) of the JSON chunks, below the headers. */
export const MODEL_JSON_FIRST_ROW = REGISTRY_AT.row + 1;

/**
 * The model JSON has two slots, columns G and H; the cell MODEL_SLOT_AT (H3, labelled in G3) names the
 * one in use. A save writes the other slot, in as many requests as it takes, then names it in one last
 * small request, so a reader sees the old model or the new one, never a mix. A build writes slot 1.
 */
export type ModelSlot = 1 | 2;
export const MODEL_JSON_COLS: Readonly<Record<ModelSlot, number>> = { 1: MODEL_JSON_COL, 2: MODEL_JSON_COL + 1 };
export const MODEL_JSON_HEADERS: Readonly<Record<ModelSlot, string>> = { 1: MODEL_JSON_HEADER, 2: 'Model JSON (slot 2)' };
export const MODEL_SLOT_AT = { row: 2, col: MODEL_JSON_COL + 1 } as const;
export const MODEL_SLOT_LABEL_AT = { row: 2, col: MODEL_JSON_COL } as const;
export const MODEL_SLOT_LABEL = 'Model JSON slot in use';

/**
 * Model sheet: the change history (records and the model the last build wrote, history/storedHistory.ts)
 * as JSON in chunks down column I, header in row 4 beside the model slots. Every build rewrites it.
 */
export const HISTORY_JSON_COL = MODEL_JSON_COL + 2;
export const HISTORY_JSON_HEADER = 'Build history JSON';

/** The slot a pointer cell names; slot 1 when it names none (workbooks built before there were two). */
export const liveModelSlot = (pointer: unknown): ModelSlot => (pointer === 2 || pointer === '2' ? 2 : 1);
export const otherModelSlot = (slot: ModelSlot): ModelSlot => (slot === 1 ? 2 : 1);
/** Characters per JSON chunk; Excel's limit per cell is 32,767. */
export const MODEL_CHUNK_CHARS = 30000;
/** Text in A1 of the model sheet, the workbook's format marker. */
export const MODEL_SHEET_MARKER = 'Tiercraft model v1';

/** One row of the registry: a sheet Tiercraft created. */
export interface RegistryEntry {
  readonly key: SheetKey;
  /** The sheet's current name (from the anchor formula when present). */
  readonly sheet: string;
  readonly tables: readonly string[];
  /** Tiercraft's cells outside its tables when last built (A1 rectangles), or null when not recorded. */
  readonly cells: readonly Rect[] | null;
}

/** The model JSON cut into chunks of at most `size` characters (at least one chunk). */
export function modelChunks(json: string, size = MODEL_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += size) chunks.push(json.slice(i, i + size));
  return chunks.length > 0 ? chunks : [''];
}

/** The chunks of a slot as read down its column: up to the first cell that holds no text. */
export function leadingChunks(cells: readonly unknown[]): string[] {
  const end = cells.findIndex((c) => typeof c !== 'string' || c === '');
  return (end < 0 ? cells : cells.slice(0, end)) as string[];
}

/** Joins chunks read back (blank trailing cells ignored). */
export function joinModelChunks(chunks: readonly (string | null | undefined)[]): string {
  return chunks.filter((c): c is string => typeof c === 'string').join('');
}

/** The anchor formula of a sheet: ='Price book'!$A$1. */
export const anchorFormula = (sheet: string): string => `=${qualified(sheet, '$A$1')}`;

/** The sheet name an anchor formula points at (after renames), or null if it is not an anchor. */
export function sheetOfAnchor(formula: string): string | null {
  const m = /^=?\s*(?:'((?:[^']|'')+)'|([^'!\s]+))!\$?A\$?1\s*$/.exec(formula);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

const isSheetKey = (v: string): v is SheetKey => (SHEET_KEYS as readonly string[]).includes(v);

/**
 * The registry from the rows of the registry table as read (Key, Sheet, Anchor formula text or value,
 * Tables). Unknown keys are ignored; the anchor's sheet wins over the stored name.
 */
export function parseRegistry(rows: readonly (readonly unknown[])[]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  for (const row of rows) {
    const [key, sheet, anchor, tables, cells] = row;
    if (typeof key !== 'string' || !isSheetKey(key)) continue;
    const fromAnchor = typeof anchor === 'string' ? sheetOfAnchor(anchor) : null;
    const name = fromAnchor ?? (typeof sheet === 'string' ? sheet : null);
    if (name === null || name === '') continue;
    const tableList = typeof tables === 'string' ? tables.split(',').map((t) => t.trim()).filter((t) => t !== '') : [];
    out.push({ key, sheet: name, tables: tableList, cells: typeof cells === 'string' && cells !== '' ? parseFootprintCells(cells) : null });
  }
  return out;
}

/** What a build will do with each sheet name. */
export interface SheetNamePlan {
  readonly names: Readonly<Record<SheetKey, string>>;
  /** Keys whose sheet exists and is Tiercraft's: updated in place. */
  readonly update: readonly SheetKey[];
  /** Keys whose wanted name was taken by a sheet Tiercraft did not create, and the free name chosen. */
  readonly renamed: readonly { readonly key: SheetKey; readonly wanted: string; readonly chosen: string }[];
}

/** A wanted sheet name is taken by a sheet Tiercraft did not create. */
export class SheetClashError extends Error {
  constructor(readonly key: SheetKey, readonly sheet: string) {
    super(`A sheet named '${sheet}' already exists and was not created by Tiercraft; it is left untouched. ` +
      'Choose another name for the ' + `${DEFAULT_SHEET_NAMES[key]} sheet or allow renaming on a clash (--rename-on-clash).`);
    this.name = 'SheetClashError';
  }
}

export interface PlanOptions {
  /** Names asked for (options or the user); missing keys use the registry's current name, else the default. */
  readonly wanted?: Partial<Record<SheetKey, string>>;
  /** Sheets in the workbook now, in any case. */
  readonly existing: readonly string[];
  /** The workbook's registry (empty for a new workbook). */
  readonly registry: readonly RegistryEntry[];
  /** Pick a free name instead of failing when a wanted name is taken by a user's sheet. */
  readonly renameOnClash: boolean;
}

/**
 * Decides every sheet's name. A registered sheet that still exists keeps its (possibly renamed) name unless
 * a different name is asked for; a wanted name held by a sheet Tiercraft did not create is never reused:
 * it throws `SheetClashError`, or picks `freeSheetName` when `renameOnClash`. Throws a plain Error naming
 * the key when an asked-for name is not legal.
 */
export function planSheetNames(options: PlanOptions): SheetNamePlan {
  const existingKeys = new Set(options.existing.map(sheetNameKey));
  const registered = new Map<SheetKey, string>();
  for (const e of options.registry) if (existingKeys.has(sheetNameKey(e.sheet))) registered.set(e.key, e.sheet);
  const ours = new Set([...registered.values()].map(sheetNameKey));
  const names = {} as Record<SheetKey, string>;
  const taken = new Set<string>();
  const update: SheetKey[] = [];
  const renamed: { key: SheetKey; wanted: string; chosen: string }[] = [];
  for (const key of SHEET_KEYS) {
    const asked = options.wanted?.[key];
    if (asked !== undefined) {
      const problem = sheetNameProblem(asked);
      if (problem !== null) throw new Error(`Sheet name for ${key}: ${problem}`);
    }
    const current = registered.get(key);
    const wanted = legalSheetName(asked ?? current ?? DEFAULT_SHEET_NAMES[key], DEFAULT_SHEET_NAMES[key]);
    const wantedKey = sheetNameKey(wanted);
    const ownSheet = current !== undefined && sheetNameKey(current) === wantedKey;
    const clashesWithUser = existingKeys.has(wantedKey) && !ours.has(wantedKey);
    const clashesWithOther = taken.has(wantedKey) || (ours.has(wantedKey) && !ownSheet);
    let chosen = wanted;
    if (!ownSheet && (clashesWithUser || clashesWithOther)) {
      if (!options.renameOnClash) throw new SheetClashError(key, wanted);
      chosen = freeSheetName(wanted, [...options.existing, ...[...taken]]);
      renamed.push({ key, wanted, chosen });
    }
    if (current !== undefined) update.push(key);
    names[key] = chosen;
    taken.add(sheetNameKey(chosen));
  }
  return { names, update, renamed };
}

/**
 * Both JSON slots of the model sheet, and the history column, down to `lastRow` (0-based): all
 * Tiercraft's, however long a save made them, so that a rebuild clears every chunk a longer model left.
 */
export function modelSlotsRect(lastRow: number): { row: number; col: number; lastRow: number; lastCol: number } | null {
  const cols = [...Object.values(MODEL_JSON_COLS), HISTORY_JSON_COL];
  return lastRow < MODEL_JSON_FIRST_ROW ? null : { row: MODEL_JSON_FIRST_ROW, col: Math.min(...cols), lastRow, lastCol: Math.max(...cols) };
}
