/**
 * Microsoft's office.js in the browser tests: the pages load it from Microsoft's CDN, which these machines
 * cannot reach, so the copy in the @microsoft/office-js package is served for that address. office.js
 * loads its host and locale files relative to its own URL, so the whole dist folder is served under the
 * CDN path. Every other address outside the test server is aborted: nothing leaves the machine.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { ROOT } from './buildPlayground';

/** The address src/taskpane/taskpane.html loads office.js from (Microsoft's CDN). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const OFFICE_JS_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

const TYPES: Readonly<Record<string, string>> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };

/** What the office.js route served and what it could not find, for assertions. */
export interface OfficeJsLog {
  readonly served: string[];
  readonly missing: string[];
  readonly aborted: string[];
}

async function serveFromDist(route: Route, log: OfficeJsLog): Promise<void> {
  const url = new URL(route.request().url());
  const relative = decodeURIComponent(url.pathname.slice(new URL(OFFICE_JS_CDN).pathname.length));
  const file = normalize(join(OFFICE_JS_DIST, relative));
  if (!file.startsWith(OFFICE_JS_DIST) || !existsSync(file) || !statSync(file).isFile()) {
    log.missing.push(relative);
    await route.fulfill({ status: 404, body: 'not in @microsoft/office-js' });
    return;
  }
  log.served.push(relative);
  await route.fulfill({ path: file, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
}

/**
 * Routes for a browser context: abort anything not from `origin`, then (registered later, so it takes
 * precedence in playwright) serve office.js and its files from the package.
 */
export async function routeOfficeJs(context: BrowserContext, origin: string): Promise<OfficeJsLog> {
  const log: OfficeJsLog = { served: [], missing: [], aborted: [] };
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      log.aborted.push(route.request().url());
      await route.abort();
    },
  );
  await context.route(`${OFFICE_JS_CDN}**`, (route) => serveFromDist(route, log));
  return log;
}
