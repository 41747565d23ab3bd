/**
 * Tiercraft's own conditional formats on the sheets it updates, told apart from a user's. A rebuild
 * deletes only these: `ConditionalFormatCollection.clearAll()` "clears all conditional formats active on
 * the current specified range" (Microsoft's reference), so it would also take the cells of a user's own
 * format that overlaps a Tiercraft highlight.
 *
 * A format is Tiercraft's when it is of the custom type, applies to one range exactly a rule's of the
 * build that wrote it, and has that rule's formula. Everything used is ExcelApi 1.6
 * (learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection and …/excel.conditionalformat):
 * `range.conditionalFormats` is "a collection of all the conditional formats that are overlap the range",
 * loaded with `load('items/…')`; a format's `id`, `type` and `priority` ("the priority (or index) within the
 * conditional format collection"); `getRangeOrNullObject()` ("if the conditional format is applied to
 * multiple ranges, then this method returns an object with its isNullObject property set to true"), and
 * `custom.rule.formula`, read only on custom formats ("returns the custom conditional format properties if
 * the current conditional format is a custom type"); `delete()`.
 */
import { type Rect, parseRangeAddress, rectA1, rectOf } from '../rects';
import type { ConditionalFormatSpec } from '../spec';

export interface OwnRule {
  /** ConditionalFormat.id. */
  readonly id: string;
  /** The rule of the description it matches. */
  readonly spec: ConditionalFormatSpec;
  /** Its priority among the formats overlapping its own range, when it was read. */
  readonly priority: number;
  /** The format itself, to delete. */
  readonly format: Excel.ConditionalFormat;
}

export interface RuleSearch {
  readonly sheetId: string;
  /** The rules whose formats count as Tiercraft's. */
  readonly rules: readonly ConditionalFormatSpec[];
  /**
   * Whether a custom format with no formula yet on a rule's range counts too: a failed request may have
   * added a format without setting its formula, and a user cannot make a custom rule without one.
   */
  readonly halfWritten?: boolean;
}

const sameRect = (a: Rect, b: Rect): boolean => a.row === b.row && a.col === b.col && a.lastRow === b.lastRow && a.lastCol === b.lastCol;

/** Sheet names that Excel writes without quotes: `'Checks'!$B$5` and `Checks!$B$5` are one reference. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_A_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

/**
 * A formula in one spelling: the leading `=`, names and functions in upper case outside string literals,
 * and no quotes a sheet name does not need. Microsoft does not document how Excel spells a rule's formula
 * when it gives it back, so these harmless differences are not taken as another rule.
 */
export function canonicalFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const parts = body.split(/("(?:[^"]|"")*")/);
  const spelled = parts.map((part, i) =>
    i % 2 === 1 ? part : part.replace(/'((?:[^']|'')+)'!/g, (whole, name: string) => (PLAIN_NAME.test(name) && !LOOKS_LIKE_A_CELL.test(name) ? `${name}!` : whole)).toUpperCase(),
  );
  return `=${spelled.join('')}`;
}

/** The rule of `rules` a format applied to `rect` with `formula` is, if any (any rule there for a format with no formula when `halfWritten`). */
export function ruleOf(rules: readonly ConditionalFormatSpec[], rect: Rect, formula: string, halfWritten = false): ConditionalFormatSpec | undefined {
  const spelled = canonicalFormula(formula);
  const blank = halfWritten && formula.trim() === '';
  return rules.find((r) => sameRect(rectOf(r.range), rect) && (blank || canonicalFormula(r.formula) === spelled));
}

/**
 * Queues the read of every format overlapping the searched rules' ranges (one sync, shared with other
 * reads); what it returns queues, after that sync, the custom formats' ranges and formulas and says
 * whether they need a second sync (none when no custom format was found); the reader then gives each
 * search's own formats.
 */
export function queueOwnRules(context: Excel.RequestContext, searches: readonly RuleSearch[]): () => { readonly needsSync: boolean; readonly read: () => OwnRule[][] } {
  const loads = searches.map((s) => {
    const sheet = context.workbook.worksheets.getItem(s.sheetId);
    const rects = new Map<string, Rect>();
    for (const r of s.rules.map((rule) => rectOf(rule.range))) rects.set(rectA1(r), r);
    const collections = [...rects].map(([key, r]) => ({ key, formats: sheet.getRangeByIndexes(r.row, r.col, r.lastRow - r.row + 1, r.lastCol - r.col + 1).conditionalFormats.load('items/id,items/type,items/priority') }));
    return { search: s, collections };
  });
  return () => {
    const details = loads.map(({ search, collections }) => {
      const priorities = new Map<string, number>();
      const found = new Map<string, { format: Excel.ConditionalFormat; range: Excel.Range; rule: Excel.ConditionalFormatRule }>();
      for (const { key, formats } of collections) {
        for (const format of formats.items) {
          priorities.set(`${key}|${format.id}`, format.priority);
          if (format.type !== 'Custom' || found.has(format.id)) continue;
          found.set(format.id, { format, range: format.getRangeOrNullObject().load('address'), rule: format.custom.rule.load('formula') });
        }
      }
      return { search, priorities, found };
    });
    return {
      needsSync: details.some((d) => d.found.size > 0),
      read: () =>
        details.map(({ search, priorities, found }) =>
          [...found].flatMap(([id, { format, range, rule }]) => {
            if (range.isNullObject) return [];
            const rect = parseRangeAddress(range.address);
            const spec = ruleOf(search.rules, rect, rule.formula, search.halfWritten);
            return spec ? [{ id, spec, priority: priorities.get(`${rectA1(rect)}|${id}`) ?? 0, format }] : [];
          }),
        ),
    };
  };
}
