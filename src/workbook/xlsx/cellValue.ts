/** A description cell as an exceljs cell value: formulas with their cached result, text always as text. */
import type { CellValue } from 'exceljs';
import type { CellSpec } from '../spec';

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
      const formula = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
      // exceljs writes `result` as the cached value (<v>); an empty-text result is cached as ''.
      return cell.result === null ? { formula, result: '' } : { formula, result: cell.result };
    }
  }
}
