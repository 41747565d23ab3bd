/**
 * Tiercraft's defined names in Excel (`Tiercraft.ListPrice.…`, `Tiercraft.Quote.…`): read before a
 * build, pointed at their figures' new cells by it (the name stays, so formulas using it keep their
 * meaning), and put back by a restore. NamedItemCollection.add and NamedItem.delete: ExcelApi 1.4;
 * setting NamedItem.formula: ExcelApi 1.7.
 */
import { nameKey } from '../build/definedNames';
import type { DefinedNameSpec, SheetKey } from '../spec';
import type { Step } from './batcher';

export interface NameSnapshot {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
}

/** Queues the read of Tiercraft's names on the sheets of `keys`; the result is there after the next sync. */
export function queueNames(context: Excel.RequestContext, keys: ReadonlySet<SheetKey>): () => NameSnapshot[] {
  const names = context.workbook.names.load('items/name,items/formula,items/comment');
  return () => names.items.filter((n) => owned(n.name, keys)).map((n) => ({ name: n.name, formula: String(n.formula), comment: n.comment }));
}

const owned = (name: string, keys: ReadonlySet<SheetKey>): boolean => {
  const key = nameKey(name);
  return key !== null && keys.has(key);
};

/** Makes the workbook's names of `keys` those of `wanted`: formulas changed in place, new ones added, gone ones deleted. */
export function nameSteps(context: Excel.RequestContext, before: readonly NameSnapshot[], wanted: readonly DefinedNameSpec[], label: string): Step[] {
  const now = new Map(before.map((n) => [n.name.toLowerCase(), n]));
  const keep = new Set(wanted.map((n) => n.name.toLowerCase()));
  const gone = before.filter((n) => !keep.has(n.name.toLowerCase()));
  const changes = wanted.filter((n) => now.get(n.name.toLowerCase())?.formula !== n.formula);
  if (gone.length === 0 && changes.length === 0) return [];
  return [
    {
      bytes: [...gone, ...changes].reduce((sum, n) => sum + n.name.length + n.formula.length + 80, 100),
      label,
      queue: () => {
        const names = context.workbook.names;
        for (const n of gone) names.getItem(n.name).delete();
        for (const n of changes) {
          const existing = now.get(n.name.toLowerCase());
          if (existing) names.getItem(existing.name).formula = n.formula;
          else names.add(n.name, n.formula, n.comment);
        }
      },
    },
  ];
}

/** Puts the names back as `before`, whatever part of a build's changes went through (`current`: the names now). */
export function restoreNamesStep(context: Excel.RequestContext, before: readonly NameSnapshot[], current: readonly NameSnapshot[], keys: ReadonlySet<SheetKey>, label: string): Step {
  const was = new Map(before.map((n) => [n.name.toLowerCase(), n]));
  const now = new Map(current.filter((n) => owned(n.name, keys)).map((n) => [n.name.toLowerCase(), n]));
  return {
    bytes: [...before, ...current].reduce((sum, n) => sum + n.name.length + n.formula.length + 80, 100),
    label,
    queue: () => {
      const names = context.workbook.names;
      for (const [key, n] of now) if (!was.has(key)) names.getItem(n.name).delete();
      for (const [key, n] of was) {
        const live = now.get(key);
        // Set even when it reads the same: deleting a sheet the build added may have turned it into #REF! since.
        if (!live) names.add(n.name, n.formula, n.comment);
        else names.getItem(live.name).formula = n.formula;
      }
    },
  };
}
