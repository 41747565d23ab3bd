/** The Office.js renderer writes the Markets sheet of the USD/EUR/JPY/GBP example: formulas, and each market's prices in its currency. */
import { FakeExcel } from '../../../doubles/excel';
import { MARKET_PRICE_COLUMNS } from '../../../../src/workbook/build/markets';
import { marketsModel } from '../../../support/marketsModel';
import { specOf } from './fixtures';
import { build } from './helpers';

describe('the Markets sheet through Office.js', () => {
  const spec = specOf(marketsModel());
  const prices = spec.sheets.find((s) => s.key === 'markets')?.tables.find((t) => t.name === 'MarketPrices');
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = new FakeExcel();
    await build(excel, spec);
  });

  it.each([
    [0, '"€"#,##0.00;-"€"#,##0.00'],
    [3, '"¥"#,##0;-"¥"#,##0'],
    [7, '"£"#,##0.00;-"£"#,##0.00'],
  ])('writes row %d’s price as a formula in its market’s currency format', (row, format) => {
    if (!prices) throw new Error('no MarketPrices');
    const cell = excel.state.sheets.find((s) => s.name === 'Markets')?.cells.get(`${prices.at.row + 1 + row},${prices.at.col + MARKET_PRICE_COLUMNS.indexOf('Price')}`);
    expect(String(cell?.formula)).toMatch(/^=IF\(/);
    expect(cell?.numberFormat).toBe(format);
  });
});
