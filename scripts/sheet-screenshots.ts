/**
 * `npm run screenshots:sheets -- [SHEET…] [--model FILE] [--out DIR] [--area SHEET=A1:N40] [--scale N]`:
 * pictures of the workbook's sheets as LibreOffice draws them (tables, formats and charts), for the
 * documentation. The workbook is built from the model exactly as `tiercraft build` builds it (the CLI's
 * own code path), each chosen sheet is exported by LibreOffice headless to a one-page PDF (filter option
 * SinglePageSheets: the whole used area, or the print area given, on one page at 100 %), and Chromium
 * turns each page into docs/screenshots/<sheet>.png. Without SHEET, every visible sheet.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { run } from '../src/cli/program';
import { findSoffice } from '../test/integration/libreoffice/recalc';
import { pdfPictures } from './screenshots/pdfPictures';
import { pageRefs, singlePage } from './screenshots/pdfPages';
import { withArea, workbookSheets } from './screenshots/workbookSheets';

const ROOT = resolve(__dirname, '..');
/** LibreOffice's PDF export, one page per sheet holding all of it (LibreOffice 6.4 and later). */
const PDF_FILTER = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';

/** File name of a sheet's picture: its name in lower case, runs of other characters as one hyphen. */
export const pictureName = (sheet: string): string => `${sheet.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'sheet'}.png`;

function options(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      model: { type: 'string', default: 'examples/backup-vendor.tiercraft.json' },
      out: { type: 'string', default: 'docs/screenshots' },
      area: { type: 'string', multiple: true, default: [] },
      scale: { type: 'string', default: '1.5' },
    },
  });
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 4)) throw new Error(`--scale expects a number above 0 and at most 4 (got ${values.scale})`);
  const areas = new Map(
    values.area.map((pair) => {
      const eq = pair.lastIndexOf('=');
      if (eq < 1) throw new Error(`--area expects SHEET=A1:N40 (got '${pair}')`);
      return [pair.slice(0, eq), pair.slice(eq + 1)] as const;
    }),
  );
  return { model: resolve(values.model), out: resolve(values.out), areas, scale, sheets: positionals };
}

/** The workbook `tiercraft build MODEL -o FILE` writes. */
async function buildWorkbook(model: string, file: string): Promise<Uint8Array> {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), interactive: false, cwd: ROOT };
  const code = await run(['build', model, '-o', file], io);
  if (code !== 0 || !existsSync(file)) throw new Error(`tiercraft build failed (exit ${code}):\n${lines.join('\n')}`);
  return new Uint8Array(readFileSync(file));
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-sheets-'));
  try {
    const book = await buildWorkbook(o.model, join(dir, 'book.xlsx'));
    const all = await workbookSheets(book);
    const visible = all.filter((s) => s.visible).map((s) => s.name);
    const sheets = o.sheets.length > 0 ? o.sheets : visible;
    const unknown = [...sheets, ...o.areas.keys()].filter((s) => !visible.includes(s));
    if (unknown.length > 0) throw new Error(`no visible sheet named ${unknown.map((s) => `'${s}'`).join(', ')}; the workbook has ${visible.join(', ')}`);
    let cut = book;
    for (const [sheet, area] of o.areas) cut = await withArea(cut, sheet, area);
    writeFileSync(join(dir, 'book.xlsx'), cut);
    // LibreOffice exports every sheet, hidden ones too, each on a page of its own, in tab order.
    execFileSync(findSoffice(), [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', PDF_FILTER, '--outdir', dir, join(dir, 'book.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const pdf = new Uint8Array(readFileSync(join(dir, 'book.pdf')));
    const pages = pageRefs(pdf).length;
    if (pages !== all.length) throw new Error(`LibreOffice wrote ${pages} pages for ${all.length} sheets`);
    mkdirSync(o.out, { recursive: true });
    const jobs = sheets.map((sheet, i) => {
      const page = join(dir, `sheet${i}.pdf`);
      writeFileSync(page, singlePage(pdf, all.findIndex((s) => s.name === sheet)));
      return { pdf: page, png: join(o.out, pictureName(sheet)) };
    });
    await pdfPictures(jobs, o.scale);
    for (const job of jobs) process.stdout.write(`wrote ${relative(process.cwd(), job.png)}\n`);
    process.stdout.write(`${jobs.length} sheet${jobs.length === 1 ? '' : 's'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`screenshots:sheets: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
