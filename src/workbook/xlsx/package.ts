/**
 * An existing .xlsx package made ready for exceljs, which finds a sheet's parts only under the names and
 * relative targets it writes itself (`../tables/table1.xml`, `xl/comments1.xml`,
 * `xl/drawings/vmlDrawing1.vml`) and cannot keep charts, pictures or shapes at all. Other tools write
 * packages that are just as valid: openpyxl names parts by absolute paths (`/xl/tables/table1.xml`),
 * keeps comments in `xl/comments/comment1.xml` and writes drawings in a default namespace, on which
 * exceljs's load fails. Here every sheet relationship gets the target exceljs expects (parts renamed
 * where needed) and the drawings are taken out, after noting which sheets held what: Tiercraft redraws
 * its own charts, and an update of a workbook with drawings on other sheets is refused. A note on an
 * empty cell gets an empty cell to hang on (noteCells.ts).
 */
import JSZip from 'jszip';
import { noteRefs, withNoteCells, withPlainStyle } from './noteCells';

export interface PackageInfo {
  readonly pivotTables: boolean;
  readonly macros: boolean;
  /** Sheets holding a drawing: 'charts' when it holds nothing but charts, else 'other'. */
  readonly drawings: ReadonlyMap<string, 'charts' | 'other'>;
}

interface Rel {
  readonly xml: string;
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const attr = (xml: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function relsOf(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => ({
    xml: m[0],
    id: attr(m[0], 'Id') ?? '',
    type: (attr(m[0], 'Type') ?? '').replace(/^.*\//, ''),
    target: decode(attr(m[0], 'Target') ?? ''),
    external: attr(m[0], 'TargetMode') === 'External',
  }));
}

/** The part a target names, from the folder of the part that refers to it ('xl/worksheets'). */
export function partPath(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/');
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** Sheet name → worksheet part path. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = new Map(relsOf((await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '').map((r) => [r.id, partPath('xl', r.target)]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const path = rels.get(attr(m[0], 'r:id') ?? '');
    if (path !== undefined) out.set(decode(attr(m[0], 'name') ?? ''), path);
  }
  return out;
}

/** Where exceljs looks for a sheet's part of each type: the folder, a name pattern, and the name to give. */
const EXCELJS_PARTS: Readonly<Record<string, { folder: string; pattern: RegExp; name: (n: number) => string }>> = {
  table: { folder: 'xl/tables', pattern: /^table\d+\.xml$/, name: (n) => `table${n}.xml` },
  comments: { folder: 'xl', pattern: /^comments\d+\.xml$/, name: (n) => `comments${n}.xml` },
  vmlDrawing: { folder: 'xl/drawings', pattern: /^vmlDrawing\d+\.vml$/, name: (n) => `vmlDrawing${n}.vml` },
};

/** Relative target from xl/worksheets to a part. */
const fromSheets = (path: string): string => (path.startsWith('xl/') ? `../${path.slice(3)}` : `../../${path}`);

const ONLY_CHARTS = (xml: string): boolean => !/<(?:\w+:)?(?:pic|sp|grpSp|cxnSp)\b/.test(xml);

/** A comment's plain text (`<text><t>…</t></text>`, as openpyxl writes it) as one run, which exceljs reads. */
async function plainTextRuns(zip: JSZip, path: string): Promise<void> {
  const xml = await zip.file(path)?.async('string');
  if (xml === undefined) return;
  zip.file(path, xml.replace(/<text>\s*<t(?:\s[^>]*)?>([\s\S]*?)<\/t>\s*<\/text>/g, '<text><r><t xml:space="preserve">$1</t></r></text>'));
}

/** What the package holds that exceljs would drop, and the package as exceljs can load it. */
export async function preparePackage(bytes: Uint8Array): Promise<{ info: PackageInfo; bytes: Uint8Array }> {
  const zip = await JSZip.loadAsync(bytes);
  const drawings = new Map<string, 'charts' | 'other'>();
  const counters = new Map<string, number>();
  const freeName = (type: string): string => {
    const spec = EXCELJS_PARTS[type] as (typeof EXCELJS_PARTS)[string];
    for (let n = (counters.get(type) ?? 0) + 1; ; n += 1) {
      const path = `${spec.folder}/${spec.name(n)}`;
      if (zip.file(path) === null) {
        counters.set(type, n);
        return path;
      }
    }
  };
  let plain: number | null = null;
  const plainStyle = async (): Promise<number> => {
    if (plain === null) {
      const styled = withPlainStyle((await zip.file('xl/styles.xml')?.async('string')) ?? '');
      zip.file('xl/styles.xml', styled.xml);
      plain = styled.index;
    }
    return plain;
  };
  for (const [name, sheetPath] of await sheetParts(zip)) {
    const folder = sheetPath.replace(/\/[^/]*$/, '');
    const relsPath = `${folder}/_rels/${sheetPath.slice(folder.length + 1)}.rels`;
    const relsXml = await zip.file(relsPath)?.async('string');
    if (relsXml === undefined) continue;
    let rels = relsXml;
    let sheetXml = (await zip.file(sheetPath)?.async('string')) ?? '';
    for (const rel of relsOf(relsXml)) {
      if (rel.external) continue;
      const path = partPath(folder, rel.target);
      if (rel.type === 'drawing') {
        const drawing = (await zip.file(path)?.async('string')) ?? '';
        drawings.set(name, drawings.get(name) === 'other' || !ONLY_CHARTS(drawing) ? 'other' : 'charts');
        rels = rels.replace(rel.xml, '');
        sheetXml = sheetXml.replace(new RegExp(`<(?:\\w+:)?drawing\\b[^>]*r:id="${rel.id}"[^>]*/>`), '');
        continue;
      }
      const expected = EXCELJS_PARTS[rel.type];
      let target = path;
      if (expected !== undefined && !(path.startsWith(`${expected.folder}/`) && expected.pattern.test(path.slice(expected.folder.length + 1)))) {
        const part = zip.file(path);
        if (part === null) continue;
        target = freeName(rel.type);
        zip.file(target, await part.async('uint8array'));
        zip.remove(path);
      }
      if (rel.type === 'comments') {
        await plainTextRuns(zip, target);
        sheetXml = withNoteCells(sheetXml, noteRefs((await zip.file(target)?.async('string')) ?? ''), await plainStyle());
      }
      rels = rels.replace(rel.xml, rel.xml.replace(/\bTarget="[^"]*"/, `Target="${fromSheets(target)}"`));
    }
    zip.file(relsPath, rels);
    zip.file(sheetPath, sheetXml);
  }
  for (const path of Object.keys(zip.files)) if (/^xl\/(drawings\/(_rels\/)?[^/]+\.xml(\.rels)?|charts\/.*)$/.test(path)) zip.remove(path);
  const info = { pivotTables: zip.file(/^xl\/pivotTables\//).length > 0, macros: zip.file('xl/vbaProject.bin') !== null, drawings };
  return { info, bytes: await zip.generateAsync({ type: 'uint8array' }) };
}
