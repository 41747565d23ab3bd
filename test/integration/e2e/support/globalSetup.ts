/** Jest globalSetup of the integration project: the browser tests need a current production build. */
import { ensurePlaygroundBuild } from './buildPlayground';

interface PatternConfig {
  readonly testPathPatterns?: { readonly patterns?: readonly string[] } | readonly string[];
}

/** Whether this run may include the browser tests (no path filter, or one that mentions them). */
function runsBrowserTests(config: PatternConfig): boolean {
  const raw = config.testPathPatterns;
  const patterns = Array.isArray(raw) ? raw : ((raw as { patterns?: readonly string[] } | undefined)?.patterns ?? []);
  return patterns.length === 0 || patterns.some((p) => /e2e|integration|playground|test\/?$/.test(String(p)));
}

export default function globalSetup(config: PatternConfig): void {
  if (!runsBrowserTests(config)) return;
  ensurePlaygroundBuild((line) => process.stderr.write(`${line}\n`));
}
