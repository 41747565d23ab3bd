/** Excel.Range in the double: 2D reads and writes, formats, validation, conditional formats (conditionalFormats.ts). */
import { MAX_ROWS, type Rect, columnCount, contains, formatRect, intersects, rowCount } from './a1';
import { blankCell, readFormula, readValue, writeCell } from './cells';
import { ExcelApiError, type Host } from './host';
import { FakeRangeFormat } from './format';
import { Loadable } from './loadable';
import { FakeConditionalFormats } from './conditionalFormats';
import { type CellState, type SheetState, type ValidationState, type WorkbookState, cellKey } from './state';

export type RangeLocator = (wb: WorkbookState) => { sheet: SheetState; rect: Rect } | null;

function quoted(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeRange extends Loadable {
  protected readonly defaultLoad = ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'values', 'formulas', 'numberFormat'];
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(
    host: Host,
    path: string,
    readonly locate: RangeLocator,
  ) {
    super(host, path);
    this.format = new FakeRangeFormat(this, host);
    this.dataValidation = new FakeDataValidation(this, host);
    this.conditionalFormats = new FakeConditionalFormats(host, `${path}.conditionalFormats`, this);
  }

  protected override exists(wb: WorkbookState): boolean {
    return this.locate(wb) !== null;
  }

  /** The range's sheet and rectangle at sync time; throws on a null object. */
  at(wb: WorkbookState): { sheet: SheetState; rect: Rect } {
    const found = this.locate(wb);
    if (!found) throw new ExcelApiError('ItemNotFound', `${this.path} is a null object`);
    return found;
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    const { sheet, rect } = this.at(wb);
    const grid = <T>(f: (c: CellState | undefined) => T): T[][] =>
      Array.from({ length: rowCount(rect) }, (_, r) => Array.from({ length: columnCount(rect) }, (_, c) => f(sheet.cells.get(cellKey(rect.row + r, rect.col + c)))));
    switch (prop) {
      case 'address':
        return `${quoted(sheet.name)}!${formatRect(rect)}`;
      case 'rowCount':
        return rowCount(rect);
      case 'columnCount':
        return columnCount(rect);
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'values':
        return grid(readValue);
      case 'formulas':
        return grid(readFormula);
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      default:
        throw new ExcelApiError('InvalidArgument', `the double does not load Range.${prop}`);
    }
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(grid: unknown[][]) {
    this.writeGrid('values', grid, (cell, v) => writeCell(cell, v));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid('formulas', grid, (cell, v) => writeCell(cell, v));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    this.writeGrid('numberFormat', grid, (cell, v) => {
      if (v === null) return cell;
      if (typeof v !== 'string') throw new ExcelApiError('InvalidArgument', 'a number format must be text');
      return { ...cell, numberFormat: v };
    });
  }

  /** Applies a 2D array cell by cell; its dimensions must match the range, as Office.js requires. */
  private writeGrid(member: string, grid: unknown[][], write: (cell: CellState, input: unknown) => CellState): void {
    this.queue(member, grid, (wb) => {
      const { sheet, rect } = this.at(wb);
      if (!Array.isArray(grid) || grid.length !== rowCount(rect) || grid.some((row) => !Array.isArray(row) || row.length !== columnCount(rect))) {
        throw new ExcelApiError('InvalidArgument', `the ${member} array does not match the size of ${formatRect(rect)}`);
      }
      grid.forEach((row, r) =>
        row.forEach((input, c) => {
          const key = cellKey(rect.row + r, rect.col + c);
          sheet.cells.set(key, write(sheet.cells.get(key) ?? blankCell(), input));
        }),
      );
    });
  }

  /** Updates every cell of the range in place (for formats). */
  updateCells(wb: WorkbookState, update: (cell: CellState) => CellState): void {
    const { sheet, rect } = this.at(wb);
    for (let r = rect.row; r <= rect.lastRow; r++) {
      for (let c = rect.col; c <= rect.lastCol; c++) {
        const key = cellKey(r, c);
        sheet.cells.set(key, update(sheet.cells.get(key) ?? blankCell()));
      }
    }
  }

  clear(applyTo: string = 'All'): void {
    this.queue('clear', applyTo, (wb) => {
      const { sheet, rect } = this.at(wb);
      for (const [key, cell] of [...sheet.cells]) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        if (r < rect.row || r > rect.lastRow || c < rect.col || c > rect.lastCol) continue;
        const contents = applyTo === 'All' || applyTo === 'Contents';
        const formats = applyTo === 'All' || applyTo === 'Formats';
        const { formula: _formula, ...kept } = cell;
        const next: CellState = contents ? { ...kept, value: '' } : { ...cell };
        if (formats) {
          next.numberFormat = 'General';
          delete next.bold;
          delete next.fill;
          delete next.fontColor;
        }
        sheet.cells.set(key, next);
      }
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.host, `${this.path}.getEntireColumn()`, (wb) => {
      const found = this.locate(wb);
      return found && { sheet: found.sheet, rect: { row: 0, col: found.rect.col, lastRow: MAX_ROWS - 1, lastCol: found.rect.lastCol } };
    });
  }

  select(): void {
    this.queue('select', undefined, (wb) => {
      const { sheet, rect } = this.at(wb);
      if (sheet.visibility !== 'Visible') throw new ExcelApiError('InvalidOperation', `cannot select on the hidden sheet ${sheet.name}`);
      wb.selection = { sheet: sheet.name, address: formatRect(rect) };
    });
  }
}

export class FakeDataValidation {
  constructor(
    private readonly range: FakeRange,
    private readonly host: Host,
  ) {}

  set rule(rule: unknown) {
    this.host.enqueue({ target: `${this.range.path}.dataValidation`, member: 'rule', args: rule }, (wb) => {
      const { sheet, rect } = this.range.at(wb);
      const kept = sheet.validations.find((v) => formatRect(v.rect) === formatRect(rect));
      sheet.validations = sheet.validations.filter((v) => !contains(rect, v.rect));
      if (sheet.validations.some((v) => intersects(v.rect, rect))) {
        throw new ExcelApiError('InvalidOperation', `${formatRect(rect)} partly overlaps another validation rule`);
      }
      sheet.validations.push({ ...kept, rect, rule });
    });
  }

  set ignoreBlanks(ignore: boolean) {
    this.setExtra('ignoreBlanks', ignore);
  }

  set errorAlert(alert: unknown) {
    this.setExtra('errorAlert', alert);
  }

  /** Validation settings other than the rule, kept with the range's rule (created empty if none yet). */
  private setExtra(member: 'ignoreBlanks' | 'errorAlert', value: unknown): void {
    this.host.enqueue({ target: `${this.range.path}.dataValidation`, member, args: value }, (wb) => {
      const { sheet, rect } = this.range.at(wb);
      const index = sheet.validations.findIndex((v) => formatRect(v.rect) === formatRect(rect));
      if (index < 0) sheet.validations.push({ rect, rule: null, [member]: value });
      else sheet.validations[index] = { ...(sheet.validations[index] as ValidationState), [member]: value };
    });
  }

  clear(): void {
    this.host.enqueue({ target: `${this.range.path}.dataValidation`, member: 'clear' }, (wb) => {
      const { sheet, rect } = this.range.at(wb);
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    });
  }
}
