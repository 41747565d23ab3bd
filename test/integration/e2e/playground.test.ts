/**
 * The playground in headless Chromium, as a user drives it: the production build, served on 127.0.0.1.
 * Figures are checked by hand from the starter model (Backup CLI at $10 a month, seat ladder graduated
 * 0% to 10, 10% to 50, 20% to 250, 30% above).
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, openPanel, openPlayground, openSheet, pane, preview, screenshot, stopServer, type Session } from './support/playground';
import { revealNewControls } from './support/reveal';

jest.setTimeout(240_000);

let session: Session;

afterEach(async () => {
  await session?.close();
});
afterAll(async () => {
  await stopServer();
});

describe('The playground', () => {
  it('a new user changes a ladder band’s discount, builds, and sees the ladder’s figures change', async () => {
    session = await openPlayground({ height: 1100 });
    const { page } = session;
    await expectText(preview(page), 'Nothing built yet: press Build workbook in the pane.');
    await screenshot(page, 'playground-new-user');
    await build(page, 1);
    let ladders = await openSheet(page, 'Ladders');
    // 50 seats: 10 × $10 + 40 × $9 = $460.00; 500 seats: 460 + 200 × 8 + 250 × 7 = $3,810.00.
    await expectText(ladders, '$460.00');
    await expectText(ladders, '$3,810.00');
    await screenshot(page, 'playground-ladders-sheet');

    await openPanel(page, 'Ladders');
    const discount = pane(page).getByLabel('Band 2 discount');
    await discount.fill('15');
    await expectText(pane(page).getByTestId('ladder-chart').locator('..'), 'USD 10.00 at 1 unit');
    await screenshot(pane(page), 'panel-ladders');
    await build(page, 2);
    ladders = await openSheet(page, 'Ladders');
    // 50 seats: 10 × $10 + 40 × $8.50 = $440.00; 500 seats: 440 + 1,600 + 1,750 = $3,790.00.
    await expectText(ladders, '$440.00');
    await expectText(ladders, '$3,790.00');
    expect(await ladders.innerText()).not.toContain('$460.00');
    await screenshot(page, 'playground-after-ladder-change');
  });

  it('imports an invalid model: every error is shown, Build is disabled and the preview is unchanged', async () => {
    session = await openPlayground();
    const { page } = session;
    await build(page, 1);
    const before = await openSheet(page, 'Price book');
    const previewBefore = await before.innerText();
    const dir = mkdtempSync(join(tmpdir(), 'tiercraft-import-'));
    const file = join(dir, 'broken.tiercraft.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'Broken',
        currency: 'dollars',
        products: [{ sku: 'A', name: 'A' }],
        prices: [{ sku: 'A', tier: 'product', term: 'annual', listPrice: -5 }, { sku: 'B', tier: 'product', term: 'annual', listPrice: 5 }],
        ladders: [{ id: 'l', name: 'L', mode: 'graduated', bands: [{ upTo: 10, discount: 0 }, { upTo: 5, discount: 1.5 }] }],
      }),
    );
    await pane(page).getByTestId('import-file').setInputFiles(file);
    const issues = pane(page).getByRole('list', { name: 'Issues' });
    await issues.waitFor();
    const items = await issues.getByRole('listitem').allInnerTexts();
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Currency: .*three-letter ISO 4217 code/),
        expect.stringMatching(/^Price 1 › List price: .*must not be negative/),
        expect.stringMatching(/^Ladder 1 › Band 2 › Discount: .*between 0 and 1/),
        expect.stringMatching(/^Price 2( › SKU)?: .*"B"/),
      ]),
    );
    await expectText(pane(page), `${items.length} issues to fix before building`);
    expect(await pane(page).getByRole('button', { name: 'Build workbook' }).isDisabled()).toBe(true);
    await expectText(pane(page), 'Build is disabled');
    await screenshot(page, 'playground-invalid-import');
    expect(await (await openSheet(page, 'Price book')).innerText()).toBe(previewBefore);
    await expectText(preview(page), 'Build 1:');
  });

  it('shows each party’s margin on one unit through a distributor at Gold level', async () => {
    session = await openPlayground({ height: 1800 });
    const { page } = session;
    await openPanel(page, 'Channels');
    const margins = pane(page).getByRole('table', { name: /Margins by party/ });
    await pane(page).getByLabel('Product', { exact: true }).selectOption('BK-TEAM');
    await pane(page).getByLabel('Tier', { exact: true }).selectOption('solution');
    await pane(page).getByLabel('Term', { exact: true }).selectOption('annual');
    await pane(page).getByLabel('Channel', { exact: true }).selectOption('distribution');
    await pane(page).getByLabel('Partner level', { exact: true }).selectOption('gold');
    // List $1,200: the reseller buys at 1,200 − 20% = $960.00, the distributor at 960 − 8% of list = $864.00;
    // rebate and MDF 2% each of $864 = $17.28; vendor net $829.44, cost to serve 12 × $15 = $180.00.
    // Reseller keeps 240 + 34.56 = $274.56 (22.9% of 1,200); the vendor 829.44 − 180 = $649.44 (78.3% of net).
    const rows = await margins.getByRole('row').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'Party Pays Gets Margin Margin %',
      'Customer 1,200.00 — — —',
      'Reseller 960.00 1,200.00 274.56 22.9%',
      'Distributor 864.00 960.00 96.00 10.0%',
      'Vendor 180.00 829.44 649.44 78.3%',
    ]);
    await screenshot(pane(page), 'panel-channels');
    await screenshot(pane(page).getByRole('region', { name: 'Margins by party' }), 'channels-margins');
  });

  it('builds a two-line quote through a distributor at Gold level and sees each party’s margin', async () => {
    session = await openPlayground({ height: 2400 });
    const { page } = session;
    await openPanel(page, 'Quote');
    const p = pane(page);
    // Start from an empty quote and add two lines.
    while ((await p.getByRole('button', { name: /^Remove line 1/ }).count()) > 0) await p.getByRole('button', { name: /^Remove line 1/ }).click();
    for (const [n, sku, tier, quantity] of [[1, 'BK-CLI', 'product', '120'], [2, 'BK-TEAM', 'solution', '4']] as const) {
      await p.getByRole('button', { name: 'Add line' }).click();
      const line = p.getByRole('region', { name: new RegExp(`^line ${n}\\b`) });
      await line.getByLabel('Product', { exact: true }).selectOption(sku);
      await line.getByLabel('Tier', { exact: true }).selectOption(tier);
      await line.getByLabel('Term', { exact: true }).selectOption('annual');
      await line.getByLabel('Channel', { exact: true }).selectOption('distribution');
      await line.getByLabel('Partner level', { exact: true }).selectOption('gold');
      await line.getByLabel('Quantity', { exact: true }).fill(quantity);
    }
    // Line 1: 120 seats at $100, graduated 10 × 0% + 40 × 10% + 70 × 20% = $1,800 off → $10,200.00;
    // reseller buys at 10,200 − 20% of 12,000 = $7,800.00, the distributor at 7,800 − 8% of 12,000 = $6,840.00.
    const line1 = p.getByTestId('waterfall-1');
    await expectText(line1, '10,200.00');
    const text1 = (await line1.innerText()).replace(/\s+/g, ' ');
    expect(text1).toContain('Reseller margin 2,673.60 26.2%');
    expect(text1).toContain('Distributor margin 960.00 12.3%');
    expect(text1).toContain('Vendor margin 5,846.40 89.0%');
    // Line 2: 4 × $1,200 = $4,800 with no ladder: reseller 960 + 138.24 = $1,098.24, distributor $384.00.
    const text2 = (await p.getByTestId('waterfall-2').innerText()).replace(/\s+/g, ' ');
    expect(text2).toContain('Reseller margin 1,098.24 22.9%');
    expect(text2).toContain('Distributor margin 384.00 10.0%');
    const totals = (await p.getByTestId('quote-totals').innerText()).replace(/\s+/g, ' ');
    expect(totals).toContain('Customer price 15,000.00');
    expect(totals).toContain('Reseller margins 3,771.84');
    expect(totals).toContain('Distributor margins 1,344.00');
    expect(totals).toContain('Vendor net 9,884.16');
    // The vendor's pocket price is its net; the reseller's pocket margin its margin with rebate and MDF.
    const pocket = (await p.getByTestId('pocket-summary').innerText()).replace(/\s+/g, ' ');
    expect(pocket).toContain('Vendor 9,884.16');
    expect(pocket).toContain('Reseller 15,000.00 3,771.84');
    await screenshot(pane(page), 'panel-quote');
    await build(page, 1);
    const quote = await openSheet(page, 'Quote');
    await expectText(quote, '$10,200.00');
    await expectText(quote, '$2,673.60');
    await expectText(quote, '$1,098.24');
    await screenshot(page, 'playground-quote-sheet');
  });

  it.each([
    ['Packaging', 'panel-packaging'],
    ['Price book', 'panel-price-book'],
    ['Bundles', 'panel-bundles'],
    ['Routes', 'panel-routes'],
    ['Functions', 'panel-functions'],
  ])('renders the %s panel at a task pane’s width', async (panel, name) => {
    session = await openPlayground({ height: 1600 });
    const { page } = session;
    await openPanel(page, panel);
    await page.waitForTimeout(300);
    await screenshot(pane(page), name);
    expect(await pane(page).getByRole('tabpanel').innerText()).not.toBe('');
  });

  it('fits Excel’s narrowest task pane (320 px): no panel scrolls sideways', async () => {
    session = await openPlayground();
    const { page } = session;
    await pane(page).evaluate((el) => {
      (el as HTMLElement).style.width = '320px';
      (el as HTMLElement).style.minWidth = '320px';
    });
    const overflowing: string[] = [];
    for (const panel of ['Packaging', 'Price book', 'Ladders', 'Bundles', 'Channels', 'Markets', 'Quote', 'Routes', 'Scenarios', 'Functions']) {
      await openPanel(page, panel);
      await revealNewControls(page, panel);
      const [scroll, client] = await pane(page).evaluate((el) => [el.scrollWidth, el.clientWidth]);
      if ((scroll ?? 0) > (client ?? 0) + 1) overflowing.push(`${panel} (${scroll} > ${client})`);
    }
    expect(overflowing).toEqual([]);
    await openPanel(page, 'Ladders');
    await screenshot(pane(page), 'panel-ladders-320px');
  });

  it('follows the system’s dark colour scheme', async () => {
    session = await openPlayground({ dark: true });
    const { page } = session;
    await build(page, 1);
    await openSheet(page, 'Price book');
    const background = await pane(page).getByRole('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(3 * 80);
    await screenshot(page, 'playground-dark');
  });
});

async function expectText(scope: import('playwright-core').Locator, text: string): Promise<void> {
  await scope.getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 });
}
