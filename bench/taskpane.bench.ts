/**
 * The task pane's first load: bytes and gzipped bytes of the JavaScript each page loads before any
 * lazy chunk (budget: 350 KB gzipped for the task pane), and the time until the playground is
 * interactive (Build workbook enabled) in headless Chromium. Uses the production build of the browser
 * tests (test-artifacts/playground-dist), made first when missing or stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { ensurePlaygroundBuild } from '../test/integration/e2e/support/buildPlayground';
import { launchChromium } from '../test/integration/e2e/support/browser';
import { serveDirectory } from '../test/integration/e2e/support/staticServer';
import { guardrailChecks } from '../src/taskpane/state/checks';
import { pocketFigures } from '../src/taskpane/state/pocketFigures';
import { quoteFigures } from '../src/taskpane/state/quoteFigures';
import { STARTER_MODEL } from '../src/taskpane/state/starterModel';
import { validateModel } from '../src/taskpane/state/validateModel';
import { describeWorkbook } from '../src/workbook/build/describeWorkbook';
import { scenarioComparison } from '../src/taskpane/state/compareFigures';
import type { ModelInput } from '../src/engine/model/schema';

/** What the pane computes on every keystroke of a valid model: validation, the quote figures and pocket prices, and the checks. */
function editCycle(): void {
  const rounds = 200;
  const step = (): void => {
    const model = validateModel(STARTER_MODEL).model;
    if (!model) throw new Error('the starter model is invalid');
    quoteFigures(model);
    pocketFigures(model);
    guardrailChecks(model, describeWorkbook(model));
  };
  for (let i = 0; i < 20; i++) step();
  const started = performance.now();
  for (let i = 0; i < rounds; i++) step();
  const each = (performance.now() - started) / rounds;
  console.log(`edit cycle on the starter model (validate, quote figures and pocket prices, describe the workbook, checks): ${each.toFixed(2)} ms per keystroke`);
}

/** The starter model with five scenarios (levels, channel, term, list prices) and a mix of every price-book entry through every route. */
function scenarioModel(): ModelInput {
  const routes = [{ channel: 'direct' }, { channel: 'reseller', level: 'silver' }, { channel: 'distribution', level: 'gold' }, { channel: 'distribution', level: 'platinum' }];
  const rows = (STARTER_MODEL.prices ?? []).flatMap((p, i) => routes.map((r) => ({ item: { sku: p.sku }, tier: p.tier, term: p.term, ...r, quantity: 10 + i, discount: 0.05 })));
  return {
    ...STARTER_MODEL,
    scenarios: [
      { id: 'gold', name: 'Gold +2 pts', changes: [{ target: 'level', level: 'gold', field: 'discount', add: 0.02 }] },
      { id: 'platinum', name: 'Platinum rebate 4%', changes: [{ target: 'level', level: 'platinum', field: 'rebate', set: 0.04 }] },
      { id: 'distributor', name: 'Distributor 10%', changes: [{ target: 'channel', channel: 'distribution', field: 'distributorDiscount', set: 0.1 }] },
      { id: 'list', name: 'List +5%', changes: [{ target: 'listPrice', change: 0.05 }] },
      { id: 'backup', name: 'Backup +3%, Gold MDF', changes: [{ target: 'listPrice', family: 'Backup', change: 0.03 }, { target: 'level', level: 'gold', field: 'mdf', add: 0.01 }] },
    ],
    mix: { name: 'Book', rows },
  };
}

/** What the Scenarios panel adds to a keystroke: validation of the 5-scenario model, then base against every scenario on its mix and quote. */
function scenariosEditCycle(): void {
  const input = scenarioModel();
  const rounds = 100;
  const step = (): void => {
    const model = validateModel(input).model;
    if (!model) throw new Error('the 5-scenario model is invalid');
    const compared = scenarioComparison(model);
    if (!compared.ok) throw new Error(compared.message);
  };
  for (let i = 0; i < 10; i++) step();
  const started = performance.now();
  for (let i = 0; i < rounds; i++) step();
  const each = (performance.now() - started) / rounds;
  console.log(`Scenarios panel edit cycle, 5 scenarios, mix of ${input.mix?.rows?.length ?? 0} rows (validate, compareScenarios): ${each.toFixed(2)} ms per keystroke`);
}

const BUDGET_GZIP = 350 * 1024;
const LOADS = 5;

interface PageWeight {
  readonly page: string;
  readonly scripts: readonly { readonly file: string; readonly bytes: number; readonly gzip: number }[];
}

/** The scripts a page loads up front: its <script src> tags (office.js from Microsoft's CDN excepted). */
function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  // Minified pages drop the quotes: <script defer src=taskpane.js>.
  const files = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? '').filter((src) => !/^https?:/.test(src));
  return {
    page,
    scripts: files.map((file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }),
  };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

function printWeight(w: PageWeight, budget?: number): void {
  const bytes = w.scripts.reduce((s, x) => s + x.bytes, 0);
  const gzip = w.scripts.reduce((s, x) => s + x.gzip, 0);
  console.log(`${w.page}: ${w.scripts.length} scripts, ${kb(bytes)} (${kb(gzip)} gzipped)${budget ? `, budget ${kb(budget)} gzipped: ${gzip <= budget ? 'within' : 'OVER'}` : ''}`);
  for (const s of w.scripts) console.log(`  ${s.file.padEnd(36)} ${kb(s.bytes).padStart(10)} ${kb(s.gzip).padStart(10)} gzipped`);
}

async function timeToInteractive(origin: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      const started = performance.now();
      await page.goto(`${origin}/playground.html`);
      await page.getByRole('button', { name: 'Build workbook' }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
      times.push(performance.now() - started);
    } finally {
      await browser.close();
    }
  }
  return times.sort((a, b) => a - b);
}

export async function run(): Promise<void> {
  editCycle();
  scenariosEditCycle();
  const dist = ensurePlaygroundBuild((line) => console.log(line));
  printWeight(pageWeight(dist, 'taskpane.html'), BUDGET_GZIP);
  printWeight(pageWeight(dist, 'playground.html'));
  const server = await serveDirectory(dist);
  try {
    const times = await timeToInteractive(server.origin);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(`playground interactive (Build workbook enabled) after navigation, ${LOADS} cold loads in headless Chromium: median ${median.toFixed(0)} ms, min ${times[0]?.toFixed(0)} ms, max ${times[times.length - 1]?.toFixed(0)} ms`);
  } finally {
    await server.close();
  }
}
