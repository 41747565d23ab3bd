/** Opening the built playground in headless Chromium, and saving screenshots as test artefacts. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchChromium, type Chromium } from './browser';
import { PLAYGROUND_DIST, ROOT, ensurePlaygroundBuild } from './buildPlayground';
import { serveDirectory, type StaticServer } from './staticServer';

export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const DOCS_SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

export interface Session {
  readonly page: Page;
  readonly origin: string;
  close(): Promise<void>;
}

let server: StaticServer | null = null;

export async function openPlayground(options: { readonly dark?: boolean; readonly width?: number; readonly height?: number } = {}): Promise<Session> {
  ensurePlaygroundBuild();
  server ??= await serveDirectory(PLAYGROUND_DIST);
  const browser: Chromium = await launchChromium({ dark: options.dark, width: options.width, height: options.height });
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/playground.html`);
  await page.getByRole('button', { name: 'Build workbook' }).waitFor();
  return {
    page,
    origin: server.origin,
    close: async () => {
      await browser.close();
      if (errors.length > 0) throw new Error(`The page reported errors: ${errors.join('; ')}`);
    },
  };
}

export async function stopServer(): Promise<void> {
  await server?.close();
  server = null;
}

/** Saves a screenshot to test-artifacts/screenshots (and docs/screenshots with UPDATE_SCREENSHOTS=1). */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await target.screenshot({ path: file });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(file, join(DOCS_SCREENSHOTS, `${name}.png`));
  }
  return file;
}

export const pane = (page: Page): Locator => page.getByTestId('task-pane');
export const preview = (page: Page): Locator => page.getByRole('region', { name: 'Workbook preview' });

/** Builds from the pane and waits for the preview to show build number `n`. */
export async function build(page: Page, n: number): Promise<void> {
  await pane(page).getByRole('button', { name: 'Build workbook' }).click();
  await preview(page).getByText(new RegExp(`^Build ${n}:`)).waitFor();
  await pane(page).getByText(/^Built \d+ sheets/).waitFor();
}

export async function openSheet(page: Page, name: string): Promise<Locator> {
  await preview(page).getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name }).click();
  return preview(page).getByRole('table', { name: `Sheet ${name}` });
}

export async function openPanel(page: Page, name: string): Promise<void> {
  await pane(page).getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name }).click();
}
