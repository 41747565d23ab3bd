/**
 * The starter model has no shaped product, price ladder, market or rebate tier: these edits bring their controls
 * on screen, so that the accessibility and width checks see them too, and leave the model valid.
 */
import type { Page } from 'playwright-core';

const pane = (page: Page) => page.getByTestId('task-pane');

const REVEAL: Readonly<Record<string, (page: Page) => Promise<void>>> = {
  // New products, not the starter's: those are in a discount bundle, which takes per-unit products only.
  'Price book': async (page) => {
    for (const shape of ['package', 'tiered']) {
      await pane(page).getByRole('button', { name: 'Add product' }).click();
      await pane(page).getByLabel('Price shape').last().selectOption(shape);
    }
  },
  // A rebate tier row (from purchases, rate, remove) on the first level.
  Channels: async (page) => pane(page).getByRole('button', { name: 'Add rebate tier' }).first().click(),
  Ladders: async (page) => pane(page).getByRole('button', { name: 'Add price ladder' }).click(),
  Markets: async (page) => {
    await pane(page).getByRole('button', { name: 'Add market' }).click();
    await pane(page).getByRole('button', { name: 'Add override' }).click();
  },
};

/** Once per session: a second call on a panel adds a second price ladder or market, which is harmless. */
export async function revealNewControls(page: Page, panel: string): Promise<void> {
  await REVEAL[panel]?.(page);
}
