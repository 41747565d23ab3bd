/**
 * Read-back of the partner levels (PartnerLevels table), their rebate tiers (RebateTiers table, one row
 * per tier, by the level's id) and their co-op and MDF cap (LevelProgramme table, by the level's id): a
 * level keeps its stored tiers, co-op and cap when the workbook has no such table (built before it), and
 * has none when the table has no row for it. An MDF cap left blank is none.
 */
import type { ModelInput } from '../../engine/model/schema';
import type { RowReader } from './cells';
import { readMessages as m } from './messages';

type Levels = NonNullable<ModelInput['levels']>;

export function readLevels(
  stored: ModelInput,
  table: (name: string, required: readonly string[]) => RowReader[] | undefined,
  out: Record<string, unknown>,
  issues: string[],
): void {
  const levels = table('PartnerLevels', ['Level', 'Name', 'Discount']);
  const tiers = table('RebateTiers', ['Level', 'From', 'Rate']);
  const programme = table('LevelProgramme', ['Level', 'Co-op', 'MDF cap']);
  if (!levels && !tiers && !programme) return;
  const termsOf = new Map<string, { coop: number | undefined; mdfCap: number | undefined }>();
  for (const r of programme ?? []) {
    const id = r.id('Level', 'level id');
    if (id === undefined) continue;
    if (termsOf.has(id)) issues.push(m.repeatedLevel(r.where('Level'), id));
    termsOf.set(id, { coop: r.share('Co-op', 0), mdfCap: r.price('MDF cap', false) });
  }
  const storedOf = new Map((stored.levels ?? []).map((l) => [l.id, l]));
  const base = levels
    ? levels.map((r) => {
        const id = r.id('Level', 'level id');
        const before = id === undefined ? undefined : storedOf.get(id);
        const terms = id === undefined ? undefined : termsOf.get(id);
        const mdfCap = programme ? terms?.mdfCap : before?.mdfCap;
        // A workbook built before co-op keeps the stored one; 0, the default, is written only where the model file wrote it.
        const coop = programme ? terms?.coop : before?.coop;
        return {
          id,
          name: r.id('Name', 'level name'),
          discount: r.share('Discount', 0),
          dealRegistration: r.share('Deal registration', 0),
          rebate: r.share('Rebate', 0),
          mdf: r.share('MDF', 0),
          ...(coop === undefined || (coop === 0 && before?.coop === undefined) ? {} : { coop }),
          ...(mdfCap === undefined ? {} : { mdfCap }),
        };
      })
    : (stored.levels ?? []).map(({ rebateTiers: _, ...l }) => l);
  const ids = new Set(base.map((l) => l.id));
  for (const r of programme ?? []) {
    const id = r.id('Level', 'level id');
    if (id !== undefined && !ids.has(id)) issues.push(m.unknownLevel(r.where('Level'), id));
  }
  const tiersOf = new Map<string, { from: number | undefined; rate: number | undefined }[]>();
  for (const r of tiers ?? []) {
    const id = r.id('Level', 'level id');
    if (id === undefined) continue;
    if (!ids.has(id)) issues.push(m.unknownLevel(r.where('Level'), id));
    tiersOf.set(id, [...(tiersOf.get(id) ?? []), { from: r.price('From'), rate: r.share('Rate') }]);
  }
  out.levels = base.map((l) => {
    const before = l.id === undefined ? undefined : storedOf.get(l.id);
    const own = tiers ? tiersOf.get(l.id ?? '') : before?.rebateTiers;
    return { ...l, ...(own === undefined ? {} : { rebateTiers: own }) };
  }) as Levels;
}
