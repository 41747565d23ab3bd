/**
 * Validation of the model being edited, on every revision, by the model engine's loadModel: every
 * issue with the path of the field at fault, so that each message is shown beside its field. Only a
 * model without issues is handed on (to Build, to the quote, to the workbook).
 */
import { isPricingError } from '../../engine/errors';
import { compileDiscountLadder, compilePriceLadder } from '../../engine/ladder';
import { loadModel } from '../../engine/model/loadModel';
import type { ModelIssue } from '../../engine/model/issues';
import type { Model, ModelInput } from '../../engine/model/schema';
import { pathKey, type Path, type PathSegment } from './paths';

export interface FieldIssue {
  readonly path: Path;
  /** pathKey(path), the index of issues by field. */
  readonly key: string;
  /** The message without the path (the field it sits beside says where). */
  readonly message: string;
}

export interface Validation {
  /** The loaded model (defaults filled) when there are no issues; otherwise null. */
  readonly model: Model | null;
  readonly issues: readonly FieldIssue[];
  /** Things that look wrong but do not stop a build. */
  readonly warnings: readonly FieldIssue[];
}

export const fieldIssue = (path: Path, message: string): FieldIssue => ({ path, key: pathKey(path), message });

/** "bundles[2].components[0].sku" → ["bundles", 2, "components", 0, "sku"]; "(model)" → []. */
export function parseIssuePath(text: string): Path {
  if (text === '(model)') return [];
  const segments: PathSegment[] = [];
  const pattern = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(`"${match[3]}"`) as string);
  }
  return segments;
}

function toFieldIssue(i: ModelIssue): FieldIssue {
  const prefix = `${i.path}: `;
  return fieldIssue(parseIssuePath(i.path), i.message.startsWith(prefix) ? i.message.slice(prefix.length) : i.message);
}

const BAND_FIELDS: Readonly<Record<string, string>> = { 'Up to': 'upTo', Discount: 'discount', 'Unit price': 'unitPrice', 'Flat fee': 'flatFee' };

type Bands = readonly { readonly bands?: readonly unknown[] }[] | undefined;

/**
 * The ladder engine's own checks of each ladder's bands (sorted, no band after an unbounded one),
 * placed at the band and field they name ("band 2, Up to" → ladders[i].bands[1].upTo), for the
 * discount ladders and the price ladders alike.
 */
function bandIssues(list: 'ladders' | 'priceLadders', ladders: Bands, compile: (index: number) => void, known: ReadonlySet<string>): FieldIssue[] {
  const found: FieldIssue[] = [];
  (ladders ?? []).forEach((ladder, i) => {
    if (!Array.isArray(ladder?.bands) || ladder.bands.length === 0) return;
    if ([...known].some((k) => k.startsWith(`${list}.${i}.`))) return;
    try {
      compile(i);
    } catch (error) {
      if (!isPricingError(error)) throw error;
      const at = /^band (\d+), (.+)$/.exec(error.field ?? '');
      const path: Path = at ? [list, i, 'bands', Number(at[1]) - 1, BAND_FIELDS[at[2] ?? ''] ?? 'upTo'] : [list, i, 'bands'];
      found.push(fieldIssue(path, error.message));
    }
  });
  return found;
}

function ladderIssues(input: ModelInput, known: ReadonlySet<string>): FieldIssue[] {
  const discount = (i: number): void => {
    const ladder = input.ladders?.[i];
    if (ladder) compileDiscountLadder(ladder.bands.map((b) => ({ upTo: b.upTo ?? null, discount: b.discount })), ladder.mode);
  };
  const price = (i: number): void => {
    const ladder = input.priceLadders?.[i];
    if (ladder) compilePriceLadder(ladder.bands.map((b) => ({ upTo: b.upTo ?? null, unitPrice: b.unitPrice, flatFee: b.flatFee })), ladder.mode);
  };
  return [...bandIssues('ladders', input.ladders, discount, known), ...bandIssues('priceLadders', input.priceLadders, price, known)];
}

export function validateModel(input: ModelInput): Validation {
  const result = loadModel(input);
  const warnings = result.warnings.map(toFieldIssue);
  const issues = result.ok ? [] : result.issues.map(toFieldIssue);
  const all = [...issues, ...ladderIssues(input, new Set(issues.map((i) => i.key)))];
  return result.ok && all.length === 0 ? { model: result.model, issues: [], warnings } : { model: null, issues: all, warnings };
}
