/**
 * One-page PDFs (pdfPages.ts) → PNG with headless Chromium's own PDF viewer (no image package, no
 * Ghostscript): the page is shown at 100 % without toolbar in a viewport a little larger than the page,
 * screenshots are taken until three in a row are identical and show the page (the viewer has finished
 * drawing its tiles), and the white page is cut out of the viewer's dark background.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { decodePng } from '../../test/support/png';
import { pageSize } from './pdfPages';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Room around the page in the viewer, in CSS pixels. */
const MARGIN = 80;

type Box = { x: number; y: number; width: number; height: number };

/** The bounding box, in image pixels, of the page's white pixels (null while no page is drawn). */
function whiteBox(png: Uint8Array): Box | null {
  const { width, colours } = decodePng(png);
  let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
  colours.forEach((c, i) => {
    if (c !== 'ffffff') return;
    const x = i % width;
    const y = Math.floor(i / width);
    [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
  });
  return right < 0 ? null : { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

/** The page's box once the viewer shows a page and three screenshots in a row are identical. */
async function settledPage(page: Page): Promise<Box> {
  let previous: Buffer = Buffer.alloc(0);
  let same = 0;
  for (let i = 0; i < 80; i++) {
    await page.waitForTimeout(250);
    const shot = await page.screenshot();
    same = shot.equals(previous) ? same + 1 : 0;
    previous = shot;
    const box = same >= 2 ? whiteBox(shot) : null;
    if (box !== null) return box;
  }
  throw new Error('the PDF viewer showed no settled page within 20 seconds');
}

/** Writes `png` for each `pdf`, at `scale` device pixels per CSS pixel (1 pt = 4/3 CSS px at 100 %). */
export async function pdfPictures(jobs: readonly { pdf: string; png: string }[], scale: number): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    for (const job of jobs) {
      const size = pageSize(new Uint8Array(readFileSync(job.pdf)), 0);
      const viewport = { width: Math.ceil((size.width * 4) / 3) + 2 * MARGIN, height: Math.ceil((size.height * 4) / 3) + 2 * MARGIN };
      const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
      const page = await context.newPage();
      await page.goto(`${pathToFileURL(job.pdf).href}#toolbar=0&navpanes=0&zoom=100`);
      const box = await settledPage(page);
      const clip = { x: box.x / scale, y: box.y / scale, width: box.width / scale, height: box.height / scale };
      writeFileSync(job.png, await page.screenshot({ clip }));
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
