/**
 * Load a model file: parse it with the zod schema, fill defaults, then check every cross-reference.
 * Every problem is reported at once: when some entries fail the schema, the rest of the model is still
 * checked (the faulty entries are set aside, their ids still count as known, paths keep their indices).
 */
import type { z } from 'zod';
import { defaultChannels, defaultLevels, defaultPersonas, defaultTerms, defaultTiers, minorUnitsOf } from './defaults';
import { IssueLog, type ModelIssue, isRecord, issue, pathOf, valueAt } from './issues';
import { modelMessages as m } from './messages';
import { type Model, ModelSchema } from './schema';
import { type Ids, collectIds, validateCatalog } from './validateCatalog';
import { validateBundles } from './validateBundles';
import { validateChannels } from './validateChannels';
import { validateDiscounts } from './validateDiscounts';
import { validateMarkets } from './validateMarkets';
import { validateQuote } from './validateQuote';
import { validateApprovals } from './validateApprovals';
import { validateShapes } from './validateShapes';
import { validateMix } from './validateMix';
import { validateScenarios } from './validateScenarios';

export type LoadResult =
  | { readonly ok: true; readonly model: Model; readonly warnings: readonly ModelIssue[] }
  | { readonly ok: false; readonly issues: readonly ModelIssue[]; readonly warnings: readonly ModelIssue[] };

type Parsed = z.output<typeof ModelSchema>;

/** Fill the optional parts of a parsed model with the defaults (see defaults.ts). */
export function withDefaults(parsed: Parsed): Model {
  return {
    ...parsed,
    personas: parsed.personas ?? defaultPersonas.map((p) => ({ ...p })),
    tiers: parsed.tiers ?? defaultTiers.map((t) => ({ ...t, personas: [...t.personas] })),
    terms: parsed.terms ?? defaultTerms.map((t) => ({ ...t })),
    levels: parsed.levels ?? defaultLevels.map((l) => ({ ...l })),
    channels: parsed.channels ?? defaultChannels.map((c) => ({ ...c })),
    rounding: { ...parsed.rounding, minorUnits: parsed.rounding.minorUnits ?? minorUnitsOf(parsed.currency) },
  };
}

const SECTIONS = ['personas', 'tiers', 'terms', 'products', 'prices', 'ladders', 'priceLadders', 'bundles', 'levels', 'channels', 'scenarios'] as const;
const ID_KEYS: Record<string, { key: string; ids: keyof Ids }> = {
  personas: { key: 'id', ids: 'personas' },
  tiers: { key: 'id', ids: 'tiers' },
  terms: { key: 'id', ids: 'terms' },
  products: { key: 'sku', ids: 'products' },
  ladders: { key: 'id', ids: 'ladders' },
  priceLadders: { key: 'id', ids: 'priceLadders' },
  bundles: { key: 'id', ids: 'bundles' },
  levels: { key: 'id', ids: 'levels' },
  channels: { key: 'id', ids: 'channels' },
};



