/**
 * The ribbon commands of manifest.xml, run in the shared runtime: they open or hide the pane and
 * always complete the Office event, even when Office refuses, so the ribbon never hangs.
 */
import { closePricingPane, openPricingPane } from '../../../src/commands/commands';

function officeWith(addin: { showAsTaskpane: () => Promise<void>; hide: () => Promise<void> }): void {
  Object.assign(globalThis, { Office: { addin } });
}

describe('ribbon commands', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('opens the pane and completes the event', async () => {
    const showAsTaskpane = jest.fn(() => Promise.resolve());
    officeWith({ showAsTaskpane, hide: jest.fn() });
    const event = { completed: jest.fn() };
    await openPricingPane(event as unknown as Office.AddinCommands.Event);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('completes the event even when Office refuses', async () => {
    officeWith({ showAsTaskpane: jest.fn(), hide: () => Promise.reject(new Error('not supported')) });
    const event = { completed: jest.fn() };
    await expect(closePricingPane(event as unknown as Office.AddinCommands.Event)).rejects.toThrow('not supported');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
