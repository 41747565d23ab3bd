/** Defined names in .xlsx files: Tiercraft's written from the description by both writers, the user's carried over verbatim. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { MAX_PRICE_NAMES } from '../../../../src/workbook/build/definedNames';
import { putDefinedNames, userDefinedNames } from '../../../../src/workbook/xlsx/definedNames';
import { renderXlsx } from '../../../../src/workbook/xlsx/renderXlsx';
import { writeXlsxStream } from '../../../../src/workbook/xlsx/streamXlsx';
import { example, load } from '../../../support/models';

// Builds workbooks (or runs the command line): seconds each on a busy machine.
jest.setTimeout(60_000);

const workbookXml = async (bytes: Uint8Array): Promise<string> => (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
const namesIn = (xml: string): string[] => [...xml.matchAll(/<definedName name="([^"]+)"/g)].map((m) => m[1] as string);

describe('the names Tiercraft publishes in a file', () => {
  const input = example();
  const spec = describeWorkbook(load(input), { source: input });

  it('are one per list price of the price book and one per quote total', () => {
    const prices = load(input).prices.length;
    expect(spec.names?.filter((n) => n.key === 'priceBook')).toHaveLength(prices);
    expect(spec.names?.filter((n) => n.key === 'quote').map((n) => n.name)).toEqual([
      'Tiercraft.Quote.ExtendedList',
      'Tiercraft.Quote.TrueUp',
      'Tiercraft.Quote.CustomerPrice',
      'Tiercraft.Quote.SpecialBidDiscount',
      'Tiercraft.Quote.Rebate',
      'Tiercraft.Quote.MDF',
      'Tiercraft.Quote.CoOp',
      'Tiercraft.Quote.VendorNet',
      'Tiercraft.Quote.ResellerMargin',
      'Tiercraft.Quote.DistributorMargin',
      'Tiercraft.Quote.Cost',
      'Tiercraft.Quote.VendorMargin',
    ]);
    expect(prices).toBeLessThan(MAX_PRICE_NAMES);
  });

  it('are none for the list prices of a price book with more than MAX_PRICE_NAMES of them', () => {
    // The example's 3 tiers × 3 terms for each product: 555 products make 4,995 list prices, 556 make 5,004.
    const sized = (products: number): typeof input => {
      const skus = Array.from({ length: products }, (_, i) => `P${i}`);
      const tiers = [...new Set(input.prices?.map((p) => p.tier))];
      const terms = (input.terms ?? []).map((t) => t.id);
      return {
        ...input,
        products: skus.map((sku) => ({ sku, name: sku, unit: 'user', unitCost: 1 })),
        prices: skus.flatMap((sku) => tiers.flatMap((tier) => terms.map((term) => ({ sku, tier, term, listPrice: 100 })))),
        bundles: [],
        quote: { customer: 'Sized', lines: [] },
      };
    };
    const listPrices = (products: number): number => describeWorkbook(load(sized(products))).names?.filter((n) => n.key === 'priceBook').length ?? -1;
    expect(listPrices(555)).toBe(4995);
    expect(listPrices(556)).toBe(0);
  });

  it('are written by the workbook writer and by the streaming writer alike', async () => {
    const written = namesIn(await workbookXml(await renderXlsx(spec)));
    const file = join(mkdtempSync(join(tmpdir(), 'tc-names-')), 'stream.xlsx');
    await writeXlsxStream(spec, file);
    const streamed = namesIn(await workbookXml(new Uint8Array(readFileSync(file))));
    const wanted = (spec.names ?? []).map((n) => n.name);
    // Besides them, each printed sheet's print area and titles (print/xlsxPageSetup.test.ts).
    const printed = spec.sheets.filter((s) => s.print !== undefined).flatMap(() => ['_xlnm.Print_Area', '_xlnm.Print_Titles']);
    expect([...written].sort()).toEqual([...wanted, ...printed].sort());
    expect([...streamed].sort()).toEqual([...wanted, ...printed].sort());
  }, 30_000);

  it('replace only Tiercraft’s names, keeping the user’s elements to the letter, after the sheets', async () => {
    const mine = [`<definedName name="MyFloor">'Price book'!$E$5*0.8</definedName>`, `<definedName name="Rate" localSheetId="0" hidden="1">0.15</definedName>`];
    const built = await renderXlsx(spec);
    const withMine = await putDefinedNames(built, mine, spec.names ?? []);
    expect(await userDefinedNames(withMine)).toEqual(mine);
    const again = await putDefinedNames(withMine, await userDefinedNames(withMine), (spec.names ?? []).slice(0, 2));
    const xml = await workbookXml(again);
    expect(namesIn(xml)).toEqual(['MyFloor', 'Rate', ...(spec.names ?? []).slice(0, 2).map((n) => n.name)]);
    expect(xml.indexOf('<definedNames>')).toBeGreaterThan(xml.indexOf('</sheets>'));
    expect(xml.match(/<definedNames>/g)).toHaveLength(1);
  }, 30_000);
});
