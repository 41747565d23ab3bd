/**
 * The user's workbook stays theirs, in Excel: a pricing manager builds the example, works around
 * Tiercraft's sheets (formulas, a note, a table, rules, a chart of their own, a sheet hidden, a tab
 * recoloured), then rebuilds after adding and removing products. Everything of theirs is as they left
 * it, every reference they made into Tiercraft's sheets still names what it named, and a rebuild that
 * would have to write over their cells stops first, saying which.
 */
import { FakeExcel, asRequestContext } from '../../../doubles/excel';
import { WorkbookUnchangedError, loadModel, saveModel } from '../../../../src/workbook/office';
import { workbookMessages } from '../../../../src/workbook/messages';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import type { ModelInput } from '../../../../src/engine/model/schema';
import { columnLetters } from '../../../../src/workbook/a1';
import { changedExampleInput, exampleInput, generatedInput, load } from './fixtures';
import { build, userWorkbook } from './helpers';
import { USER_FORMULAS, addUserContent, userContentOf } from './userContent';

/** Builds as the task pane does: described in the workbook's layout. */
const buildModel = (excel: FakeExcel, input: ModelInput) => build(excel, (layout) => describeWorkbook(load(input), { ...layout, source: input }));

async function workedIn(): Promise<FakeExcel> {
  const excel = userWorkbook();
  await buildModel(excel, exampleInput());
  addUserContent(excel);
  return excel;
}

const tableOf = (excel: FakeExcel, sheet: string, name: string) => excel.state.sheets.find((s) => s.name === sheet)?.tables.find((t) => t.name === name);

describe('a rebuild after products were added and removed', () => {
  let excel: FakeExcel;
  let before: string;
  let pricesBefore: ReturnType<typeof tableOf>;
  beforeAll(async () => {
    excel = await workedIn();
    before = userContentOf(excel);
    pricesBefore = tableOf(excel, 'Price book', 'Prices');
    await buildModel(excel, changedExampleInput());
  });

  it('leaves every cell, table, rule, drop-down and chart of the user’s exactly as it was, with sheet order, visibility and tab colours', () => {
    expect(userContentOf(excel)).toBe(before);
  });

  it('keeps the formulas the user wrote into Tiercraft’s sheets, none of them broken', () => {
    for (const [address, formula] of Object.entries(USER_FORMULAS)) expect(excel.cell('Analysis', address)?.formula).toBe(formula);
    expect(excel.cell('Price book', 'V5')?.formula).toBe('=SUM(Prices[Annual])');
    const everyFormula = excel.state.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ''));
    expect(everyFormula.filter((f) => f.includes('#REF!'))).toEqual([]);
  });

  it('updates Tiercraft’s tables in place: same table, same name, same header cell, resized to the new rows', () => {
    const prices = tableOf(excel, 'Price book', 'Prices');
    expect(prices?.id).toBe(pricesBefore?.id);
    expect(prices?.rect.row).toBe(pricesBefore?.rect.row);
    expect(prices?.rect.col).toBe(pricesBefore?.rect.col);
    const priceRows = changedExampleInput().prices?.length ?? 0;
    expect(prices && prices.rect.lastRow - prices.rect.row).toBeGreaterThan(0);
    expect(prices && prices.rect.lastRow - prices.rect.row).toBeLessThanOrEqual(priceRows);
    expect(excel.cell('Price book', 'A5')?.value).toBe('BK-CLI');
  });

  it('keeps the hidden sheet hidden and the user’s tab colour', () => {
    expect(excel.state.sheets.find((s) => s.name === 'Ladders')?.visibility).toBe('Hidden');
    expect(excel.state.sheets.find((s) => s.name === 'Bundles')?.tabColor).toBe('#FF0000');
  });
});

describe('a rebuild that would write over the user’s cells', () => {
  it('stops before writing anything, naming the cells, when new products would grow the Prices table over a note typed under it', async () => {
    const excel = await workedIn();
    const lastRow = tableOf(excel, 'Price book', 'Prices')?.rect.lastRow ?? 0;
    excel.setCells('Price book', { [`B${lastRow + 3}`]: 'ask finance before changing', [`C${lastRow + 4}`]: '=B2' });
    const before = excel.snapshot();
    const error = await buildModel(excel, changedExampleInput()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookUnchangedError);
    expect((error as Error).message).toBe(workbookMessages.userCells('Price book', [`B${lastRow + 3}`, `C${lastRow + 4}`]));
    expect(excel.snapshot()).toBe(before);
  });

  it('stops when a new partner level would grow the levels table over the user’s cell, and the channels table beside it never moves', async () => {
    const excel = await workedIn();
    const levels = tableOf(excel, 'Channels', 'PartnerLevels');
    const channels = tableOf(excel, 'Channels', 'Channels');
    const below = `A${(levels?.rect.lastRow ?? 0) + 2}`;
    excel.setCells('Channels', { [below]: 'levels reviewed in May' });
    const input = exampleInput();
    const more = { ...input, levels: [...(input.levels ?? []), { id: 'diamond', name: 'Diamond', discount: 0.3, dealRegistration: 0.05, rebate: 0.03, mdf: 0.03 }] };
    await expect(buildModel(excel, more)).rejects.toThrow(workbookMessages.userCells('Channels', [below]));
    excel.setCells('Channels', { [below]: '' });
    await buildModel(excel, more);
    expect(tableOf(excel, 'Channels', 'Channels')?.rect).toMatchObject({ row: channels?.rect.row, col: channels?.rect.col });
  });
});

