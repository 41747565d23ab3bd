/** What every sheet builder needs: the loaded model and the final sheet names. */
import type { Model } from '../../engine/model/schema';
import { qualified } from '../a1';
import type { CellAddress, SheetKey } from '../spec';

export interface BuildContext {
  readonly model: Model;
  readonly names: Readonly<Record<SheetKey, string>>;
  /**
   * Where Tiercraft's tables stand in the workbook being updated, by table name in lower case: a rebuild
   * keeps each table where it is (a user may have moved it, and user formulas point at its cells).
   */
  readonly anchors?: ReadonlyMap<string, CellAddress>;
  /**
   * The model with each of its scenarios applied, when it has some: the values the live formulas may meet
   * once a scenario is selected, so that a formula whose shape depends on them (the bundle allocation's
   * scale, bundles.ts) fits every one.
   */
  readonly scenarioModels?: readonly Model[];
}

/** The header cell of table `name`: where it stands in the workbook being updated, else `otherwise`. */
export const place = (ctx: BuildContext, name: string, otherwise: CellAddress): CellAddress => ctx.anchors?.get(name.toLowerCase()) ?? otherwise;

/**
 * Where table `name` (`width` columns) stands: its place in the workbook being updated, unless a table
 * placed before it on the same rows (`placed`, which may have grown by columns since that workbook was
 * built) would now run into it; then at `otherwise`.
 */
export function placeClear(ctx: BuildContext, name: string, otherwise: CellAddress, width: number, placed: readonly { readonly at: CellAddress; readonly columns: readonly unknown[] }[]): CellAddress {
  const at = place(ctx, name, otherwise);
  const clash = placed.some((p) => at.row >= p.at.row - 1 && at.col < p.at.col + p.columns.length && p.at.col < at.col + width);
  return clash ? otherwise : at;
}

/** A reference to a range on a sheet, qualified by the sheet's name: 'Price book'!$A$5:$A$9. */
export const on = (ctx: BuildContext, key: SheetKey, ref: string): string => qualified(ctx.names[key], ref);

/** Unique headers: a repeated header gets its id appended, e.g. 'Annual (12m)'. */
export function uniqueHeaders(items: readonly { name: string; id: string }[], used: readonly string[] = []): string[] {
  const seen = new Set(used.map((u) => u.toLowerCase()));
  return items.map((it) => {
    let h = it.name;
    if (seen.has(h.toLowerCase())) h = `${it.name} (${it.id})`;
    for (let n = 2; seen.has(h.toLowerCase()); n += 1) h = `${it.name} (${it.id}) ${n}`;
    seen.add(h.toLowerCase());
    return h;
  });
}
