/**
 * The Office.js work of one sheet of the description, as size-estimated steps for the Batcher: each
 * table's rows in chunks of whole 2D arrays (number formats first, then formulas), loose cells, column
 * widths, frozen panes, drop-down lists, conditional formats and charts.
 */
import { rangeA1 } from '../a1';
import { type CellFormat, type CellSpec, type CellStyle, type ConditionalFormatSpec, type HighlightStyle, type RangeSpec, type SheetSpec, tableCellFormat, type TableSpec, type ValidationSpec } from '../spec';
import { type Rect, rectOf } from '../rects';
import { jsonBytes, type Step } from './batcher';
import { chartStep } from './chartSteps';
import { type CellInput, cellFormatCode, cellInput, textInput, widthInPoints } from './cellInput';

export interface SheetTarget {
  readonly sheet: Excel.Worksheet;
  /** The table name to create for a table of the description (temporary during a build). */
  readonly tableName: (table: TableSpec) => string;
  readonly formatCode: (format: CellFormat) => string;
  /** Bytes a step may carry (chunks of a large table stay under it). */
  readonly chunkBytes: number;
  /** Tiercraft's tables already on the sheet (lower-case name → name): resized in place, not added. */
  readonly existingTables: ReadonlyMap<string, string>;
  /** A new sheet gets column widths, frozen panes and a tab colour; an updated one keeps the user's. */
  readonly newSheet: boolean;
}

export { CHART_PREFIX } from './chartSteps';

