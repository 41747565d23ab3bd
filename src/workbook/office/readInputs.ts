/**
 * "Read from workbook", the Office.js side: the values of Tiercraft's tables (as plain 2D grids, header
 * row first) and the stored model, for the pure read-back (src/workbook/read) to turn into a model.
 * Large tables are read in row chunks, grouped so that each response stays well under Excel on the web's
 * 5 MB; the stored model is read from the slot the model sheet names (modelStore.ts).
 */
import type { ModelInput } from '../../engine/model/schema';
import { CUSTOMER_AT } from '../build/quote';
import { PARTNER_PURCHASES_AT } from '../build/programme';
import { SELECTOR_AT } from '../build/scenarioInputs';
import { cellName } from '../a1';
import type { GridValue, TableGrid } from '../read/cells';
import { readBack } from '../read/readBack';
import type { SheetKey } from '../spec';
import { REGISTRY_TABLE } from '../registry';
import { officeMessages } from './messages';
import { DEFAULT_REQUEST_BUDGET } from './batcher';
import { loadStoredModel } from './modelStore';
import { readWorkbookState } from './readState';
import { parseRangeAddress } from './rects';
import { groupBySize } from './requestGroups';

export interface TableValues extends TableGrid {
  readonly key: SheetKey;
}

export interface WorkbookInputs {
  /** The model stored in the workbook (parsed JSON, not validated), or null. */
  readonly model: unknown;
  /** Tiercraft's tables by Excel table name: where each is, and its values, header row first. */
  readonly tables: ReadonlyMap<string, TableValues>;
  /** The Quote sheet's customer cell, when there is a Quote sheet. */
  readonly customer?: GridValue;
  /** The Quote sheet's Partner purchases cell and its name, when there is a Quote sheet. */
  readonly partnerPurchases?: { readonly value: GridValue; readonly where: string };
  /** The Scenarios sheet's selector and its name, when there is a Scenarios sheet. */
  readonly scenario?: { readonly value: GridValue; readonly where: string };
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
  const quote = state.registry.find((e) => e.key === 'quote');
  const customerCell = quote ? context.workbook.worksheets.getItem(quote.sheet).getRangeByIndexes(CUSTOMER_AT.row, CUSTOMER_AT.col, 1, PARTNER_PURCHASES_AT.col - CUSTOMER_AT.col + 1).load('values') : null;
  const scenarios = state.registry.find((e) => e.key === 'scenarios');
  const selectorCell = scenarios ? context.workbook.worksheets.getItem(scenarios.sheet).getRangeByIndexes(SELECTOR_AT.row, SELECTOR_AT.col, 1, 1).load('values') : null;
  if (located.length > 0 || customerCell || selectorCell) await context.sync();
  const pieces = located.flatMap((t) => {
    const rect = parseRangeAddress(t.range.address);
    const cols = rect.lastCol - rect.col + 1;
    const rowsPerChunk = Math.max(1, Math.floor(budget / 2 / (cols * BYTES_PER_CELL)));
    return Array.from({ length: Math.ceil((rect.lastRow - rect.row + 1) / rowsPerChunk) }, (_, i) => {
      const row = rect.row + i * rowsPerChunk;
      return { name: t.name, sheet: t.sheet, row, col: rect.col, rows: Math.min(rowsPerChunk, rect.lastRow - row + 1), cols };
    });
  });
  const grids = new Map<string, unknown[][]>(located.map((t) => [t.name, []]));
  // Every read of a group is queued, then synced once; a workbook whose tables outgrow the budget takes
  // one request per group, on purpose: each response must stay well under Excel on the web's 5 MB.
  for (const group of groupBySize(pieces.map((p) => p.rows * p.cols * BYTES_PER_CELL), budget)) {
    const loads = pieces.slice(group.start, group.start + group.count).map((p) => ({
      name: p.name,
      range: context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.row, p.col, p.rows, p.cols).load('values'),
    }));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget-sized group of reads, not per table: Excel on the web caps a response at 5 MB (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)
    await context.sync(); // one bounded response per group (see above)
    for (const l of loads) (grids.get(l.name) as unknown[][]).push(...(l.range.values as unknown[][]));
  }
  const model = await loadStoredModel(context, state);
  const tables = new Map<string, TableValues>();
  for (const t of located) {
    const rect = parseRangeAddress(t.range.address);
    tables.set(t.name, { sheet: t.sheet, key: t.key, at: { row: rect.row, col: rect.col }, values: (grids.get(t.name) ?? []).map((row) => row.map(gridValue)) });
  }
  const selected = selectorCell && scenarios ? { scenario: { value: gridValue((selectorCell.values as unknown[][])[0]?.[0]), where: cellName(scenarios.sheet, SELECTOR_AT) } } : {};
  // One read of the customer's row: the customer (B3) and the partner's purchases (D3).
  const row = customerCell ? (customerCell.values as unknown[][])[0] : undefined;
  if (quote === undefined || row === undefined) return { model, tables, ...selected };
  const partnerPurchases = { value: gridValue(row[PARTNER_PURCHASES_AT.col - CUSTOMER_AT.col]), where: cellName(quote.sheet, PARTNER_PURCHASES_AT) };
  return { model, tables, customer: gridValue(row[0]), partnerPurchases, ...selected };
}

const gridValue = (v: unknown): GridValue => (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null);

/**
 * "Read from workbook": the model stored in the workbook updated with the edited input tables (see
 * read/readBack.ts, which throws ReadBackError listing every bad cell). Throws when there is no model.
 */
export async function readModelFromWorkbook(context: Excel.RequestContext): Promise<ModelInput> {
  const inputs = await readWorkbookInputs(context);
  if (inputs.model === null || typeof inputs.model !== 'object') throw new Error(officeMessages.noModelSheet);
  return readBack({
    stored: inputs.model as ModelInput,
    tables: inputs.tables,
    ...(inputs.customer === undefined ? {} : { customer: inputs.customer }),
    ...(inputs.partnerPurchases === undefined ? {} : { partnerPurchases: inputs.partnerPurchases }),
    ...(inputs.scenario === undefined ? {} : { scenario: inputs.scenario }),
  });
}
