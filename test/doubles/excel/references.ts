/**
 * How Excel keeps formulas pointing at the same objects: renaming a sheet or a table rewrites every
 * formula that names it; deleting a sheet or a table turns its references into #REF!. Occurrences inside string
 * literals are left alone. Found by searching for the name (fast on millions of formulas).
 */

const IDENT = /[A-Za-z0-9_.\\]/;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Whether position `at` of `formula` is inside a "string literal". */
function inString(formula: string, at: number): boolean {
  let quotes = 0;
  for (let i = formula.indexOf('"'); i >= 0 && i < at; i = formula.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 1;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const probes = new Map<string, RegExp>();

/** A case-insensitive search for any of `needles`, compiled once (formulas are scanned by the million). */
function probe(needles: readonly string[]): RegExp {
  const key = needles.join('\u0000');
  let re = probes.get(key);
  if (!re) {
    re = new RegExp(needles.map(escape).join('|'), 'i');
    if (probes.size > 1000) probes.clear();
    probes.set(key, re);
  }
  return re;
}

/** Replaces each occurrence of one of `needles` (lower case) that `accept` approves, by `replacement`. */
function replaceAll(formula: string, needles: readonly string[], accept: (start: number, needle: string) => boolean, replacement: (needle: string) => string): string {
  if (!probe(needles).test(formula)) return formula;
  const lower = formula.toLowerCase();
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const hit = needles.find((n) => lower.startsWith(n, i) && accept(i, n) && !inString(formula, i));
    if (hit !== undefined) {
      out += replacement(hit);
      i += hit.length;
    } else {
      out += formula[i];
      i++;
    }
  }
  return out;
}

function sheetNeedles(name: string): string[] {
  const lower = name.toLowerCase();
  return [`'${lower.replace(/'/g, "''")}'!`, `${lower}!`];
}

function acceptSheet(formula: string): (start: number, needle: string) => boolean {
  return (start, needle) => needle.startsWith("'") || start === 0 || !(IDENT.test(formula[start - 1] as string) || formula[start - 1] === "'");
}

export function renameSheetInFormula(formula: string, from: string, to: string): string {
  return replaceAll(formula, sheetNeedles(from), acceptSheet(formula), () => `${quoteSheet(to)}!`);
}

export function deleteSheetInFormula(formula: string, name: string): string {
  return replaceAll(formula, sheetNeedles(name), acceptSheet(formula), () => '#REF!');
}

export function renameTableInFormula(formula: string, from: string, to: string): string {
  const needle = `${from.toLowerCase()}[`;
  return replaceAll(formula, [needle], (start) => start === 0 || !IDENT.test(formula[start - 1] as string), () => `${to}[`);
}

/** `Table1[Column]`, `Table1[[#This Row],[Column]]` → `#REF!` (the brackets are consumed whole). */
export function deleteTableInFormula(formula: string, name: string): string {
  const needle = `${name.toLowerCase()}[`;
  if (!probe([needle]).test(formula)) return formula;
  const lower = formula.toLowerCase();
  let out = '';
  let i = 0;
  while (i < formula.length) {
    if (lower.startsWith(needle, i) && (i === 0 || !IDENT.test(formula[i - 1] as string)) && !inString(formula, i)) {
      let depth = 0;
      let j = i + name.length;
      do {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']') depth--;
        j++;
      } while (depth > 0 && j < formula.length);
      out += '#REF!';
      i = j;
    } else {
      out += formula[i];
      i++;
    }
  }
  return out;
}
