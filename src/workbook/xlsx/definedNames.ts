/**
 * Defined names in an .xlsx package. Tiercraft's (`Tiercraft.…`, see build/definedNames.ts) are written
 * from the description; every other name is the user's and is carried over exactly as the file had it.
 * exceljs cannot be trusted with them: on load it keeps only names that are plain ranges, and turns a
 * formula such as `'Price book'!$E$5*0.8` into the bare range (checked with exceljs 4.4), so the names
 * are set on the package itself, after exceljs has written it.
 */
import JSZip from 'jszip';
import { nameKey } from '../build/definedNames';
import type { DefinedNameSpec, SheetSpec } from '../spec';
import { escapeXml } from './ooxml';
import { isPrintNameOf, printedPositions, printNameElements, sheetOrder } from './printNames';

const WORKBOOK = 'xl/workbook.xml';
const ELEMENT = /<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g;
const NAME_ATTR = /\bname="([^"]*)"/;

/** A name's XML element, e.g. <definedName name="Tiercraft.Quote.VendorNet" comment="…">'Quote'!$W$4</definedName>. */
const element = (n: DefinedNameSpec): string =>
  `<definedName name="${escapeXml(n.name)}" comment="${escapeXml(n.comment)}">${escapeXml(n.formula.replace(/^=/, ''))}</definedName>`;

/** The user's defined names of a package (every name not Tiercraft's), as XML elements to carry over verbatim. */
export async function userDefinedNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file(WORKBOOK)?.async('string')) ?? '';
  const block = /<definedNames>([\s\S]*?)<\/definedNames>/.exec(xml)?.[1] ?? '';
  return [...block.matchAll(ELEMENT)].map((m) => m[0]).filter((e) => {
    const name = NAME_ATTR.exec(e)?.[1] ?? '';
    return nameKey(name.replace(/&amp;/g, '&')) === null && !/^tiercraft\./i.test(name);
  });
}

/**
 * The package with exactly these defined names: the user's elements as they were, then Tiercraft's, then
 * the print areas and titles of `sheets` (replacing those a previous build, or the user, set on them).
 */
export async function putDefinedNames(bytes: Uint8Array, user: readonly string[], names: readonly DefinedNameSpec[], sheets: readonly SheetSpec[] = []): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file(WORKBOOK)?.async('string')) ?? '';
  zip.file(WORKBOOK, withDefinedNames(xml, user, names, sheets));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A workbook.xml whose defined names are exactly those `putDefinedNames` describes. */
export function withDefinedNames(xml: string, user: readonly string[], names: readonly DefinedNameSpec[], sheets: readonly SheetSpec[]): string {
  const order = sheetOrder(xml);
  const printed = printedPositions(sheets, order);
  const all = [...user.filter((e) => !isPrintNameOf(e, printed)), ...names.map(element), ...printNameElements(sheets, order)];
  const block = all.length > 0 ? `<definedNames>${all.join('')}</definedNames>` : '';
  const without = xml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, '');
  // Schema order: sheets, functionGroups?, externalReferences?, definedNames?, calcPr …
  const after = /<\/externalReferences>/.test(without) ? '</externalReferences>' : '</sheets>';
  return without.replace(after, `${after}${block}`);
}
