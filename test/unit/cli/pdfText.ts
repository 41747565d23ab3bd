/** What a PDF says, through poppler's command-line tools (Debian poppler-utils, installed by npm run setup). */
import { execFileSync } from 'node:child_process';

const poppler = (tool: string, args: readonly string[]): string => {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`${tool} (Debian package poppler-utils, installed by npm run setup) failed: ${e instanceof Error ? e.message : String(e)}`);
  }
};

/** The text of pages `first`..`last` (all by default), whitespace runs folded to one space. */
export function pdfText(file: string, first?: number, last?: number): string {
  const range = [...(first === undefined ? [] : ['-f', String(first)]), ...(last === undefined ? [] : ['-l', String(last)])];
  return poppler('pdftotext', [...range, file, '-']).replace(/\s+/g, ' ');
}

/**
 * The text as laid out (pdftotext -layout), one printed line per line, whitespace runs folded: a label
 * and its amount in the same row come out as "… Total (USD) 34,849.32".
 */
export function pdfLayout(file: string): string {
  return poppler('pdftotext', ['-layout', file, '-'])
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .join('\n');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A row of a printed amounts column: the label, then the amount ending the printed line. */
export const amountRow = (label: string, amount: string): RegExp => new RegExp(`(^| )${escape(label)} ${escape(amount)}$`, 'm');

/** The text of each page, in order (pdftotext ends each page with a form feed). */
export function pdfPages(file: string): string[] {
  return poppler('pdftotext', [file, '-'])
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, ' '));
}

/** pdfinfo's fields: "Pages", "Page size", "Title" … */
export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of poppler('pdfinfo', [file]).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

/** The fonts the PDF uses, as pdffonts lists them: name and whether embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return poppler('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name, type words…, encoding, emb, sub, uni, object, id
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
}
