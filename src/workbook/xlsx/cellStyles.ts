/**
 * Cell looks shared between cells, so that exceljs works each out once. exceljs gives every new cell a
 * style object of its own, and its styles writer recognises a style it has seen only by that object's
 * identity (a WeakMap, exceljs 4.4 `StylesXform.addStyleModel`); any other style object is rendered to
 * XML and looked up again. One frozen object per (number format, font) makes every cell after the first
 * of a look a lookup, and the file is the same: the XML of a look does not depend on which object held it.
 */
import type { Font, Row, Style } from 'exceljs';
import { numberFormat } from '../formats';
import type { CellFormat } from '../spec';

type Look = Readonly<Partial<Style>>;

/** A cell with no number format and no font: exceljs writes it with the default look. */
export const PLAIN: Look = Object.freeze({});

const looks = new Map<Readonly<Partial<Font>> | undefined, Map<string, Look>>();

/**
 * The shared look of a number format ('General' or undefined: none) and a font (undefined: none); the
 * fonts are the constant objects of styles.ts, so the same font is the same object.
 */
export function sharedLook(numFmt: string | undefined, font: Readonly<Partial<Font>> | undefined): Look {
  const fmt = numFmt === 'General' ? undefined : numFmt;
  if (fmt === undefined && font === undefined) return PLAIN;
  let byFormat = looks.get(font);
  if (byFormat === undefined) {
    byFormat = new Map();
    looks.set(font, byFormat);
  }
  const key = fmt ?? '';
  let look = byFormat.get(key);
  if (look === undefined) {
    look = Object.freeze({ ...(fmt === undefined ? {} : { numFmt: fmt }), ...(font === undefined ? {} : { font: font as Partial<Font> }) });
    byFormat.set(key, look);
  }
  return look;
}

/**
 * Gives a row with an empty look (a new row) the shared empty one: exceljs works out a row's look as it
 * does a cell's, by its object (exceljs 4.4 `RowXform.prepare`), and its typings do not show `Row.style`.
 */
export function plainRow(row: Row): void {
  const held = row as unknown as { style: Look };
  if (Object.keys(held.style).length === 0) held.style = PLAIN;
}

/** Whether `style` is one of the shared looks (never to be changed in place). */
export function isSharedLook(style: unknown): boolean {
  if (style === PLAIN) return true;
  const s = style as Look | undefined;
  return s !== undefined && looks.get(s.font)?.get(s.numFmt ?? '') === s;
}

/**
 * The number format strings of a workbook's cell formats, each worked out once: a big table asks for the
 * same few formats hundreds of thousands of times.
 */
export function numberFormats(currency: string, minorUnits: number): (format: CellFormat) => string {
  const known = new Map<CellFormat, string>();
  return (format) => {
    let out = known.get(format);
    if (out === undefined) {
      out = numberFormat(format, currency, minorUnits);
      known.set(format, out);
    }
    return out;
  };
}
