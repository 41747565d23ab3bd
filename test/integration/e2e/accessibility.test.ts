/**
 * axe-core over what the user sees: every panel of the pane, the playground page (before and after a
 * build), and the open-in-Excel page, in light and dark, at 320 and 450 px (the narrowest and widest the
 * pane is in the playground). Allowed false positives are listed, with reasons, in support/axe.ts.
 */
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe';
import { revealNewControls } from './support/reveal';
import { build, openPage, openPanel, openPlayground, stopServer, type Session } from './support/playground';

jest.setTimeout(480_000);

const PANELS = ['Packaging', 'Price book', 'Ladders', 'Bundles', 'Channels', 'Markets', 'Quote', 'Routes', 'Scenarios', 'Functions'] as const;

const LOOKS = [
  { theme: 'light', dark: false, width: 320 },
  { theme: 'light', dark: false, width: 450 },
  { theme: 'dark', dark: true, width: 320 },
  { theme: 'dark', dark: true, width: 450 },
] as const;

let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(async () => {
  await stopServer();
});

/** The pane at `width` px, as a user who resized it in the playground sees it. */
async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.getByTestId('task-pane').evaluate((element, px) => {
    (element as HTMLElement).style.width = `${px}px`;
  }, width);
}

describe('Accessibility', () => {
  it.each(LOOKS)('every panel has no accessibility violation in $theme theme at $width px', async ({ theme, dark, width }) => {
    session = await openPlayground({ dark, width: 1200 });
    const { page } = session;
    await setPaneWidth(page, width);
    const found: string[] = [];
    for (const panel of PANELS) {
      await openPanel(page, panel);
      await page.getByRole('tabpanel').waitFor();
      await revealNewControls(page, panel);
      found.push(...describeViolations(`${panel} panel, ${theme}, ${width} px`, await axeViolations(page, '[data-testid="task-pane"]')));
    }
    expect(found).toEqual([]);
  });

  it.each(LOOKS)('the playground page has no accessibility violation in $theme theme at $width px, before and after a build', async ({ theme, dark, width }) => {
    session = await openPlayground({ dark, width });
    const { page } = session;
    const found = describeViolations(`playground, ${theme}, ${width} px`, await axeViolations(page));
    await build(page, 1);
    found.push(...describeViolations(`playground after a build, ${theme}, ${width} px`, await axeViolations(page)));
    expect(found).toEqual([]);
  });

  it.each(LOOKS)('the open-in-Excel page has no accessibility violation in $theme theme at $width px', async ({ theme, dark, width }) => {
    session = await openPage('taskpane.html', { dark, width });
    const { page } = session;
    await page.getByTestId('open-in-excel').waitFor();
    expect(describeViolations(`open in Excel, ${theme}, ${width} px`, await axeViolations(page))).toEqual([]);
  });

  it('the check still reports real violations: only tabster’s own bumpers are let through', async () => {
    session = await openPage('taskpane.html');
    const { page } = session;
    await page.getByTestId('open-in-excel').waitFor();
    await page.evaluate(() => {
      const main = document.querySelector('main');
      main?.insertAdjacentHTML('beforeend', '<i tabindex="0" aria-hidden="true" data-probe="bumper-lookalike"></i><p style="color:#999;background:#aaa">faint</p>');
    });
    const rules = (await axeViolations(page)).map((v) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['aria-hidden-focus', 'color-contrast']));
  });
});
