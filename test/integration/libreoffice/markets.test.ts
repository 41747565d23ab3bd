/**
 * The USD/EUR/JPY/GBP markets example built to .xlsx and recalculated by LibreOffice: every formula cell
 * (the MarketPrices table's converted, derived and final prices, deviations and corridor verdicts
 * included, and the Quote sheet of the quote in the eu market) equals the engine's figure, the Checks
 * sheet reports the engine's corridor breach, and a
 * user's edit of a market's rate reprices the market to the engine's prices for the edited model.
 */
import { marketPriceBook, toNumber } from '../../../src/engine';
import type { ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { MARKET_PRICE_COLUMNS } from '../../../src/workbook/build/markets';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { load } from '../../support/models';
import { marketsModel } from '../../support/marketsModel';
import { engineBreaches, sheetBreaches } from './breachSets';
import { formulaCells, mismatches } from './compare';
import { readRawValues } from './rawValues';
import { recalculateAll } from './recalc';

jest.setTimeout(180_000);

const source = marketsModel();
const model = load(source);
/** The same model with the eu rate typed as 0.95 (as a user would in the Markets table). */
const editedSource: ModelInput = { ...source, markets: source.markets?.map((m) => (m.id === 'eu' ? { ...m, rate: 0.95 } : m)) };
const spec = describeWorkbook(model, { source });

describe('LibreOffice recalculates the Markets sheet to the engine’s market prices', () => {
  const recalculated = (async () => {
    // The edit: the built workbook with only the rate cell changed, every cached result as before.
    const markets = spec.sheets.find((s) => s.key === 'markets');
    const withEdit = {
      ...spec,
      sheets: spec.sheets.map((s) => (s !== markets ? s : { ...s, tables: s.tables.map((t) => (t.name !== 'Markets' ? t : { ...t, rows: t.rows.map((r, i) => (i === 0 ? r.map((c, j) => (j === 3 ? { kind: 'number' as const, value: 0.95 } : c)) : r)) })) })),
    };
    const [asBuilt, afterEdit] = recalculateAll([await renderXlsx(spec), await renderXlsx(withEdit)]);
    return { asBuilt: await readRawValues(asBuilt as Uint8Array), afterEdit: await readRawValues(afterEdit as Uint8Array) };
  })();

  it('every formula cell equals the engine’s figure, the MarketPrices table included', async () => {
    const { asBuilt } = await recalculated;
    const cells = formulaCells(spec).filter((c) => c.sheet === 'Markets');
    // MarketPrices: Reference, Converted, Derived, Price, In reference currency, Deviation, Corridor for 9
    // rows; the quote's market (eu): its list prices of the one Price book row on 3 terms, and 1 unit cost.
    expect(cells.length).toBe(9 * 7 + 3 + 1);
    expect(mismatches(spec, asBuilt)).toEqual([]);
  });

  it('prices the quote in its market on the Quote sheet: 10 × 45.00 EUR = 450.00', async () => {
    const { asBuilt } = await recalculated;
    const lines = spec.sheets.find((s) => s.key === 'quote')?.tables.find((t) => t.name === 'QuoteLines');
    if (!lines) throw new Error('no QuoteLines');
    const customer = lines.columns.findIndex((c) => c.header === 'Customer price');
    expect(asBuilt.get('Quote')?.get(`${lines.at.row + 1},${lines.at.col + customer}`)).toBe(450);
  });

  it('reports the engine’s breaches on the Checks sheet, the corridor breach included', async () => {
    const { asBuilt } = await recalculated;
    const sheet = sheetBreaches(spec, asBuilt);
    expect(sheet).toEqual(engineBreaches(model));
    expect(sheet).toContain('price-corridor|markets[2].prices[1]|error');
  });

  it('follows an edited rate: the eu prices become the engine’s at 0.95 (49.00 × 0.95 = 46.55 → 47.00)', async () => {
    const { afterEdit } = await recalculated;
    const prices = spec.sheets.find((s) => s.key === 'markets')?.tables.find((t) => t.name === 'MarketPrices');
    if (!prices) throw new Error('no MarketPrices');
    const col = prices.at.col + MARKET_PRICE_COLUMNS.indexOf('Price');
    const shown = [0, 1, 2].map((r) => afterEdit.get('Markets')?.get(`${prices.at.row + 1 + r},${col}`));
    const eu = load(editedSource).markets[0];
    if (!eu) throw new Error('no eu');
    expect(shown).toEqual(marketPriceBook(load(editedSource), eu).map((r) => toNumber(r.price)));
    expect(shown[0]).toBe(47);
  });
});
