/**
 * A hand-made workbook description shaped like Tiercraft's, of any size, for the renderer's specs:
 * a Products sheet of inputs (with names a user typed that look like formulas, numbers or dates), a
 * Price book whose formulas reference the Products sheet, a Quote with drop-downs and a chart, Checks
 * with a conditional format, and the model sheet with the registry.
 */
import type { ModelInput } from '../../../../src/engine/model/schema';
import { buildModelSheet } from '../../../../src/workbook/build/modelSheet';
import { col, formula, loose, num, sheet, text } from '../../../../src/workbook/build/cells';
import { qualified } from '../../../../src/workbook/a1';
import type { CellSpec, SheetSpec, TableSpec, WorkbookSpec } from '../../../../src/workbook/spec';

/** Names a user might type that Excel would not keep as text without care. */
export const TRICKY_NAMES = ['=SUM(A1:A2)', '+49 Pro', '-5% promo', '@risk', '1/2', '007', 'TRUE', "'quoted", 'Mar 5', '1e3'];

export interface SyntheticNames {
  readonly products: string;
  readonly priceBook: string;
  readonly quote: string;
  readonly checks: string;
  readonly model: string;
}

export const DEFAULT_NAMES: SyntheticNames = { products: 'Packaging', priceBook: 'Price book', quote: 'Quote', checks: 'Checks', model: 'Tiercraft model' };

export function productName(i: number): string {
  return TRICKY_NAMES[i % TRICKY_NAMES.length] ?? `Product ${i}`;
}

export function syntheticSpec(products: number, names: SyntheticNames = DEFAULT_NAMES): WorkbookSpec {
  const productRows: CellSpec[][] = Array.from({ length: products }, (_, i) => [text(`SKU-${i + 1}`), text(productName(i)), num(10 + (i % 50)), num(0.1)]);
  const productTable: TableSpec = {
    name: 'Products',
    at: { row: 3, col: 0 },
    style: 'TableStyleMedium2',
    caption: 'Products',
    columns: [col('SKU', 'text', 'input', 'sku'), col('Name', 'text', 'input', 'name'), col('List price', 'money', 'input', 'listPrice'), col('Term discount', 'percent', 'input', 'discount')],
    rows: productRows,
  };
  const priceRows: CellSpec[][] = Array.from({ length: products }, (_, i) => {
    const r = i + 5;
    const list = 10 + (i % 50);
    return [
      formula(`=${qualified(names.products, `A${r}`)}`, `SKU-${i + 1}`),
      formula(`=${qualified(names.products, `C${r}`)}`, list),
      formula(`=ROUND(${qualified(names.products, `C${r}`)}*(1-${qualified(names.products, `D${r}`)}),2)`, Math.round(list * 0.9 * 100) / 100),
      formula(`=IF(C${r}<B${r},"below list ""net""","at list")`, 'below list "net"'),
    ];
  });
  const prices: TableSpec = {
    name: 'Prices',
    at: { row: 3, col: 0 },
    style: 'TableStyleMedium2',
    columns: [col('SKU', 'text', 'formula'), col('List', 'money', 'formula'), col('Net', 'money', 'formula'), col('Note', 'text', 'formula')],
    rows: priceRows,
  };
  const quoteLines: TableSpec = {
    name: 'QuoteLines',
    at: { row: 3, col: 0 },
    style: 'TableStyleMedium2',
    columns: [col('SKU', 'text', 'input', 'sku'), col('Quantity', 'integer', 'input', 'quantity'), col('Total', 'money', 'formula')],
    rows: [1, 2, 3].map((q) => [text('SKU-1'), num(q * 10), formula(`=B${q + 4}*VLOOKUP(A${q + 4},${qualified(names.priceBook, `$A$5:$C$${products + 4}`)},3,FALSE)`, q * 90)]),
  };
  const checks: TableSpec = {
    name: 'Checks',
    at: { row: 3, col: 0 },
    style: 'TableStyleLight1',
    columns: [col('Check', 'text', 'label'), col('Value', 'number', 'formula'), col('Floor', 'number', 'label')],
    rows: [[text('Lowest net price'), formula(`=MIN(${qualified(names.priceBook, `$C$5:$C$${products + 4}`)})`, 9), num(5)]],
  };
  const sheets: SheetSpec[] = [
    sheet({ key: 'packaging', name: names.products, tables: [productTable], cells: [loose({ row: 0, col: 0 }, text('Products'), 'title', 'text')] }),
    sheet({ key: 'priceBook', name: names.priceBook, tables: [prices], cells: [loose({ row: 0, col: 0 }, text('Price book'), 'title', 'text')] }),
    sheet({
      key: 'quote',
      name: names.quote,
      tables: [quoteLines],
      cells: [loose({ row: 0, col: 0 }, text('Quote'), 'title', 'text'), loose({ row: 1, col: 0 }, text('=customer name typed by a user'), 'note', 'text')],
      validations: [{ range: { at: { row: 4, col: 0 }, rows: 3, cols: 1 }, source: { kind: 'range', formula: `=${qualified(names.priceBook, `$A$5:$A$${products + 4}`)}` }, allowBlank: false, error: 'Pick a SKU from the price book.' }],
      charts: [{ kind: 'column', title: 'Quote totals', categories: { at: { row: 4, col: 0 }, rows: 3, cols: 1 }, series: [{ name: 'Total', values: { at: { row: 4, col: 2 }, rows: 3, cols: 1 } }], from: { row: 2, col: 5 }, to: { row: 18, col: 12 } }],
    }),
    sheet({
      key: 'checks',
      name: names.checks,
      tables: [checks],
      cells: [loose({ row: 0, col: 0 }, text('Checks'), 'title', 'text')],
      conditionalFormats: [{ range: { at: { row: 4, col: 1 }, rows: 1, cols: 1 }, formula: '=B5<C5', style: 'breach' }],
    }),
  ];
  const model: ModelInput = { currency: 'USD', name: `Synthetic ${products}` };
  return { currency: 'USD', minorUnits: 2, sheets: [...sheets, buildModelSheet(names.model, sheets, model)] };
}
