/**
 * The XML of one row of a sheet, written the way exceljs 4.4's streaming writer writes it
 * (`RowXform.render`, `CellXform.render`: the same elements, attributes in the same order, the same
 * escaping), without its Row, Cell and value objects, its XmlStream, or the map of every formula cell it
 * keeps until the sheet is committed: a 10,000-product workbook has some 400,000 cells.
 *
 * Cell values as `toExcelValue` gives them to exceljs (cellValue.ts): text is written inline
 * (`t="str"`: the writer keeps no shared strings), a formula with its cached result, a blank cell only
 * when it has a look. Style ids come from exceljs's own styles part, asked in the order exceljs asks
 * (the row's look, then each cell's, by column), so that styles.xml is the same too.
 */
import ExcelJS, { type Style } from 'exceljs';
import { columnLetters } from '../a1';
import type { CellSpec } from '../spec';
import { PLAIN } from './cellStyles';
import { fileFormula } from './cellValue';

type Look = Readonly<Partial<Style>>;

/** exceljs's styles part (exceljs 4.4 `StylesXform.addStyleModel`): the id of a look, by the look's object after its first time. */
export interface StyleRegistry {
  addStyleModel(style: Look, cellType?: number): number;
}

const { ValueType } = ExcelJS;

/** Characters exceljs escapes or drops in XML text and attributes (exceljs 4.4 `utils.xmlEncode`). */
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const XML_SPECIALS = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const ESCAPES: Readonly<Record<string, string>> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** `text` escaped as exceljs escapes it: the five XML entities, and control characters other than tab, newline and return dropped. */
export function xmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIALS, (ch) => ESCAPES[ch] ?? '') : text;
}

/** The value type exceljs styles a cell by: a formula's is its cached result's (exceljs 4.4 `getEffectiveCellType`). */
function styledType(cell: CellSpec): number {
  switch (cell.kind) {
    case 'blank':
      return ValueType.Null;
    case 'number':
      return ValueType.Number;
    case 'bool':
      return ValueType.Boolean;
    case 'text':
      return ValueType.String;
    case 'formula':
      // A null result is written as '' (cellValue.ts).
      return typeof cell.result === 'number' ? ValueType.Number : typeof cell.result === 'boolean' ? ValueType.Boolean : ValueType.String;
  }
}

/** A cell's type attribute and content after its reference and style. */
function cellBody(cell: CellSpec): string {
  switch (cell.kind) {
    case 'blank':
      return '/>';
    case 'number':
      return `><v>${cell.value}</v></c>`;
    case 'bool':
      return ` t="b"><v>${cell.value ? '1' : '0'}</v></c>`;
    case 'text':
      return ` t="str"><v>${xmlText(cell.value)}</v></c>`;
    case 'formula': {
      const f = `<f>${xmlText(fileFormula(cell.formula))}</f>`;
      const r = cell.result;
      if (typeof r === 'number') return `>${f}<v>${r}</v></c>`;
      if (typeof r === 'boolean') return ` t="b">${f}<v>${r ? 1 : 0}</v></c>`;
      return ` t="str">${f}<v>${xmlText(r ?? '')}</v></c>`;
    }
  }
}

/**
 * Gathers one row's cells (a later cell at the same column replaces an earlier one) and renders them.
 * One per sheet: it keeps its slots from row to row.
 */
export class RowXml {
  private readonly cells: (CellSpec | undefined)[] = [];
  private readonly looks: (Look | undefined)[] = [];
  private min = Infinity;
  private max = -1;
  private readonly ids = new Map<Look, number>();
  private readonly letters: string[] = [];

  constructor(private readonly styles: StyleRegistry) {}

  /** Puts `cell` with `look` at 0-based column `col`. */
  put(col: number, cell: CellSpec, look: Look): void {
    this.cells[col] = cell;
    this.looks[col] = look;
    if (col < this.min) this.min = col;
    if (col > this.max) this.max = col;
  }

  private styleId(look: Look, type: number | undefined): number {
    let id = this.ids.get(look);
    if (id === undefined) {
      id = this.styles.addStyleModel(look, type);
      this.ids.set(look, id);
    }
    return id;
  }

  private letter(col: number): string {
    return (this.letters[col] ??= columnLetters(col));
  }

  /**
   * The XML of the row (0-based `row`) holding the cells put since the last call, and clears them; ''
   * when none has a value, as exceljs writes no row whose cells are all blank.
   */
  take(row: number): string {
    const { min, max, cells, looks } = this;
    let valued = false;
    for (let c = min; c <= max && !valued; c += 1) valued = cells[c] !== undefined && cells[c]?.kind !== 'blank';
    let xml = '';
    if (valued) {
      const n = row + 1;
      const rowStyle = this.styleId(PLAIN, undefined);
      xml = `<row r="${n}" spans="${min + 1}:${max + 1}"${rowStyle === 0 ? '' : ` s="${rowStyle}" customFormat="1"`} x14ac:dyDescent="0.25">`;
      for (let c = min; c <= max; c += 1) {
        const cell = cells[c];
        if (cell === undefined) continue;
        const id = this.styleId(looks[c] ?? PLAIN, styledType(cell));
        if (cell.kind === 'blank' && id === 0) continue;
        xml += `<c r="${this.letter(c)}${n}"${id === 0 ? '' : ` s="${id}"`}${cellBody(cell)}`;
      }
      xml += '</row>';
    }
    for (let c = min; c <= max; c += 1) {
      cells[c] = undefined;
      looks[c] = undefined;
    }
    this.min = Infinity;
    this.max = -1;
    return xml;
  }
}
