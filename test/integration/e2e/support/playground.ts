/** Opening the pages of the test build (playground, task pane) in headless Chromium, and saving screenshots as test artefacts. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchChromium, type Chromium } from './browser';
import { PLAYGROUND_DIST, ROOT, ensurePlaygroundBuild } from './buildPlayground';
import { routeOfficeJs, type OfficeJsLog } from './officeJs';
import { serveDirectory, type StaticServer } from './staticServer';

export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const DOCS_SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

export interface Session {
  readonly page: Page;
  readonly origin: string;
  /** Uncaught page errors and console errors, as they happened. */
  readonly errors: readonly string[];
  /** What the office.js route served. */
  readonly officeJs: OfficeJsLog;
  /** Closes the browser; rejects if the page reported any error. */
  close(): Promise<void>;
}

export interface PageOptions {
  readonly dark?: boolean;
  readonly width?: number;
  readonly height?: number;
}

let server: StaticServer | null = null;

/**
 * Opens a page of the test build in headless Chromium, with Microsoft's office.js served for its CDN
 * address (support/officeJs.ts), recording every page error and console error.
 */
export async function openPage(path: string, options: PageOptions = {}): Promise<Session> {
  ensurePlaygroundBuild();
  server ??= await serveDirectory(PLAYGROUND_DIST);
  const origin = server.origin;
  const browser: Chromium = await launchChromium({ dark: options.dark, width: options.width, height: options.height });
  const officeJs = await routeOfficeJs(browser.context, origin);
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  await page.goto(`${origin}/${path}`);
  return {
    page,
    origin,
    errors,
    officeJs,
    close: async () => {
      await browser.close();
      if (errors.length > 0) throw new Error(`The page reported errors: ${errors.join('; ')}`);
    },
  };
}

export async function openPlayground(options: PageOptions = {}): Promise<Session> {
  const session = await openPage('playground.html', options);
  await session.page.getByRole('button', { name: 'Build workbook' }).waitFor();
  return session;
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
  await preview(page).getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name, exact: true }).click();
  return preview(page).getByRole('table', { name: `Sheet ${name}` });
}

export async function openPanel(page: Page, name: string): Promise<void> {
  await pane(page).getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name, exact: true }).click();
}
