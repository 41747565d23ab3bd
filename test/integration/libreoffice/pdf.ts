/**
 * Printing a workbook as LibreOffice does (`soffice --convert-to pdf`, which prints every visible sheet
 * with its page setup) and reading the PDF back page by page with poppler's pdfinfo and pdftotext
 * (Debian poppler-utils, installed by npm run setup).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from './recalc';

/** A page's text (pdftotext -layout), and its header: the text of the top 45 points (pdftotext -raw, in reading order). */
export interface PageText {
  readonly text: string;
  readonly header: string;
}

function tool(name: string): string {
  const found = [`/usr/bin/${name}`, `/usr/local/bin/${name}`].find((p) => existsSync(p));
  if (found === undefined) throw new Error(`${name} is not installed: run npm run setup (it installs poppler-utils).`);
  return found;
}

/** Each workbook printed to PDF by LibreOffice (one start-up), as the text of each of its pages. */
export function printedPages(files: readonly Uint8Array[]): PageText[][] {
  const soffice = findSoffice();
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-pdf-'));
  try {
    const inputs = files.map((bytes, i) => {
      const input = join(dir, `book${i}.xlsx`);
      writeFileSync(input, bytes);
      return input;
    });
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(dir, 'out'), ...inputs], {
      stdio: 'pipe',
      timeout: 60_000 + 30_000 * files.length,
    });
    return files.map((_, i) => {
      const pdf = join(dir, 'out', `book${i}.pdf`);
      const info = execFileSync(tool('pdfinfo'), [pdf], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
      const text = (page: number, how: readonly string[]): string => execFileSync(tool('pdftotext'), [...how, '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
      return Array.from({ length: pages }, (__, p) => ({
        text: text(p + 1, ['-layout']),
        header: text(p + 1, ['-raw', '-x', '0', '-y', '0', '-W', '5000', '-H', '45']).split('\n')[0] ?? '',
      }));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text without any white space, to compare what pdftotext lays out in columns. */
export const squeezed = (text: string): string => text.replace(/\s+/g, '');
