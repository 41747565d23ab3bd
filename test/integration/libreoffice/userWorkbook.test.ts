/**
 * A user's workbook (last saved by exceljs, LibreOffice or openpyxl) rebuilt with products added and
 * removed, then recalculated by LibreOffice with recalculation forced: the user's formulas into
 * Tiercraft's tables (structured references, VLOOKUP, INDEX/MATCH, plain addresses) give the figures of
 * the new model, a plain address into rows that moved stays valid, and every formula Tiercraft wrote
 * equals the engine's figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../../../src/engine/model/schema';
import { buildXlsx } from '../../../src/workbook/xlsx/buildXlsx';
import { BESIDE, USER_SHEET } from '../../fixtures/xlsx/userContent';
import { changedModel, example, load } from '../../support/models';
import { mismatches } from './compare';
import { type RawValue, readRawValues } from './rawValues';
import { recalculate } from './recalc';

jest.setTimeout(180_000);

const FIXTURES = join(__dirname, '../../fixtures/xlsx');

const annual = (m: Model, sku: string, tier: string): number | undefined => m.prices.find((p) => p.sku === sku && p.tier === tier && p.term === 'annual')?.listPrice;

/** What each user formula (userContent.ts) must give for a model. */
function expected(m: Model): Record<string, RawValue> {
  return {
    B2: annual(m, 'BK-CLI', 'product') ?? null,
    B3: m.prices.filter((p) => p.term === 'annual').reduce((sum, p) => sum + p.listPrice, 0),
    B4: m.products.find((p) => p.sku === 'BK-ENC')?.unitCost ?? null,
    B5: annual(m, 'EN-SRV', 'enterprise') ?? null,
    B7: 60,
  };
}

describe.each(['exceljs.xlsx', 'libreoffice.xlsx', 'openpyxl.xlsx'])('a user workbook last saved by %s, rebuilt and recalculated', (file) => {
  const before = load(example());
  const source = changedModel();
  const after = load(source);
  const result = buildXlsx(after, source, { existing: new Uint8Array(readFileSync(join(FIXTURES, file))) });
  const values = result.then(({ bytes }) => readRawValues(recalculate(bytes)));

  it("gives the user's formulas into Tiercraft's tables the new model's figures (the same where the figure did not change)", async () => {
    const mine = (await values).get(USER_SHEET);
    const want = expected(after);
    for (const [cell, value] of Object.entries(want)) {
      const at = cell.replace(/^B/, '');
      expect([cell, mine?.get(`${Number(at) - 1},1`)]).toEqual([cell, value]);
    }
    // Lookups of products the change left alone give what they gave before it.
    const unchanged = expected(before);
    expect([want.B2, want.B4, want.B5]).toEqual([unchanged.B2, unchanged.B4, unchanged.B5]);
    expect(want.B3).not.toBe(unchanged.B3);
  });

  it('keeps a plain address into rows that moved valid (a number, no #REF!)', async () => {
    const mine = (await values).get(USER_SHEET);
    expect(typeof mine?.get('5,1')).toBe('number');
  });

  it("recalculates the user's formula beside Tiercraft's tables on a Tiercraft sheet", async () => {
    const pb = (await values).get(BESIDE.sheet);
    expect(pb?.get('1,20')).toBe(after.products.length);
  });

  it('recalculates every formula Tiercraft wrote to the engine figure', async () => {
    const { spec } = await result;
    expect(mismatches(spec, await values)).toEqual([]);
  });
});
