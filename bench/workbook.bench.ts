/**
 * `tiercraft build` timed end to end in a child process (start-up included) with its peak memory (max RSS),
 * for the example model and for a generated model of 10,000 products × 3 tiers × 3 terms.
 * Target: under 10 s and 1 GB each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'tiercraft.mjs');
const EXAMPLE = join(ROOT, 'examples', 'backup-vendor.tiercraft.json');
const TARGET_SECONDS = 10;
const TARGET_MB = 1024;

/** A model of `products` products priced in each of the example's 3 tiers and 3 terms. */
export function generatedModel(products: number): unknown {
  const base = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
  const tiers = ['product', 'solution', 'enterprise'];
  const terms: readonly [string, number][] = [['monthly', 1], ['annual', 10], ['3-year', 27]];
  const list: unknown[] = [];
  const prices: unknown[] = [];
  for (let i = 0; i < products; i += 1) {
    const sku = `P${String(i).padStart(5, '0')}`;
    list.push({ sku, name: `Product ${i}`, family: `Family ${i % 20}`, unit: 'user', unitCost: 0.5 + (i % 7) / 10 });
    tiers.forEach((tier, t) => terms.forEach(([term, months]) => prices.push({ sku, tier, term, listPrice: Math.round((5 + (i % 50) + t * 10) * months * 100) / 100 })));
  }
  return { ...base, name: `Generated: ${products} products`, products: list, prices, bundles: [], quote: { customer: 'Generated', lines: [] } };
}

interface Measure {
  readonly seconds: number;
  readonly peakMb: number;
  readonly fileMb: number;
}

function measureBuild(modelFile: string, dir: string): Measure {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  const rssFile = join(dir, 'rss.txt');
  const preload = join(dir, 'rss.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'build', modelFile, '-o', out], {
    env: { ...process.env, NODE_OPTIONS: `--require ${preload}` },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`tiercraft build failed (${r.status}): ${r.stderr}`);
  return { seconds, peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024, fileMb: statSync(out).size / 1024 / 1024 };
}

function report(label: string, m: Measure): void {
  const ok = m.seconds < TARGET_SECONDS && m.peakMb < TARGET_MB;
  console.log(
    `${label.padEnd(44)} time ${m.seconds.toFixed(2).padStart(6)} s (target < ${TARGET_SECONDS} s)   peak RSS ${m.peakMb.toFixed(0).padStart(5)} MB (target < ${TARGET_MB} MB)   file ${m.fileMb.toFixed(1)} MB   ${ok ? 'OK' : 'OVER TARGET'}`,
  );
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-bench-'));
  try {
    report('tiercraft build: example model', measureBuild(EXAMPLE, dir));
    const big = join(dir, 'generated.json');
    writeFileSync(big, JSON.stringify(generatedModel(10_000)));
    report('tiercraft build: 10,000 products × 3 × 3', measureBuild(big, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
