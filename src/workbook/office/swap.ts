/**
 * Swapping a finished build in, and putting the workbook back when anything fails.
 *
 * Excel has no transactions, and when one operation of a batch fails the operations before it stay
 * applied. So the swap is split into a reversible step and a final one:
 * 1. (reversible) the previous sheets and their tables are renamed to hidden backup names, the new
 *    sheets take the final names (Excel rewrites the formulas that reference them) and are shown;
 * 2. (final) the backups are deleted.
 * `restoreWorkbook` works from what is actually there (sheets by id, tables by name), so it undoes any
 * prefix of any batch: it shows and renames the original sheets back, deletes the sheets the build
 * created and gives the original tables their names back.
 */
import type { SheetInfo } from './readState';

export interface RenamePair {
  readonly from: string;
  readonly to: string;
}

/** A previous Tiercraft sheet being replaced. */
export interface Outgoing {
  readonly sheet: SheetInfo;
  readonly backupName: string;
  /** Its Tiercraft tables: name → backup name. */
  readonly tables: readonly RenamePair[];
}

/** A sheet written by the build under a temporary name. */
export interface Incoming {
  id: string | null;
  readonly tempName: string;
  readonly finalName: string;
  readonly visibility: 'Visible' | 'VeryHidden';
  /** Its tables: temporary name → final name. */
  readonly tables: readonly RenamePair[];
  /** Name Excel gives a copy of the previous sheet before it is renamed ('Price book (2)'), if copied. */
  readonly copyOf: string | null;
}

export interface SwapPlan {
  readonly outgoing: readonly Outgoing[];
  readonly incoming: readonly Incoming[];
}

/** Step 1: backups out of the way, new sheets in place. One sync. */
export async function swapIn(context: Excel.RequestContext, plan: SwapPlan): Promise<void> {
  const sheets = context.workbook.worksheets;
  for (const out of plan.outgoing) {
    for (const t of out.tables) context.workbook.tables.getItem(t.from).name = t.to;
    sheets.getItem(out.sheet.id).name = out.backupName;
  }
  for (const inc of plan.incoming) {
    const sheet = sheets.getItem(inc.id ?? inc.tempName);
    sheet.name = inc.finalName;
    for (const t of inc.tables) context.workbook.tables.getItem(t.from).name = t.to;
    sheet.visibility = inc.visibility;
  }
  for (const out of plan.outgoing) sheets.getItem(out.sheet.id).visibility = 'Hidden';
  await context.sync();
}

/** Step 2: the backups go. One sync. */
export async function dropBackups(context: Excel.RequestContext, plan: SwapPlan): Promise<void> {
  if (plan.outgoing.length === 0) return;
  for (const out of plan.outgoing) context.workbook.worksheets.getItem(out.sheet.id).delete();
  await context.sync();
}

/** Which backups still exist (after a failed step 2). One sync. */
export async function remainingBackups(context: Excel.RequestContext, plan: SwapPlan): Promise<Outgoing[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/id');
  await context.sync();
  const ids = new Set(sheets.items.map((s) => s.id));
  return plan.outgoing.filter((o) => ids.has(o.sheet.id));
}

const copyPattern = (name: string): RegExp => new RegExp(`^${name.slice(0, 26).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`, 'i');

/**
 * Puts the workbook back as it was before the build (`before`: every sheet then). Two syncs. Deletes
 * only sheets the build created: known ids, its temporary names, or Excel's name for a copy it made.
 */
export async function restoreWorkbook(context: Excel.RequestContext, before: readonly SheetInfo[], plan: SwapPlan): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();
  const current = worksheets.items;
  const beforeIds = new Map(before.map((s) => [s.id, s]));
  const createdIds = new Set(plan.incoming.map((i) => i.id).filter((id): id is string => id !== null));
  const tempNames = new Set(plan.incoming.map((i) => i.tempName.toLowerCase()));
  const copies = plan.incoming.flatMap((i) => (i.copyOf === null ? [] : [copyPattern(i.copyOf)]));
  const created = current.filter(
    (s) => !beforeIds.has(s.id) && (createdIds.has(s.id) || tempNames.has(s.name.toLowerCase()) || copies.some((p) => p.test(s.name))),
  );
  for (const s of current) {
    const was = beforeIds.get(s.id);
    if (was && was.visibility === 'Visible' && s.visibility !== 'Visible') worksheets.getItem(s.id).visibility = 'Visible';
  }
  for (const s of created) worksheets.getItem(s.id).delete();
  for (const s of current) {
    const was = beforeIds.get(s.id);
    if (!was) continue;
    if (was.name !== s.name) worksheets.getItem(s.id).name = was.name;
    if (was.visibility !== 'Visible' && s.visibility !== was.visibility) worksheets.getItem(s.id).visibility = was.visibility;
  }
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  for (const out of plan.outgoing) {
    for (const t of out.tables) if (tableNames.has(t.to.toLowerCase())) context.workbook.tables.getItem(t.to).name = t.from;
  }
  await context.sync();
}