const HIGHLIGHT: Readonly<Record<HighlightStyle, { fill: string; font: string }>> = {
  breach: { fill: '#FFC7CE', font: '#9C0006' },
  pass: { fill: '#C6EFCE', font: '#006100' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
};

const STYLE: Readonly<Record<CellStyle, { bold: boolean; color?: string }>> = {
  title: { bold: true },
  heading: { bold: true },
  label: { bold: true },
  note: { bold: false, color: '#595959' },
  value: { bold: false },
};

function rangeOf(sheet: Excel.Worksheet, range: RangeSpec): Excel.Range {
  return sheet.getRangeByIndexes(range.at.row, range.at.col, range.rows, range.cols);
}

/** Steps that write a table: header, then row chunks of at most `chunkBytes`, then the table object. */
function tableSteps(target: SheetTarget, table: TableSpec, label: string): Step[] {
  const { sheet } = target;
  const cols = table.columns.length;
  const codes = table.columns.map((c) => target.formatCode(c.format));
  const steps: Step[] = [];
  const header = [table.columns.map((c) => textInput(c.header))];
  const caption = table.caption;
  steps.push({
    bytes: jsonBytes(header) + (caption ? caption.length : 0) + 200,
    label,
    queue: () => {
      const range = sheet.getRangeByIndexes(table.at.row, table.at.col, 1, cols);
      range.numberFormat = [table.columns.map(() => 'General')];
      range.formulas = header;
      if (caption !== undefined && table.at.row > 0) {
        const cell = sheet.getRangeByIndexes(table.at.row - 1, table.at.col, 1, 1);
        cell.formulas = [[textInput(caption)]];
        cell.format.font.bold = true;
      }
    },
  });
  const rows: readonly (readonly CellSpec[])[] = table.rows.length > 0 ? table.rows : [table.columns.map((): CellSpec => ({ kind: 'blank' }))];
  let start = 0;
  while (start < rows.length) {
    const inputs: CellInput[][] = [];
    const formats: string[][] = [];
    let bytes = 200;
    let end = start;
    while (end < rows.length && (end === start || bytes < target.chunkBytes)) {
      const cells = rows[end] as readonly CellSpec[];
      const rowFormats = cells.map((cell, i) => cellFormatCode(cell, table.cellFormats ? target.formatCode(tableCellFormat(table, end, i)) : (codes[i] ?? 'General')));
      const row = cells.map((cell, i) => cellInput(cell, rowFormats[i] as string));
      inputs.push(row);
      formats.push(rowFormats);
      bytes += jsonBytes(row) + jsonBytes(rowFormats) + 2;
      end += 1;
    }
    const first = table.at.row + 1 + start;
    steps.push({
      bytes,
      label,
      queue: () => {
        const range = sheet.getRangeByIndexes(first, table.at.col, inputs.length, cols);
        range.numberFormat = formats;
        range.formulas = inputs;
      },
    });
    start = end;
  }
  const address = rangeA1({ at: table.at, rows: rows.length + 1, cols });
  const name = target.tableName(table);
  const existing = target.existingTables.get(name.toLowerCase());
  steps.push({
    bytes: 200 + name.length,
    label,
    queue: () => {
      if (existing !== undefined) {
        // In place, so that its name and every reference to it stay (Table.resize, ExcelApi 1.13).
        const kept = sheet.tables.getItem(existing);
        kept.resize(address);
        kept.style = table.style;
        return;
      }
      const created = sheet.tables.add(address, true);
      created.name = name;
      created.style = table.style;
    },
  });
  return steps;
}

/** Loose cells in steps of at most `chunkBytes` (the model sheet's JSON chunks can add up to megabytes). */
function looseSteps(target: SheetTarget, sheetSpec: SheetSpec, label: string): Step[] {
  const cells = sheetSpec.cells.map((c) => {
    const code = cellFormatCode(c.cell, target.formatCode(c.format));
    const input = cellInput(c.cell, code);
    return { at: c.at, code, input, style: STYLE[c.style], bytes: jsonBytes(input) + code.length + 160 };
  });
  const groups: (typeof cells)[] = [];
  let bytes = Infinity;
  for (const cell of cells) {
    if (bytes + cell.bytes > target.chunkBytes) {
      groups.push([]);
      bytes = 0;
    }
    (groups[groups.length - 1] as typeof cells).push(cell);
    bytes += cell.bytes;
  }
  return groups.map((group) => ({
    bytes: group.reduce((n, c) => n + c.bytes, 0),
    label,
    queue: () => {
      for (const c of group) {
        const range = target.sheet.getRangeByIndexes(c.at.row, c.at.col, 1, 1);
        range.numberFormat = [[c.code]];
        range.formulas = [[c.input]];
        if (c.style.bold) range.format.font.bold = true;
        if (c.style.color !== undefined) range.format.font.color = c.style.color;
      }
    },
  }));
}

function validationStep(sheet: Excel.Worksheet, v: ValidationSpec, label: string): Step {
  const source = v.source.kind === 'range' ? v.source.formula : v.source.values.map((x) => x.replace(/,/g, ' ')).join(',');
  return {
    bytes: jsonBytes(source) + v.error.length + 300,
    label,
    queue: () => {
      const range = rangeOf(sheet, v.range);
      range.dataValidation.clear();
      range.dataValidation.ignoreBlanks = v.allowBlank;
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      range.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Tiercraft', message: v.error };
    },
  };
}

/**
 * A highlight, added "at the first/top priority" (ConditionalFormatCollection.add, ExcelApi 1.6); with
 * `priority`, then moved to that index among the formats overlapping its range (ConditionalFormat.priority,
 * "the priority (or index) within the conditional format collection", ExcelApi 1.6): a restore puts a
 * rule back where it stood among a user's.
 */
export function conditionalStep(sheet: Excel.Worksheet, c: ConditionalFormatSpec, label: string, priority?: number): Step {
  return {
    bytes: c.formula.length + 300,
    label,
    queue: () => {
      const format = rangeOf(sheet, c.range).conditionalFormats.add('Custom');
      format.custom.rule.formula = c.formula;
      format.custom.format.fill.color = HIGHLIGHT[c.style].fill;
      format.custom.format.font.color = HIGHLIGHT[c.style].font;
      if (priority !== undefined && priority > 0) format.priority = priority;
    },
  };
}

function layoutStep(sheet: Excel.Worksheet, spec: SheetSpec, label: string): Step {
  return {
    bytes: spec.columns.length * 120 + 200,
    label,
    queue: () => {
      spec.columns.forEach((c, i) => {
        sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = widthInPoints(c.width);
      });
      if (spec.frozenRows > 0 && spec.frozenCols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, spec.frozenRows, spec.frozenCols));
      else if (spec.frozenRows > 0) sheet.freezePanes.freezeRows(spec.frozenRows);
      else if (spec.frozenCols > 0) sheet.freezePanes.freezeColumns(spec.frozenCols);
      if (spec.tabColor !== undefined) sheet.tabColor = `#${spec.tabColor}`;
    },
  };
}

/** Every step that writes `spec` onto `target.sheet`. */
export function sheetSteps(target: SheetTarget, spec: SheetSpec): Step[] {
  const label = spec.name;
  return [
    ...spec.tables.flatMap((t) => tableSteps(target, t, label)),
    ...looseSteps(target, spec, label),
    ...(target.newSheet ? [layoutStep(target.sheet, spec, label)] : []),
    ...ruleSteps(target.sheet, spec),
  ];
}

/** The drop-down lists, conditional formats and charts of a sheet of the description. */
export function ruleSteps(sheet: Excel.Worksheet, spec: SheetSpec): Step[] {
  const label = spec.name;
  return [
    ...spec.validations.map((v) => validationStep(sheet, v, label)),
    ...spec.conditionalFormats.map((c) => conditionalStep(sheet, c, label)),
    ...spec.charts.map((c, i) => chartStep(sheet, c, i, label)),
  ];
}

/** The rectangles a sheet's drop-down lists cover (its conditional formats are found one by one: ownRules.ts). */
export const validationRects = (spec: SheetSpec): Rect[] => spec.validations.map((v) => rectOf(v.range));

/** Bytes of every step of a sheet (for progress totals). */
export const stepBytes = (steps: readonly Step[]): number => steps.reduce((n, s) => n + s.bytes, 0);
