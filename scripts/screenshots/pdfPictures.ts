/**
 * One-page PDFs (pdfPages.ts) → PNG with headless Chromium's own PDF viewer (no image package, no Ghostscript): the
 * page is shown at 100 % without toolbar in a viewport a little larger than the page, screenshots are
 * taken until two in a row are identical (the viewer has finished drawing), and the white page is cut out
 * of the viewer's dark background.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { decodePng } from '../../test/support/png';
import { pageSize } from './pdfPages';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Room around the page in the viewer, in CSS pixels. */
const MARGIN = 80;

/** The bounding box, in image pixels, of the page's white pixels. */
function whiteBox(png: Uint8Array): { x: number; y: number; width: number; height: number } {
  const { width, height, colours } = decodePng(png);
  let [left, top, right, bottom] = [width, height, -1, -1];
  colours.forEach((c, i) => {
    if (c !== 'ffffff') return;
    const x = i % width;
    const y = Math.floor(i / width);
    [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
  });
  if (right < 0) throw new Error('the PDF viewer showed no page');
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

async function settled(page: Page): Promise<Buffer> {
  let previous: Buffer = Buffer.alloc(0);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const shot = await page.screenshot();
    if (shot.equals(previous)) return shot;
    previous = shot;
  }
  throw new Error('the PDF viewer kept changing for 10 seconds');
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
      const box = whiteBox(await settled(page));
      const clip = { x: box.x / scale, y: box.y / scale, width: box.width / scale, height: box.height / scale };
      writeFileSync(job.png, await page.screenshot({ clip }));
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
