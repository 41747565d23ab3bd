/**
 * The Mix sheet recalculated by LibreOffice: every formula cell (each row's waterfall, the rebate tiers
 * reached at the mix's purchases, each party's totals) equals the engine's figure, and the party totals
 * are the hand-worked example's (test/support/mixModel.ts):
 *   vendor 21,000 / 20,760 / 17,160; distributor 14,000 / 14,000 / 2,000;
 *   reseller 20,000 / 20,240 / 6,240; customer 29,000 / 29,000 / 1,000 (revenue / pocket / margin).
 * Also a programme mix (rebate tiers reached at the mix's own purchases of 150,000 while the quote,
 * in yen, has none) and 60 rows over the example model (products and bundles, every route).
 */
import { PARTY_NAMES, priceMix, toNumber } from '../../../src/engine';
import type { Model } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import type { TableSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { exampleMix } from '../../support/exampleMix';
import { MIX_EXAMPLE_PARTIES, mixModel } from '../../support/mixModel';
import { example, load } from '../../support/models';
import { formulaCells, mismatches } from './compare';
import { type RawWorkbook, readRawValues } from './rawValues';
import { recalculateAll } from './recalc';

jest.setTimeout(180_000);

const programme = mixModel((m) => {
  m.levels = [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05, rebate: 0, mdf: 0.02, mdfCap: 2000, coop: 0.01, rebateTiers: [{ from: 0, rate: 0.02 }, { from: 100_000, rate: 0.03 }, { from: 250_000, rate: 0.04 }] }];
  m.markets = [{ id: 'jp', name: 'Japan', currency: 'JPY', rate: 150 }];
  m.quote = { customer: 'Acme KK', market: 'jp', lines: [] };
  if (m.mix) {
    m.mix.partnerPurchases = 150_000;
    m.mix.rows = [...(m.mix.rows ?? []), { item: { sku: 'SUITE' }, tier: 'product', term: 'annual', channel: 'reseller', level: 'gold', dealRegistration: true, quantity: 3, discount: 0.05 }];
  }
});

const withExampleMix = ((): Model => {
  const input = example();
  input.mix = { name: 'Plan', partnerPurchases: 120_000, rows: exampleMix(input, 60) };
  return load(input);
})();

/** The MixTotals figures, party by party: [revenue, pocket, margin] recalculated. */
function totals(spec: WorkbookSpec, values: RawWorkbook): Record<string, unknown[]> {
  const sheet = spec.sheets.find((s) => s.key === 'mix');
  const t = sheet?.tables.find((x) => x.name === 'MixTotals') as TableSpec;
  return Object.fromEntries(
    t.rows.map((row, r) => [row[0]?.kind === 'text' ? row[0].value.toLowerCase() : '', [1, 2, 3].map((k) => values.get(sheet?.name ?? '')?.get(`${t.at.row + 1 + r},${t.at.col + k}`))]),
  );
}

describe('LibreOffice recalculates the Mix sheet to the engine’s figures', () => {
  const models = [mixModel(), programme, withExampleMix] as const;
  const specs = [describeWorkbook(models[0]), describeWorkbook(models[1]), describeWorkbook(models[2])] as const;
  const recalculated = (async () => {
    const bytes = await Promise.all(specs.map((s) => renderXlsx(s)));
    return Promise.all(recalculateAll(bytes).map((b) => readRawValues(b as Uint8Array)));
  })();

  it('every formula cell of every sheet equals the engine’s figure', async () => {
    const values = await recalculated;
    specs.forEach((spec, i) => expect(mismatches(spec, values[i] as RawWorkbook)).toEqual([]));
    const onMix = specs.map((spec) => formulaCells(spec).filter((f) => f.sheet === 'Mix').length);
    expect(onMix[2]).toBeGreaterThan(60 * 30);
  });

  it('totals each party as the engine’s priceMix does', async () => {
    const values = await recalculated;
    models.forEach((model, i) => {
      const book = priceMix(model, model.mix ?? { name: 'Mix', rows: [] });
      expect(book.errors).toEqual([]);
      const engine = Object.fromEntries(PARTY_NAMES.map((p) => [p, [book.parties[p].revenue, book.parties[p].pocket, book.parties[p].margin].map(toNumber)]));
      expect(totals(specs[i] as WorkbookSpec, values[i] as RawWorkbook)).toEqual(engine);
    });
  });

  it('totals each party as worked by hand', async () => {
    const [a] = await recalculated;
    expect(totals(specs[0], a as RawWorkbook)).toEqual(Object.fromEntries(Object.entries(MIX_EXAMPLE_PARTIES).map(([p, f]) => [p, [f.revenue, f.pocket, f.margin]])));
  });

  it('reaches the rebate tier of the mix’s own purchases (3% at 150,000), whatever the quote’s', async () => {
    const [, b] = await recalculated;
    const t = totals(specs[1], b as RawWorkbook);
    // MDF 2% of 150,000 passes the cap of 2,000: 2,000 / 150,000 = 1.3333333333%.
    // Distribution: invoice 12,000, rebate 360 (3%), MDF 160, co-op 120;
    // reseller (registered, 5% off 3,000): customer 2,850, buys 2,850 − 3,000 × 0.35 = 1,800: rebate 54, MDF 24, co-op 18.
    expect(t.vendor?.[1]).toBe(9_000 + 12_000 - 360 - 160 - 120 + 1_800 - 54 - 24 - 18);
    expect(t.reseller).toEqual([22_850, 22_850 + 360 + 160 + 120 + 54 + 24 + 18, 20_000 - 14_000 + 640 + 2_850 - 1_800 + 96]);
  });
});
