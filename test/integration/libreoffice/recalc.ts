/**
 * Recalculate an .xlsx with LibreOffice headless, forcing every formula to be recomputed on load
 * (OOXMLRecalcMode = 0 in a private profile; by default cached values would be kept and nothing checked).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOFFICE_CANDIDATES = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice'];

/** The soffice executable, or a clear error telling how to install it. */
export function findSoffice(): string {
  const found = SOFFICE_CANDIDATES.find((p) => existsSync(p));
  if (found === undefined) {
    throw new Error('LibreOffice (soffice) is not installed: run npm run setup (it installs libreoffice-calc-nogui).');
  }
  return found;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculates `xlsx` in LibreOffice and returns the re-saved workbook's bytes. */
export function recalculate(xlsx: Uint8Array): Uint8Array {
  return recalculateAll([xlsx])[0] as Uint8Array;
}

/** Recalculates several workbooks in one LibreOffice run (one start-up), in order. */
export function recalculateAll(files: readonly Uint8Array[]): Uint8Array[] {
  const soffice = findSoffice();
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'out'));
    const inputs = files.map((bytes, i) => {
      const input = join(dir, 'in', `book${i}.xlsx`);
      writeFileSync(input, bytes);
      return input;
    });
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), ...inputs],
      { stdio: 'pipe', timeout: 60_000 + 20_000 * files.length },
    );
    return files.map((_, i) => {
      const output = join(dir, 'out', `book${i}.xlsx`);
      if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}`);
      return new Uint8Array(readFileSync(output));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The pictures LibreOffice draws of a workbook's charts: its HTML export writes each chart as a PNG
 * beside the page (in file-name order, which is not the charts' order).
 */
export function chartPictures(xlsx: Uint8Array): Uint8Array[] {
  const soffice = findSoffice();
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-lo-'));
  try {
    writeFileSync(join(dir, 'book.xlsx'), xlsx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'html', '--outdir', join(dir, 'out'), join(dir, 'book.xlsx')], { stdio: 'pipe', timeout: 90_000 });
    return readdirSync(join(dir, 'out'))
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => new Uint8Array(readFileSync(join(dir, 'out', f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
