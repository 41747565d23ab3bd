/**
 * "Read from workbook", the Office.js side: the values of Tiercraft's tables (as plain 2D grids, header
 * row first) and the stored model, for the pure read-back (src/workbook/read) to turn into a model.
 * Large tables are read in row chunks so that each response stays well under Excel on the web's 5 MB.
 */
import type { SheetKey } from '../spec';
import { REGISTRY_TABLE } from '../registry';
import { DEFAULT_REQUEST_BUDGET } from './batcher';
import { loadModel } from './modelStore';
import { readWorkbookState } from './readState';
import { parseRangeAddress } from './rects';

export interface TableValues {
  readonly sheet: string;
  readonly key: SheetKey;
  /** Header row first, then the data rows, as Excel reports the values. */
  readonly values: readonly (readonly unknown[])[];
}

export interface WorkbookInputs {
  /** The model stored in the workbook (parsed JSON, not validated), or null. */
  readonly model: unknown;
  /** Tiercraft's tables by Excel table name. */
  readonly tables: Readonly<Record<string, TableValues>>;
}

/** Bytes a response cell is assumed to take when sizing read chunks. */
const BYTES_PER_CELL = 24;

export async function readWorkbookInputs(context: Excel.RequestContext, options: { readonly responseBudget?: number } = {}): Promise<WorkbookInputs> {
  const budget = options.responseBudget ?? DEFAULT_REQUEST_BUDGET;
  const state = await readWorkbookState(context);
  const known = new Set(state.tables.map((t) => t.toLowerCase()));
  const wanted = state.registry.flatMap((e) =>
    e.key === 'model' ? [] : e.tables.filter((t) => t !== REGISTRY_TABLE && known.has(t.toLowerCase())).map((name) => ({ name, sheet: e.sheet, key: e.key })),
  );
  const located = wanted.map((t) => ({ ...t, range: context.workbook.tables.getItem(t.name).getRange().load('address') }));
  if (located.length > 0) await context.sync();
  const grids = new Map<string, unknown[][]>();
  let pending: { name: string; range: Excel.Range }[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await context.sync();
    for (const p of pending) (grids.get(p.name) as unknown[][]).push(...(p.range.values as unknown[][]));
    pending = [];
    pendingBytes = 0;
  };
  for (const t of located) {
    const rect = parseRangeAddress(t.range.address);
    const cols = rect.lastCol - rect.col + 1;
    const rowsPerChunk = Math.max(1, Math.floor(budget / 2 / (cols * BYTES_PER_CELL)));
    grids.set(t.name, []);
    const sheet = context.workbook.worksheets.getItem(t.sheet);
    for (let row = rect.row; row <= rect.lastRow; row += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, rect.lastRow - row + 1);
      if (pendingBytes + rows * cols * BYTES_PER_CELL > budget) await flush();
      pending.push({ name: t.name, range: sheet.getRangeByIndexes(row, rect.col, rows, cols).load('values') });
      pendingBytes += rows * cols * BYTES_PER_CELL;
    }
  }
  await flush();
  const model = await loadModel(context);
  const tables: Record<string, TableValues> = {};
  for (const t of located) tables[t.name] = { sheet: t.sheet, key: t.key, values: grids.get(t.name) ?? [] };
  return { model, tables };
}
