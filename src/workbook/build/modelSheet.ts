/**
 * The very hidden model sheet: format marker, registry of Tiercraft's sheets, and the model JSON in chunks
 * in slot 1 (column G), named by the slot pointer; slot 2 (column H) is left blank for the first save.
 * With a history, its JSON (every build's record and the model this build wrote) in column I.
 */
import type { ModelInput } from '../../engine/model/schema';
import {
  anchorFormula,
  HISTORY_JSON_COL,
  HISTORY_JSON_HEADER,
  MODEL_JSON_COLS,
  MODEL_JSON_FIRST_ROW,
  MODEL_JSON_HEADERS,
  MODEL_SHEET_MARKER,
  MODEL_SLOT_AT,
  MODEL_SLOT_LABEL,
  MODEL_SLOT_LABEL_AT,
  modelChunks,
  REGISTRY_AT,
  REGISTRY_TABLE,
} from '../registry';
import { footprintCellsText } from '../footprint';
import type { BuildRecord } from '../history/buildRecord';
import { historyJson } from '../history/storedHistory';
import type { LooseCellSpec, SheetSpec, TableSpec } from '../spec';
import { col, formula, loose, num, sheet, text } from './cells';

/**
 * The model sheet for `sheets` (every other sheet, already described) and the model as written; with
 * `history` (every build's record, this one last), the history column too.
 */
export function buildModelSheet(name: string, sheets: readonly SheetSpec[], model: ModelInput, history?: readonly BuildRecord[]): SheetSpec {
  const registry: TableSpec = {
    name: REGISTRY_TABLE,
    at: REGISTRY_AT,
    style: 'TableStyleLight1',
    columns: [col('Key', 'text', 'label'), col('Sheet', 'text', 'label'), col('Anchor', 'text', 'formula'), col('Tables', 'text', 'label'), col('Cells', 'text', 'label')],
    rows: [],
  };
  const chunks = modelChunks(JSON.stringify(model));
  const cells = [
    loose({ row: 0, col: 0 }, text(MODEL_SHEET_MARKER), 'title', 'text'),
    loose({ row: 1, col: 0 }, text('Managed by Tiercraft: the sheets it created and the model it was built from. Do not edit.'), 'note', 'text'),
    loose(MODEL_SLOT_LABEL_AT, text(MODEL_SLOT_LABEL), 'label', 'text'),
    loose(MODEL_SLOT_AT, num(1), 'value', 'integer'),
    loose({ row: REGISTRY_AT.row, col: MODEL_JSON_COLS[1] }, text(MODEL_JSON_HEADERS[1]), 'label', 'text'),
    loose({ row: REGISTRY_AT.row, col: MODEL_JSON_COLS[2] }, text(MODEL_JSON_HEADERS[2]), 'label', 'text'),
    ...chunks.map((c, i) => loose({ row: MODEL_JSON_FIRST_ROW + i, col: MODEL_JSON_COLS[1] }, text(c), 'value', 'text')),
    ...(history === undefined ? [] : historyCells(history, model)),
  ];
  const own: SheetSpec = { ...sheet({ key: 'model', name, tables: [registry], cells: [] }), cells, visibility: 'veryHidden', frozenRows: 0 };
  const entries = [...sheets, own].map((s) => ({ key: s.key, name: s.name, tables: s.tables.map((t) => t.name), a1: s.key === 'model' ? MODEL_SHEET_MARKER : titleOf(s), cells: footprintCellsText(s) }));
  const rows = entries.map((e) => [text(e.key), text(e.name), formula(anchorFormula(e.name), e.a1), text(e.tables.join(', ')), text(e.cells)]);
  return { ...own, tables: [{ ...registry, rows }] };
}

/** The history column: its header and the JSON of the records and of the model this build writes, in chunks. */
function historyCells(records: readonly BuildRecord[], built: ModelInput): LooseCellSpec[] {
  const chunks = modelChunks(historyJson({ records, built }));
  return [
    loose({ row: REGISTRY_AT.row, col: HISTORY_JSON_COL }, text(HISTORY_JSON_HEADER), 'label', 'text'),
    ...chunks.map((c, i) => loose({ row: MODEL_JSON_FIRST_ROW + i, col: HISTORY_JSON_COL }, text(c), 'value', 'text')),
  ];
}

/** The text in A1 of a sheet (its title), which its anchor formula shows. */
function titleOf(s: SheetSpec): string {
  const c = s.cells.find((x) => x.at.row === 0 && x.at.col === 0)?.cell;
  return c?.kind === 'text' ? c.value : '';
}
