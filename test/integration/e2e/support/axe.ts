/**
 * axe-core in the browser tests: injected into the page from node_modules and run over a part of it.
 * Violations are returned (rule, impact, selector, what is wrong) less the documented false positives
 * in ALLOWED_VIOLATIONS.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './buildPlayground';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * The violations axe reports that are not violations, each with the reason. A rule is allowed only on
 * nodes whose markup (the element's opening tag, as axe reports it) matches `element`. Keep this the one
 * place such exceptions live.
 */
export const ALLOWED_VIOLATIONS: readonly { readonly rule: string; readonly element: RegExp; readonly reason: string }[] = [
  {
    rule: 'aria-hidden-focus',
    element: /^<i [^>]*data-tabster-dummy=/,
    reason:
      'Tabster (Fluent UI v9 focus management: TabList, Toolbar) puts focusable aria-hidden <i data-tabster-dummy> ' +
      '"bumpers" around groups; they only pass focus on and are hidden so that screen readers skip them. A known Fluent v9 ' +
      'false positive: microsoft/tabster#288, microsoft/fluentui#25133; Accessibility Insights suppresses it the same way ' +
      '(microsoft/accessibility-insights-web#7605).',
  },
];

export interface AxeViolation {
  readonly rule: string;
  readonly impact: string;
  readonly selector: string;
  readonly html: string;
  readonly summary: string;
}

interface AxeResultsLike {
  readonly violations: readonly {
    readonly id: string;
    readonly impact?: string | null;
    readonly nodes: readonly { readonly target: readonly unknown[]; readonly html: string; readonly failureSummary?: string }[];
  }[];
}

const allowed = (v: AxeViolation): boolean => ALLOWED_VIOLATIONS.some((a) => a.rule === v.rule && a.element.test(v.html));

/** Runs axe (WCAG 2.x A and AA, and best practices) over `scope` (a CSS selector; the whole page by default). */
export async function axeViolations(page: Page, scope?: string): Promise<readonly AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  // Scan what the user sees once it has settled: a message bar or button still fading in (Fluent's
  // enter motions) is blended with what is behind it, and axe would measure that blend's contrast.
  // Endless ones (a spinner) never finish, so only those with an end are awaited.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = (await page.evaluate(
    async (context) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
      return axe.run(context ?? document, { resultTypes: ['violations'] });
    },
    scope ?? null,
  )) as AxeResultsLike;
  const found = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      selector: node.target.map(String).join(' '),
      html: node.html,
      summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
  return found.filter((v) => !allowed(v));
}

/** One line per violation, for a readable test failure. */
export const describeViolations = (where: string, violations: readonly AxeViolation[]): string[] =>
  violations.map((v) => `${where}: ${v.rule} (${v.impact}) at ${v.selector}: ${v.summary}`);
