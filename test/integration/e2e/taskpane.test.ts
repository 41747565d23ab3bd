/**
 * taskpane.html and playground.html as a browser opens them, with Microsoft's office.js (from the
 * @microsoft/office-js package) served for the CDN address the pages use. Outside Office, office.js
 * resolves Office.onReady() with no host and defines no Excel namespace.
 */
import { openPage, openPlayground, pane, stopServer, type Session } from './support/playground';

jest.setTimeout(240_000);

let session: Session | undefined;

afterEach(async () => {
  // Closing the session fails the test if the page reported a page error or a console error.
  await session?.close();
  session = undefined;
});
afterAll(async () => {
  await stopServer();
});

describe('The pages with Microsoft’s office.js', () => {
  it('taskpane.html opened outside Excel says to open it in Excel, with no page error', async () => {
    session = await openPage('taskpane.html');
    const { page } = session;
    await page.getByRole('heading', { name: 'Open Tiercraft in Excel' }).waitFor();
    expect(await page.getByTestId('open-in-excel').isVisible()).toBe(true);
    expect(await page.getByText('Excel is not here').isVisible()).toBe(true);
    // The real office.js ran: it was served from the package, and it says there is no host.
    expect(session.officeJs.served).toContain('office.js');
    expect(await page.evaluate(async () => (await Office.onReady()).host)).toBeNull();
    expect(await page.evaluate(() => typeof (window as { Excel?: unknown }).Excel)).toBe('undefined');
    expect(session.errors).toEqual([]);
  });

  it('the link on the open-in-Excel page takes the user to the playground, where the pane works', async () => {
    session = await openPage('taskpane.html');
    const { page } = session;
    await page.getByRole('link', { name: 'Try the pane without Excel in the playground' }).click();
    await page.waitForURL(/playground\.html$/);
    await pane(page).getByRole('button', { name: 'Build workbook' }).waitFor();
    expect(session.errors).toEqual([]);
  });

  it('playground.html shows the pane, with no page error', async () => {
    session = await openPlayground();
    const { page } = session;
    expect(await pane(page).getByRole('tablist', { name: 'Panels' }).isVisible()).toBe(true);
    expect(await page.getByTestId('failure').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});
