/** Excel.RangeFormat and RangeFont in the double: fonts, fills and column widths. */
import { ExcelApiError, type Host } from './host';
import { Loadable } from './loadable';
import type { FakeRange } from './range';
import { type CellState, type WorkbookState, cellKey } from './state';

/** Excel.RangeFont: `bold` and `color` written to every cell; read back after load and sync (null when mixed). */
export class FakeRangeFont extends Loadable {
  protected readonly defaultLoad = ['bold', 'color'];

  constructor(
    private readonly range: FakeRange,
    host: Host,
  ) {
    super(host, `${range.path}.format.font`);
  }

  protected override exists(wb: WorkbookState): boolean {
    return this.range.locate(wb) !== null;
  }

  protected readProp(wb: WorkbookState, prop: string): unknown {
    const { sheet, rect } = this.range.at(wb);
    const seen = new Set<unknown>();
    for (let r = rect.row; r <= rect.lastRow; r++) {
      for (let c = rect.col; c <= rect.lastCol; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (prop === 'bold') seen.add(cell?.bold === true);
        else if (prop === 'color') seen.add(cell?.fontColor ?? '#000000');
        else throw new ExcelApiError('InvalidArgument', `the double does not load RangeFont.${prop}`);
      }
    }
    return seen.size === 1 ? [...seen][0] : null;
  }

  get bold(): boolean {
    return this.read('bold');
  }
  set bold(bold: boolean) {
    // Excel has no "unset" bold or colour: false and black are the defaults, kept as absent here.
    this.queue('bold', bold, (wb) =>
      this.range.updateCells(wb, (cell) => {
        const { bold: _bold, ...rest } = cell;
        return bold === true ? { ...rest, bold: true } : rest;
      }),
    );
  }
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.queue('color', color, (wb) =>
      this.range.updateCells(wb, (cell) => {
        const { fontColor: _color, ...rest } = cell;
        const upper = String(color).toUpperCase();
        return upper === '#000000' ? rest : { ...rest, fontColor: upper };
      }),
    );
  }
}

export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: { color: string };

  constructor(
    private readonly range: FakeRange,
    private readonly host: Host,
  ) {
    const set = (member: string, update: (cell: CellState, v: unknown) => CellState) => (v: unknown) =>
      host.enqueue({ target: `${range.path}.format`, member, args: v }, (wb) => range.updateCells(wb, (cell) => update(cell, v)));
    const setFill = set('fill.color', (cell, v) => ({ ...cell, fill: String(v) }));
    this.font = new FakeRangeFont(range, host);
    this.fill = Object.defineProperty({} as { color: string }, 'color', { set: setFill, get: () => undefined });
  }

  set columnWidth(points: number) {
    this.host.enqueue({ target: `${this.range.path}.format`, member: 'columnWidth', args: points }, (wb) => {
      const { sheet, rect } = this.range.at(wb);
      if (!(points >= 0)) throw new ExcelApiError('InvalidArgument', 'a column width must be a number of points ≥ 0');
      for (let c = rect.col; c <= rect.lastCol; c++) sheet.columnWidths.set(c, points);
    });
  }

  autofitColumns(): void {
    this.host.enqueue({ target: `${this.range.path}.format`, member: 'autofitColumns' }, (wb) => {
      this.range.at(wb);
    });
  }
}