describe('a table the user moved', () => {
  it('is updated where it now stands, and the formulas that point at it follow it', async () => {
    const excel = await workedIn();
    const terms = tableOf(excel, 'Price book', 'Terms');
    if (!terms) throw new Error('no Terms table');
    // The user moved the Terms table two rows down (cut and paste in Excel moves the table with its cells).
    const sheet = excel.state.sheets.find((s) => s.name === 'Price book');
    const moved = new Map<string, unknown>();
    for (const [key, cell] of [...(sheet?.cells ?? [])]) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (r >= terms.rect.row - 1 && r <= terms.rect.lastRow && c >= terms.rect.col && c <= terms.rect.lastCol) {
        moved.set(`${r + 2},${c}`, cell);
        sheet?.cells.delete(key);
      }
    }
    for (const [key, cell] of moved) sheet?.cells.set(key, cell as never);
    terms.rect = { ...terms.rect, row: terms.rect.row + 2, lastRow: terms.rect.lastRow + 2 };
    await buildModel(excel, changedExampleInput());
    expect(tableOf(excel, 'Price book', 'Terms')?.rect).toEqual(terms.rect);
    const letter = columnLetters(terms.rect.col);
    const termList = excel.state.sheets.find((s) => s.name === 'Quote')?.validations.find((v) => JSON.stringify(v.rule).includes('Price book'));
    expect(JSON.stringify(termList?.rule)).toContain(`$${letter}$${terms.rect.row + 2}:$${letter}$${terms.rect.lastRow + 1}`);
  });
});

describe('the model stored with the workbook', () => {
  it('is exactly the built model after a rebuild, however long the models the pane saved in between', async () => {
    const excel = userWorkbook();
    await buildModel(excel, exampleInput());
    const context = asRequestContext(excel);
    await saveModel(context, generatedInput(400));
    await saveModel(context, generatedInput(800));
    await buildModel(excel, changedExampleInput());
    expect(await loadModel(context)).toEqual(changedExampleInput());
  });
});

describe('the names Tiercraft publishes', () => {
  const nameOf = (excel: FakeExcel, name: string) => excel.state.names.find((n) => n.name === name);

  it('name each list price and quote total, and follow their figures to new cells on a rebuild', async () => {
    const excel = await workedIn();
    const price = nameOf(excel, 'Tiercraft.ListPrice.BK_CLI.product.annual');
    expect(price?.formula).toBe("='Price book'!$E$5");
    expect(nameOf(excel, 'Tiercraft.Quote.VendorNet')?.formula).toMatch(/^='Quote'!\$[A-Z]+\$4$/);
    const input = exampleInput();
    // BK-CLI moves down the price book when a product is listed before it.
    const first = input.products?.[0];
    if (!first) throw new Error('no product');
    const moved = { ...input, products: [{ ...first, sku: 'AA-FIRST', name: 'First' }, ...(input.products ?? [])], prices: [...(input.prices ?? []).filter((p) => p.sku === first.sku).map((p) => ({ ...p, sku: 'AA-FIRST' })), ...(input.prices ?? [])] };
    await buildModel(excel, moved);
    const row = excel.state.sheets.find((s) => s.name === 'Price book')?.cells;
    const formula = nameOf(excel, 'Tiercraft.ListPrice.BK_CLI.product.annual')?.formula ?? '';
    const cell = /\$([A-Z]+)\$(\d+)$/.exec(formula);
    expect(cell).not.toBeNull();
    expect(excel.cell('Price book', `A${cell?.[2]}`)?.value).toBe('BK-CLI');
    expect(excel.cell('Price book', `B${cell?.[2]}`)?.value).toBe('product');
    expect(row).toBeDefined();
    expect(nameOf(excel, 'Tiercraft.ListPrice.AA_FIRST.product.annual')).toBeDefined();
  });

  it('point at Tiercraft’s sheet, never at the user’s sheet whose name it could not take', async () => {
    const excel = userWorkbook();
    excel.addSheet('Price book', { E5: 'the user’s own price book' });
    await build(excel, (layout) => describeWorkbook(load(exampleInput()), { ...layout, source: exampleInput() }), { onClash: async () => 'rename' });
    expect(nameOf(excel, 'Tiercraft.ListPrice.BK_CLI.product.annual')?.formula).toBe("='Price book (2)'!$E$5");
  });

  it('leaves the user’s own names alone and removes Tiercraft’s names of entries that are gone', async () => {
    const excel = await workedIn();
    excel.state.names.push({ name: 'MyFloor', formula: "='Price book'!$E$5*0.8", comment: '' });
    const changed = changedExampleInput();
    const dropped = exampleInput().products?.at(-1)?.sku ?? '';
    await buildModel(excel, changed);
    expect(nameOf(excel, 'MyFloor')).toEqual({ name: 'MyFloor', formula: "='Price book'!$E$5*0.8", comment: '' });
    expect(excel.state.names.filter((n) => n.name.includes(`.${dropped.replace(/[^A-Za-z0-9_]/g, '_')}.`))).toEqual([]);
    expect(nameOf(excel, 'Tiercraft.ListPrice.NEW_1.product.annual')).toBeDefined();
  });
});
