/**
 * The starter model has no shaped product, price ladder, market, rebate tier, scenario, bundle line or approval matrix: these edits bring their controls
 * on screen, so that the accessibility and width checks see them too, and leave the model valid.
 */
import type { Page } from 'playwright-core';
import { STARTER_MODEL } from '../../../../src/taskpane/state/starterModel';

const MIX_CSV = 'item,tier,term,channel,level,quantity\nBK-CLI,product,annual,direct,,40\nBK-TEAM,solution,annual,distribution,gold,12\n';
/** The starter model with its first list price raised: a file to compare with. */
const PROPOSAL = { ...STARTER_MODEL, prices: (STARTER_MODEL.prices ?? []).map((p, i) => (i === 0 ? { ...p, listPrice: 11 } : p)) };

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
  // A bundle line's components (an optional one has a switch), the approval matrix, an approval given, and each line's approver.
  Quote: async (page) => {
    await pane(page).getByRole('combobox', { name: 'Item' }).first().selectOption('bundle');
    // Two bundles, not the product line's 120: the Scenarios panel's comparison of a quote in the millions is wider than 320 px.
    await pane(page).getByLabel('Quantity').first().fill('2');
    await pane(page).getByRole('switch').first().waitFor();
    const addMatrix = pane(page).getByRole('button', { name: 'Add approval matrix' });
    if ((await addMatrix.count()) > 0) await addMatrix.click();
    await pane(page).getByRole('button', { name: 'Add approval given' }).click();
    await pane(page).getByTestId('line-approver-1').waitFor();
  },
  // A scenario with a rate change and a list-price change, a mix, their comparison, and a model file compared.
  Scenarios: async (page) => {
    await pane(page).getByRole('button', { name: 'Add scenario' }).click();
    await pane(page).getByRole('button', { name: 'Add change' }).click();
    await pane(page).getByRole('combobox', { name: 'Changes' }).last().selectOption('listPrice');
    await pane(page).getByTestId('mix-file').setInputFiles({ name: 'book.csv', mimeType: 'text/csv', buffer: Buffer.from(MIX_CSV) });
    await pane(page).getByTestId('scenario-scenario-1-mix').waitFor();
    await pane(page).getByTestId('compare-file').setInputFiles({ name: 'proposal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PROPOSAL)) });
    await pane(page).getByTestId('file-comparison').waitFor();
  },
};

/** Once per session: a second call on a panel adds a second price ladder or market, which is harmless. */
export async function revealNewControls(page: Page, panel: string): Promise<void> {
  await REVEAL[panel]?.(page);
}
