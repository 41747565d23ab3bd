/** The preview's grid of a sheet: the text each number format shows, and only the rows shown formatted. */
import { displayValue, sheetGrid } from '../../../src/playground/sheetGrid';
import { sheetByKey } from '../../../src/workbook/spec';
import { generatedInput, specOf } from '../workbook/office/fixtures';

describe('displayValue', () => {
  it.each([
    [1234.567, 'money', 'USD', 2, '$1,234.57'],
    [-1234.5, 'money', 'EUR', 2, '-€1,234.50'],
    [1234.5, 'money', 'CHF', 2, '1,234.50 CHF'],
    [1234.5, 'money', 'JPY', 0, '¥1,235'],
    [0.1234, 'percent', 'USD', 2, '12.3%'],
    [-98765.4, 'integer', 'USD', 2, '-98,765'],
    [1234.56789, 'number', 'USD', 2, '1,234.5679'],
    [12, 'number', 'USD', 2, '12'],
    [1234.5, 'money:GBP:2', 'USD', 2, '£1,234.50'],
    [7, 'general', 'USD', 2, '7'],
  ] as const)('%p as %s (%s, %p minor units) shows %p', (value, format, currency, minor, shown) => {
    expect(displayValue(value, format, currency, minor)).toBe(shown);
  });

  it('shows text, truth values and blanks as they are', () => {
    expect(displayValue('Gold', 'money', 'USD', 2)).toBe('Gold');
    expect(displayValue(true, 'money', 'USD', 2)).toBe('TRUE');
    expect(displayValue(null, 'money', 'USD', 2)).toBe('');
  });
});

describe('sheetGrid', () => {
  const spec = specOf(generatedInput(150));
  const priceBook = sheetByKey(spec, 'priceBook')!;

  it('formats the rows shown exactly as the whole grid does, and no row below them, spanning the same rows and columns', () => {
    const whole = sheetGrid(priceBook, spec);
    const shown = sheetGrid(priceBook, spec, 40);
    expect(whole.rows).toBeGreaterThan(400);
    expect([shown.rows, shown.cols]).toEqual([whole.rows, whole.cols]);
    const above = [...whole.cells].filter(([key]) => Number(/\d+$/.exec(key)?.[0]) <= 40);
    expect([...shown.cells]).toEqual(above);
    expect(above.some(([, cell]) => cell.numeric && /^\$\d{1,3}(,\d{3})*\.\d\d$/.test(cell.text))).toBe(true);
  });
});
