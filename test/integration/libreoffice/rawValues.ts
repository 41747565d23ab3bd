/**
 * The values stored in an .xlsx, read straight from the package XML (exceljs reads a cached formula
 * result of 0 as "no result", which would hide a wrong zero).
 */
import JSZip from 'jszip';
import { parseA1 } from '../../../src/workbook/a1';

export type RawValue = number | string | boolean | null;
/** sheet name → "row,col" (0-based) → value */
export type RawWorkbook = ReadonlyMap<string, ReadonlyMap<string, RawValue>>;

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');

function texts(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

export async function readRawValues(bytes: Uint8Array): Promise<RawWorkbook> {
  const zip = await JSZip.loadAsync(bytes);
  const file = async (p: string): Promise<string> => (await zip.file(p)?.async('string')) ?? '';
  const shared = [...(await file('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1] ?? ''));
  const rels = new Map([...(await file('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const target = /Target="([^"]+)"/.exec(m[0])?.[1] ?? '';
    return [id, target.replace(/^\/?xl\//, '')];
  }));
  const out = new Map<string, Map<string, RawValue>>();
  for (const m of (await file('xl/workbook.xml')).matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(/name="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const xml = await file(`xl/${rels.get(rid) ?? ''}`);
    const cells = new Map<string, RawValue>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const body = c[2] ?? '';
      const ref = /r="([A-Z]+\d+)"/.exec(attrs)?.[1];
      if (ref === undefined) continue;
      const type = /t="([a-z]+)"/.exec(attrs)?.[1] ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: RawValue = null;
      if (type === 'inlineStr') value = texts(body);
      else if (v !== undefined) {
        if (type === 's') value = shared[Number(v)] ?? null;
        else if (type === 'str' || type === 'e') value = decode(v);
        else if (type === 'b') value = v === '1';
        else value = Number(v);
      }
      const at = parseA1(ref);
      cells.set(`${at.row},${at.col}`, value);
    }
    out.set(name, cells);
  }
  return out;
}
