/**
 * Round trip of the channel-economics inputs through an .xlsx: levels' co-op, MDF cap and rebate tiers
 * (RebateTiers table), channels' and quote lines' funding, special bids and the quote's partner
 * purchases (Quote!D3) read back as written, edits included, and a bad cell is named.
 */
import ExcelJS from 'exceljs';
import type { ModelInput } from '../../../src/engine/model/schema';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { fundingModel } from '../../support/fundingModel';
import { load } from '../../support/models';
import { locate } from '../../support/locate';
import { readBackIssues } from '../../support/readBackIssues';

/** The programme example: Gold's rebate tiers, MDF capped at 3,000, co-op 1%; a partner-funded channel and lines. */
const source: ModelInput = (() => {
  let input: ModelInput | undefined;
  fundingModel((m) => {
    m.levels = [{ id: 'gold', name: 'Gold', discount: 0.3, dealRegistration: 0.05, rebate: 0, mdf: 0.02, mdfCap: 3000, coop: 0.01, rebateTiers: [{ from: 0, rate: 0.02 }, { from: 100_000, rate: 0.03 }, { from: 250_000, rate: 0.04 }] }];
    m.channels = [
      { id: 'direct', name: 'Direct', kind: 'direct' },
      { id: 'reseller', name: 'Reseller', kind: 'one-tier' },
      { id: 'distribution', name: 'Distribution', kind: 'two-tier', distributorDiscount: 0.1, funding: 'partner' },
    ];
    m.quote = {
      customer: 'Acme',
      partnerPurchases: 200_000,
      lines: [
        { item: { sku: 'SUITE' }, quantity: 1, term: 'annual', tier: 'product', channel: 'distribution', level: 'gold', discount: 0.1 },
        { item: { sku: 'SUITE' }, quantity: 1, term: 'annual', tier: 'product', channel: 'reseller', level: 'gold', discount: 0.1, specialBid: 0.05, funding: 'compound' },
      ],
    };
    input = m;
  });
  return input as ModelInput;
})();

type Edit = { table: string; row: number; header: string; value: ExcelJS.CellValue } | { cell: string; value: ExcelJS.CellValue };

async function edited(bytes: Uint8Array, spec: WorkbookSpec, edits: readonly Edit[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const e of edits) {
    if ('cell' in e) {
      wb.getWorksheet('Quote')!.getCell(e.cell).value = e.value;
      continue;
    }
    const at = locate(spec, e.table, e.row, e.header);
    wb.getWorksheet(at.sheet)!.getCell(at.row, at.col).value = e.value;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}


describe('channel economics round trip through an .xlsx', () => {
  const model = load(source);
  const built = buildXlsx(model, source);

  it('reads back unchanged, a channel and a line without funding still without it', async () => {
    const back = await readModelFromXlsx((await built).bytes);
    expect(load(back)).toEqual(model);
    expect(back.channels?.map((c) => c.funding)).toEqual([undefined, undefined, 'partner']);
    expect(back.channels?.[0]).not.toHaveProperty('funding');
    expect(back.quote?.lines?.[0]).not.toHaveProperty('funding');
    expect(back.quote?.lines?.[0]).not.toHaveProperty('specialBid');
    expect(back.levels?.[0]).toMatchObject({ coop: 0.01, mdfCap: 3000, rebateTiers: [{ from: 0, rate: 0.02 }, { from: 100_000, rate: 0.03 }, { from: 250_000, rate: 0.04 }] });
    expect(back.quote?.partnerPurchases).toBe(200_000);
  });

  it('reads back edits: a channel funding, a tier, a blank MDF cap, a line special bid and funding, the purchases', async () => {
    const { bytes, spec } = await built;
    const changed = await edited(bytes, spec, [
      { table: 'Channels', row: 1, header: 'Funding', value: 'compound' },
      { table: 'RebateTiers', row: 1, header: 'From', value: 50_000 },
      { table: 'LevelProgramme', row: 0, header: 'MDF cap', value: null },
      { table: 'LevelProgramme', row: 0, header: 'Co-op', value: 0.015 },
      { table: 'QuoteLines', row: 0, header: 'Special bid', value: 0.02 },
      { table: 'QuoteLines', row: 0, header: 'Funding', value: 'vendor' },
      { table: 'QuoteLines', row: 1, header: 'Funding', value: null },
      { cell: 'D3', value: null },
    ]);
    const back = await readModelFromXlsx(changed);
    expect(back.channels?.[1]?.funding).toBe('compound');
    expect(back.levels?.[0]?.rebateTiers?.[1]).toEqual({ from: 50_000, rate: 0.03 });
    expect(back.levels?.[0]).not.toHaveProperty('mdfCap');
    expect(back.levels?.[0]?.coop).toBe(0.015);
    expect(back.quote?.lines?.[0]).toMatchObject({ specialBid: 0.02, funding: 'vendor' });
    expect(back.quote?.lines?.[1]).not.toHaveProperty('funding');
    expect(back.quote).not.toHaveProperty('partnerPurchases');
  });

  it('names each bad cell: a funding outside the list, a tier of an unknown level, purchases that are not money', async () => {
    const { bytes, spec } = await built;
    const channel = locate(spec, 'Channels', 2, 'Funding');
    const tier = locate(spec, 'RebateTiers', 0, 'Level');
    const line = locate(spec, 'QuoteLines', 1, 'Funding');
    const a1 = (at: { row: number; col: number }): string => `${String.fromCharCode(64 + at.col)}${at.row}`;
    const issues = await readBackIssues(
      await edited(bytes, spec, [
        { table: 'Channels', row: 2, header: 'Funding', value: 'partnr' },
        { table: 'RebateTiers', row: 0, header: 'Level', value: 'platinum' },
        { table: 'QuoteLines', row: 1, header: 'Funding', value: 'reseller' },
        { cell: 'D3', value: 'lots' },
      ]),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        `Channels!${a1(channel)}: 'partnr' is not one of vendor, partner, compound`,
        `Channels!${a1(tier)}: 'platinum' is not a level of the PartnerLevels table`,
        `Quote!${a1(line)}: 'reseller' is not one of vendor, partner, compound`,
        "Quote!D3: 'lots' is not a price",
      ]),
    );
  });
});
