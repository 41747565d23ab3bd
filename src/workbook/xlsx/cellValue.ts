/** A description cell as an exceljs cell value: formulas with their cached result, text always as text. */
import type { CellValue } from 'exceljs';
import type { CellSpec } from '../spec';

/**
 * Functions newer than Excel 2007 that Tiercraft writes. The file format stores them with the `_xlfn.`
 * prefix (Microsoft's [MS-XLSX] 2.2.2 Formulas, its list of future functions; Microsoft's support article
 * "Issue: An _xlfn. prefix is displayed in front of a formula"); without it Excel reads an unknown name
 * and shows #NAME?. Office.js takes formulas as typed in the formula bar, without the prefix.
 */
const FUTURE_FUNCTIONS = /(?<![A-Za-z0-9_.])(FORMULATEXT|MAXIFS|MINIFS)\(/g;
const FUTURE_NAMES = ['FORMULATEXT(', 'MAXIFS(', 'MINIFS('] as const;

/** A formula's text as the file format stores it (no '=', future functions prefixed); string literals left alone. */
export function fileFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  // Most formulas name none of them: no need to split them (a big workbook writes hundreds of thousands).
  if (!FUTURE_NAMES.some((name) => body.includes(name))) return body;
  // Split on string literals ("…" with "" inside) and prefix only outside them.
  return body
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(FUTURE_FUNCTIONS, '_xlfn.$1(')))
    .join('');
}

export function toExcelValue(cell: CellSpec): CellValue {
  switch (cell.kind) {
    case 'text':
      // A string value is written as a shared string, never parsed as a formula, whatever it starts with.
      return cell.value;
    case 'number':
      return cell.value;
    case 'bool':
      return cell.value;
    case 'blank':
      return null;
    case 'formula': {
      const formula = fileFormula(cell.formula);
      // exceljs writes `result` as the cached value (<v>); an empty-text result is cached as ''.
      return cell.result === null ? { formula, result: '' } : { formula, result: cell.result };
    }
  }
}
