/**
 * The Customer quote sheet recalculated by LibreOffice from the Quote sheet it refers to: for the
 * example model with the line — 12 Team Automation Starter bundles, 3-year, through the
 * two-tier distribution channel at Gold, deal registration, 5% off — and the example quote file's
 * configured bundle line (3 bundles direct, 10 Backup CLI per bundle, no Encryption add-on), every
 * line's list, discounts and price and the totals equal the engine's customerQuote, and the figures
 * the pane (QuoteBundleLine.test) and the PDF (quotePdf.test) show.
 */
import { customerQuote, priceQuote, toNumber } from '../../../src/engine';
import type { ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import type { SheetSpec, TableSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { example, load } from '../../support/models';
import { mismatches } from './compare';
import { readRawValues } from './rawValues';
import { recalculate } from './recalc';

jest.setTimeout(180_000);

type QuoteLines = NonNullable<ModelInput['quote']>['lines'];
const northwind = JSON.parse(readFileSync(join(__dirname, '../../../examples/northwind.quote.json'), 'utf8')) as { lines: QuoteLines };
const source: ModelInput = example();
source.quote = { customer: 'Northwind Logistics', number: 'Q-2026-0142', lines: [...(northwind.lines ?? []), ...(source.quote?.lines ?? [])] };
const model = load(source);
const spec = describeWorkbook(model, { source });
const sheet = spec.sheets.find((s) => s.key === 'customerQuote') as SheetSpec;
const lines = sheet.tables.find((t) => t.name === 'CustomerQuoteLines') as TableSpec;
const values = (async () => readRawValues(recalculate(await renderXlsx(spec))))();

describe('LibreOffice computes the Customer quote sheet to the engine’s customer quote', () => {
  it('every formula cell of the workbook equals the engine’s figure', async () => {
    expect(mismatches(spec, await values)).toEqual([]);
  });

  it('the 12-bundle, 3-year, two-tier Gold line with deal registration and 5% off, the configured bundle line, the other lines and the total', async () => {
    const shown = (await values).get(sheet.name);
    const view = customerQuote(model, priceQuote(model));
    const at = (r: number, header: string): unknown => shown?.get(`${lines.at.row + 1 + r},${lines.at.col + lines.columns.findIndex((c) => c.header === header)}`);
    const figures = (pick: (r: number) => unknown[]): unknown[] => view.lines.map((_, r) => pick(r));
    expect(figures((r) => ['Item', 'Quantity', 'List', 'Volume discount', 'Term discount', 'Your discount', 'Your price'].map((h) => at(r, h)))).toEqual(
      view.lines.map((l) => [l.item, toNumber(l.quantity.value), ...[l.list, l.volumeDiscount, l.termDiscount, l.yourDiscount, l.customerPrice].map((m) => toNumber(m.amount))]),
    );
    expect(at(0, 'Item')).toBe('Team Automation Starter');
    expect([at(0, 'Your price'), at(1, 'Your price')]).toEqual([30630.6, 4218.72]);
    expect(at(0, 'Price')).toBe(view.lines[0]?.explanation);
    const total = sheet.cells.find((c) => c.cell.kind === 'text' && c.cell.value === 'Total');
    expect(shown?.get(`${total?.at.row},${(total?.at.col ?? 0) + 1}`)).toBe(toNumber(view.totals.total.amount));
    expect(toNumber(view.totals.total.amount)).toBe(toNumber(priceQuote(model).totals.customerPrice));
  });
});
