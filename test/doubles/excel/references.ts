/**
 * How Excel keeps formulas pointing at the same objects: renaming a sheet or a table rewrites every
 * formula that names it; deleting a sheet turns its references into #REF!. String literals are left
 * alone. A small scanner, enough for the formulas a pricing workbook holds.
 */

type Rename = (kind: 'sheet' | 'table', name: string) => string | null;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Rewrites sheet references (`Name!`, `'Name'!`) and table references (`Name[`) through `rename`. */
function rewrite(formula: string, rename: Rename): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      let j = end < 0 ? formula.length : end + 1;
      while (formula[j] === '"') {
        const next = formula.indexOf('"', j + 1);
        j = next < 0 ? formula.length : next + 1;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] === '!') {
        const replaced = rename('sheet', name);
        out += replaced === null ? formula.slice(i, j + 2) : replaced === '#REF!' ? '#REF!' : `${quoteSheet(replaced)}!`;
        i = j + 2;
        continue;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_\\]/.test(ch) && (i === 0 || !/[A-Za-z0-9_.]/.test(formula[i - 1] as string))) {
      let j = i;
      while (j < formula.length && /[A-Za-z0-9_.\\]/.test(formula[j] as string)) j++;
      const word = formula.slice(i, j);
      const next = formula[j];
      if (next === '!') {
        const replaced = rename('sheet', word);
        out += replaced === null ? `${word}!` : replaced === '#REF!' ? '#REF!' : `${quoteSheet(replaced)}!`;
        i = j + 1;
        continue;
      }
      if (next === '[') {
        const replaced = rename('table', word);
        out += replaced ?? word;
        i = j;
        continue;
      }
      out += word;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function renameSheetInFormula(formula: string, from: string, to: string): string {
  return rewrite(formula, (kind, name) => (kind === 'sheet' && same(name, from) ? to : null));
}

export function deleteSheetInFormula(formula: string, name: string): string {
  return rewrite(formula, (kind, found) => (kind === 'sheet' && same(found, name) ? '#REF!' : null));
}

export function renameTableInFormula(formula: string, from: string, to: string): string {
  return rewrite(formula, (kind, name) => (kind === 'table' && same(name, from) ? to : null));
}