/** The input with every entry that failed the schema set aside; `kept[section]` maps new index → old. */
function setAside(input: Record<string, unknown>, errors: readonly z.core.$ZodIssue[]) {
  const bad = new Map<string, Set<number>>();
  const badKeys = new Set<string>();
  const badQuoteKeys = new Set<string>(); // the quote's own fields (its date, vendor, …): set aside alone, its lines still checked
  for (const e of errors) {
    const [head, second, third] = e.path;
    if (typeof head !== 'string') continue;
    if (head === 'quote' && second === 'lines' && typeof third === 'number') bad.set('lines', (bad.get('lines') ?? new Set()).add(third));
    else if (head === 'quote' && typeof second === 'string' && second !== 'lines') badQuoteKeys.add(second);
    else if (head === 'mix' && second === 'rows' && typeof third === 'number') bad.set('rows', (bad.get('rows') ?? new Set()).add(third));
    else if ((SECTIONS as readonly string[]).includes(head) && typeof second === 'number') bad.set(head, (bad.get(head) ?? new Set()).add(second));
    else badKeys.add(head);
  }
  const copy: Record<string, unknown> = { ...input };
  const kept = new Map<string, number[]>();
  const dropped: { section: string; item: unknown; index: number }[] = [];
  const filter = (section: string, list: unknown): unknown => {
    const drop = bad.get(section);
    if (!drop || !Array.isArray(list)) return list;
    const indices = list.map((_, i) => i).filter((i) => !drop.has(i));
    kept.set(section, indices);
    list.forEach((item, index) => drop.has(index) && dropped.push({ section, item, index }));
    return indices.map((i) => list[i]);
  };
  for (const section of SECTIONS) if (section in copy) copy[section] = filter(section, copy[section]);
  if (isRecord(copy.quote)) {
    const quote: Record<string, unknown> = { ...copy.quote, lines: filter('lines', copy.quote.lines) };
    for (const key of badQuoteKeys) delete quote[key];
    copy.quote = quote;
  }
  if (isRecord(copy.mix)) copy.mix = { ...copy.mix, rows: filter('rows', copy.mix.rows) };
  for (const key of badKeys) {
    if (key === 'currency') copy.currency = 'XXX';
    else delete copy[key];
  }
  return { copy, kept, dropped };
}

function remap(text: string, kept: ReadonlyMap<string, number[]>): string {
  let out = text;
  for (const [section, indices] of kept) {
    const pattern = section === 'lines' ? /quote\.lines\[(\d+)\]/g : section === 'rows' ? /mix\.rows\[(\d+)\]/g : new RegExp(`(?<![.\\w])${section}\\[(\\d+)\\]`, 'g');
    out = out.replace(pattern, (match: string, n: string) => match.replace(`[${n}]`, `[${indices[Number(n)] ?? n}]`));
  }
  return out;
}

function crossCheck(model: Model, log: IssueLog, dropped: readonly { section: string; item: unknown; index: number }[]): void {
  const ids = collectIds(log, model);
  for (const d of dropped) {
    const spec = ID_KEYS[d.section];
    const id = spec && isRecord(d.item) ? d.item[spec.key] : undefined;
    if (spec && typeof id === 'string' && !ids[spec.ids].has(id)) ids[spec.ids].set(id, `${d.section}[${d.index}]`);
  }
  validateCatalog(log, model, ids);
  validateShapes(log, model, ids);
  validateBundles(log, model, ids);
  validateChannels(log, model);
  validateDiscounts(log, model);
  validateMarkets(log, model, ids);
  validateQuote(log, model, ids);
  validateApprovals(log, model);
  validateMix(log, model, ids);
  validateScenarios(log, model, ids);
}

export function loadModel(json: unknown): LoadResult {
  if (!isRecord(json)) return { ok: false, issues: [issue('(model)', m.notAnObject(), json)], warnings: [] };
  const parsed = ModelSchema.safeParse(json);
  const log = new IssueLog();
  if (parsed.success) {
    const model = withDefaults(parsed.data);
    crossCheck(model, log, []);
    return log.errors.length === 0 ? { ok: true, model, warnings: log.warnings } : { ok: false, issues: log.errors, warnings: log.warnings };
  }
  const schemaIssues = parsed.error.issues.map((e) => {
    // A record key at fault (a term id in fixed prices, a SKU in a line's components): its own message and the key.
    if (e.code === 'invalid_key' && e.issues[0] !== undefined) {
      const key = e.path[e.path.length - 1];
      return issue(pathOf(e.path), m.schema(e.issues[0].message, key), key);
    }
    const value = valueAt(json, e.path);
    return issue(pathOf(e.path), m.schema(e.message, value), value);
  });
  const { copy, kept, dropped } = setAside(json, parsed.error.issues);
  const retry = ModelSchema.safeParse(copy);
  if (retry.success) crossCheck(withDefaults(retry.data), log, dropped);
  const fix = (list: readonly ModelIssue[]): ModelIssue[] =>
    list.map((i) => ({ ...i, path: remap(i.path, kept), message: remap(i.message, kept) }));
  return { ok: false, issues: [...schemaIssues, ...fix(log.errors)], warnings: fix(log.warnings) };
}
