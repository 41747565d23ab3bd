/**
 * Renaming sheets inside a workbook description: the sheet names and every formula that references
 * them. Formulas in the description always quote sheet names ('Price book'!A1, see a1.ts `sheetRef`),
 * so a reference is a quoted name followed by '!', outside string literals.
 */
import { REGISTRY_HEADERS, REGISTRY_TABLE } from '../registry';
import { sheetNameKey } from '../names';
import type { CellSpec, SheetSpec, TableSpec, WorkbookSpec } from '../spec';

/** Old name → new name, compared case-insensitively. */
export type SheetRenames = ReadonlyMap<string, string>;

const quote = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Rewrites quoted sheet references of `formula` through `renames`; string literals are left alone. */
export function renameSheetRefs(formula: string, renames: SheetRenames): string {
  if (renames.size === 0) return formula;
  const byKey = new Map([...renames].map(([from, to]) => [sheetNameKey(from), to]));
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) {
        name += formula[j];
        j += formula[j] === "'" ? 2 : 1;
      }
      const to = formula[j + 1] === '!' ? byKey.get(sheetNameKey(name)) : undefined;
      out += to === undefined ? formula.slice(i, j + 1) : quote(to);
      i = j + 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

function renameCell(cell: CellSpec, renames: SheetRenames): CellSpec {
  return cell.kind === 'formula' ? { ...cell, formula: renameSheetRefs(cell.formula, renames) } : cell;
}

/** The registry's Sheet column holds sheet names as text: renamed too. */
function renameTable(table: TableSpec, renames: SheetRenames): TableSpec {
  const sheetCol = table.name === REGISTRY_TABLE ? table.columns.findIndex((c) => c.header === REGISTRY_HEADERS[1]) : -1;
  const byKey = new Map([...renames].map(([from, to]) => [sheetNameKey(from), to]));
  return {
    ...table,
    rows: table.rows.map((row) =>
      row.map((cell, i) => {
        if (i === sheetCol && cell.kind === 'text') return { kind: 'text', value: byKey.get(sheetNameKey(cell.value)) ?? cell.value };
        return renameCell(cell, renames);
      }),
    ),
  };
}

/**
 * The description with sheets renamed (after a clash with a user's sheet): the sheets, every formula,
 * drop-down source, conditional format and defined name that references them, and the registry.
 */
export function renameSpecSheets(spec: WorkbookSpec, renames: SheetRenames): WorkbookSpec {
  if (renames.size === 0) return spec;
  const byKey = new Map([...renames].map(([from, to]) => [sheetNameKey(from), to]));
  const sheet = (s: SheetSpec): SheetSpec => ({
    ...s,
    name: byKey.get(sheetNameKey(s.name)) ?? s.name,
    tables: s.tables.map((t) => renameTable(t, renames)),
    cells: s.cells.map((c) => ({ ...c, cell: renameCell(c.cell, renames) })),
    validations: s.validations.map((v) => (v.source.kind === 'range' ? { ...v, source: { kind: 'range', formula: renameSheetRefs(v.source.formula, renames) } } : v)),
    conditionalFormats: s.conditionalFormats.map((c) => ({ ...c, formula: renameSheetRefs(c.formula, renames) })),
  });
  const names = spec.names?.map((n) => ({ ...n, formula: renameSheetRefs(n.formula, renames) }));
  return { ...spec, sheets: spec.sheets.map(sheet), ...(names ? { names } : {}) };
}
