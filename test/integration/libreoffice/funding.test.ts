/**
 * The channel-economics worked examples built to .xlsx and recalculated by LibreOffice (every formula
 * cell equals the engine's figure, and these figures are the ones finance checks by hand):
 * - list 1,000, customer discount 10%, Gold reseller 30%, distributor 10% on top, under each funding:
 *   customer 900 / 900 / 900, reseller buys 600 / 700 / 630, distributor buys 500 / 600 / 567,
 *   reseller margin 300 / 200 / 270, distributor margin 100 / 100 / 63 (vendor / partner / compound);
 * - a programme line: rebate tiers 0: 2%, 100,000: 3%, 250,000: 4%, MDF 2% capped at 3,000, co-op 1%,
 *   purchases 200,000, partner funding, invoice 600: rebate 18 (3%), MDF 9 (1.5% = 3,000 / 200,000),
 *   co-op 6, vendor pocket price 567; a special bid of 5% (vendor): customer 850, 50 off by the bid;
 *   a partner-funded discount deeper than the reseller's own: the Checks sheet warns (partner-margin);
 * - the programme line quoted in yen (rate 150): purchases of 200,000 yen reach only the first tier
 *   (100,000 USD is 15,000,000 yen) and stay under the MDF cap (3,000 USD is 450,000 yen): 2% and 2%.
 */
import type { ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { fundingModel } from '../../support/fundingModel';
import { engineBreaches, sheetBreaches } from './breachSets';
import { mismatches } from './compare';
import { type RawWorkbook, readRawValues } from './rawValues';
import { recalculateAll } from './recalc';

jest.setTimeout(180_000);

type QuoteLine = NonNullable<NonNullable<ModelInput['quote']>['lines']>[number];

const line = (channel: string, extra: Partial<QuoteLine> = {}): QuoteLine => ({
  item: { sku: 'SUITE' },
  quantity: 1,
  term: 'annual',
  tier: 'product',
  channel,
  level: 'gold',
  discount: 0.1,
  ...extra,
});

const fundings = fundingModel((m) => {
  m.quote = { customer: 'Acme', lines: (['vendor', 'partner', 'compound'] as const).map((funding) => line('distribution', { funding })) };
});

const programme = fundingModel((m) => {
  m.levels = [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05, rebate: 0, mdf: 0.02, mdfCap: 3000, coop: 0.01, rebateTiers: [{ from: 0, rate: 0.02 }, { from: 100_000, rate: 0.03 }, { from: 250_000, rate: 0.04 }] }];
  m.quote = {
    customer: 'Acme',
    partnerPurchases: 200_000,
    lines: [line('distribution', { funding: 'partner' }), line('distribution', { funding: 'vendor', specialBid: 0.05 }), line('reseller', { funding: 'partner', discount: 0.35 })],
  };
});

const inYen = fundingModel((m) => {
  m.levels = [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05, rebate: 0, mdf: 0.02, mdfCap: 3000, coop: 0.01, rebateTiers: [{ from: 0, rate: 0.02 }, { from: 100_000, rate: 0.03 }, { from: 250_000, rate: 0.04 }] }];
  m.markets = [{ id: 'jp', name: 'Japan', currency: 'JPY', rate: 150 }];
  m.quote = { customer: 'Acme KK', market: 'jp', partnerPurchases: 200_000, lines: [line('distribution', { funding: 'partner' })] };
});

/** A QuoteLines column of the recalculated workbook, line by line. */
function column(spec: WorkbookSpec, values: RawWorkbook, header: string, lines: number): unknown[] {
  const t = spec.sheets.find((s) => s.key === 'quote')?.tables.find((x) => x.name === 'QuoteLines');
  if (t === undefined) throw new Error('no QuoteLines');
  const c = t.columns.findIndex((x) => x.header === header);
  return Array.from({ length: lines }, (_, r) => values.get('Quote')?.get(`${t.at.row + 1 + r},${t.at.col + c}`));
}

describe('LibreOffice recalculates discount funding, special bids and the partner programme to the engine’s figures', () => {
  const specs = [describeWorkbook(fundings), describeWorkbook(programme), describeWorkbook(inYen)] as const;
  const recalculated = (async () => {
    const bytes = await Promise.all(specs.map((s) => renderXlsx(s)));
    return Promise.all(recalculateAll(bytes).map((b) => readRawValues(b as Uint8Array)));
  })();

  it('every formula cell equals the engine’s figure', async () => {
    const [a, b, c] = await recalculated;
    expect(mismatches(specs[0], a as RawWorkbook)).toEqual([]);
    expect(mismatches(specs[1], b as RawWorkbook)).toEqual([]);
    expect(mismatches(specs[2], c as RawWorkbook)).toEqual([]);
  });

  it('in a market, the tiers and the MDF cap are converted: 200,000 yen reach 2% and stay under the cap', async () => {
    const [, , c] = await recalculated;
    const at = (h: string) => column(specs[2], c as RawWorkbook, h, 1)[0];
    expect([at('Vendor invoice'), at('Rebate rate'), at('MDF rate'), at('Rebate'), at('MDF'), at('Co-op')]).toEqual([90_000, 0.02, 0.02, 1800, 1800, 900]);
  });

  it('vendor / partner / compound funding: reseller buys 600 / 700 / 630, distributor 500 / 600 / 567', async () => {
    const [a] = await recalculated;
    const at = (h: string) => column(specs[0], a as RawWorkbook, h, 3);
    expect(at('Funding used')).toEqual(['vendor', 'partner', 'compound']);
    expect(at('Customer price')).toEqual([900, 900, 900]);
    expect(at('Reseller buy')).toEqual([600, 700, 630]);
    expect(at('Distributor buy')).toEqual([500, 600, 567]);
    expect(at('Vendor invoice')).toEqual([500, 600, 567]);
    expect(at('Reseller margin')).toEqual([300, 200, 270]);
    expect(at('Distributor margin')).toEqual([100, 100, 63]);
  });

  it('a programme line: rebate 18, MDF 9 (capped), co-op 6, pocket 567; a special bid of 5%: 850, 50 off', async () => {
    const [, b] = await recalculated;
    const at = (h: string) => column(specs[1], b as RawWorkbook, h, 3);
    expect(at('Vendor invoice')[0]).toBe(600);
    expect(at('Rebate rate')[0]).toBe(0.03);
    expect(at('MDF rate')[0]).toBe(0.015);
    expect([at('Rebate')[0], at('MDF')[0], at('Co-op')[0], at('Vendor net')[0]]).toEqual([18, 9, 6, 567]);
    expect([at('Customer price')[1], at('Special bid discount')[1], at('Reseller buy')[1], at('Distributor buy')[1]]).toEqual([850, 50, 550, 450]);
  });

  it('warns on the Checks sheet where a partner-funded discount leaves the reseller below its buy price', async () => {
    const [, b] = await recalculated;
    const shown = sheetBreaches(specs[1], b as RawWorkbook);
    expect(shown).toEqual(engineBreaches(programme));
    expect(shown).toContain('partner-margin|quote.lines[2]|warning');
  });
});
