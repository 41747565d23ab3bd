/**
 * One page of a PDF that LibreOffice wrote, as a PDF of its own: the page tree's /Kids array keeps only
 * that page and /Count becomes 1, each padded with spaces to its old length, so that every byte offset in
 * the cross-reference table stays right (the other pages remain, unreferenced).
 */
const KIDS = /\/Kids\s*\[([^\]]*)\]/;
const COUNT = /\/Count\s+(\d+)/;
const MEDIA_BOX = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/;

/** References (`12 0 R`) of the pages, in order; only a flat page tree (LibreOffice's) is supported. */
export function pageRefs(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  const kids = [...text.matchAll(new RegExp(KIDS, 'g'))];
  if (kids.length !== 1) throw new Error(`expected one page tree node, found ${kids.length}`);
  return [...(kids[0]?.[1] ?? '').matchAll(/(\d+)\s+(\d+)\s+R/g)].map((m) => `${m[1]} ${m[2]} R`);
}

/** The size in points of page `index` (0-based), from its own /MediaBox or the page tree's. */
export function pageSize(pdf: Uint8Array, index: number): { width: number; height: number } {
  const text = Buffer.from(pdf).toString('latin1');
  const ref = pageRefs(pdf)[index];
  if (ref === undefined) throw new Error(`the PDF has no page ${index + 1}`);
  const [num, gen] = ref.split(' ');
  const object = new RegExp(`(?:^|\\s)${num}\\s+${gen}\\s+obj([\\s\\S]*?)endobj`).exec(text)?.[1] ?? '';
  const tree = pageTree(text);
  const box = MEDIA_BOX.exec(object) ?? MEDIA_BOX.exec(text.slice(tree.start, tree.end));
  if (box === null) throw new Error('no /MediaBox in the PDF');
  const [x0, y0, x1, y1] = box.slice(1).map(Number) as [number, number, number, number];
  return { width: x1 - x0, height: y1 - y0 };
}

/** Start and end of the page tree's root object (the one dictionary of /Type /Pages). */
function pageTree(text: string): { start: number; end: number } {
  const at = text.search(/\/Type\s*\/Pages\b/);
  if (at < 0) throw new Error('no page tree in the PDF');
  const start = text.lastIndexOf(' obj', at);
  const end = text.indexOf('endobj', at);
  if (start < 0 || end < 0) throw new Error('no page tree object in the PDF');
  return { start, end };
}

export function singlePage(pdf: Uint8Array, index: number): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const ref = pageRefs(pdf)[index];
  if (ref === undefined) throw new Error(`the PDF has no page ${index + 1}`);
  const { start, end } = pageTree(text);
  const tree = text.slice(start, end);
  if (!KIDS.test(tree) || !COUNT.test(tree)) throw new Error('the page tree has no /Kids or /Count');
  const rewritten = tree.replace(KIDS, (all) => `/Kids[ ${ref}`.padEnd(all.length - 1, ' ') + ']').replace(COUNT, (all) => '/Count 1'.padEnd(all.length, ' '));
  if (rewritten.length !== tree.length) throw new Error('the page tree could not be rewritten in place');
  return new Uint8Array(Buffer.from(text.slice(0, start) + rewritten + text.slice(end), 'latin1'));
}
