import { anchorFormula, joinModelChunks, MODEL_CHUNK_CHARS, modelChunks, parseRegistry, planSheetNames, SheetClashError, sheetOfAnchor } from '../../../src/workbook/registry';
import { DEFAULT_SHEET_NAMES } from '../../../src/workbook/spec';

describe('anchor formulas follow renamed sheets', () => {
  it.each([
    ["='Price book'!$A$1", 'Price book'],
    ['=Packaging!$A$1', 'Packaging'],
    ["='Bob''s prices'!$A$1", "Bob's prices"],
    ["'Prices 2026'!A1", 'Prices 2026'],
    ['=SUM(A1:A3)', null],
  ])('%s points at %j', (formula, sheet) => {
    expect(sheetOfAnchor(formula)).toBe(sheet);
  });

  it('reads a sheet name back from its own anchor', () => {
    expect(sheetOfAnchor(anchorFormula("Tom's [book]"))).toBe("Tom's [book]");
  });

  it('prefers the anchor over the stored name, and skips unknown keys', () => {
    expect(
      parseRegistry([
        ['priceBook', 'Price book', "='Prices 2026'!$A$1", 'Prices, Products, Terms', 'A1:A2,A3,J3'],
        ['quote', 'Quote', null, 'QuoteLines'],
        ['mystery', 'Other', null, ''],
      ]),
    ).toEqual([
      {
        key: 'priceBook',
        sheet: 'Prices 2026',
        tables: ['Prices', 'Products', 'Terms'],
        cells: [
          { row: 0, col: 0, lastRow: 1, lastCol: 0 },
          { row: 2, col: 0, lastRow: 2, lastCol: 0 },
          { row: 2, col: 9, lastRow: 2, lastCol: 9 },
        ],
      },
      { key: 'quote', sheet: 'Quote', tables: ['QuoteLines'], cells: null },
    ]);
  });
});

describe('the model travels in chunks under the cell limit', () => {
  it('splits and joins any text', () => {
    const json = JSON.stringify({ text: 'x'.repeat(MODEL_CHUNK_CHARS * 2 + 17) });
    const chunks = modelChunks(json);
    expect(chunks).toHaveLength(3);
    expect(chunks.every((c) => c.length <= 32767)).toBe(true);
    expect(joinModelChunks([...chunks, null, undefined])).toBe(json);
  });
});

describe('sheet names on a build', () => {
  it('uses the defaults in a new workbook', () => {
    expect(planSheetNames({ existing: [], registry: [], renameOnClash: false })).toEqual({ names: DEFAULT_SHEET_NAMES, update: [], renamed: [] });
  });

  it("never takes a user's sheet: fails with a clear message", () => {
    expect(() => planSheetNames({ existing: ['Quote'], registry: [], renameOnClash: false })).toThrow(SheetClashError);
    expect(() => planSheetNames({ existing: ['quote'], registry: [], renameOnClash: false })).toThrow(
      "A sheet named 'Quote' already exists and was not created by Tiercraft; it is left untouched.",
    );
  });

  it("picks a free name when asked to, and says so", () => {
    const plan = planSheetNames({ existing: ['Quote', 'Quote (2)'], registry: [], renameOnClash: true });
    expect(plan.names.quote).toBe('Quote (3)');
    expect(plan.renamed).toEqual([{ key: 'quote', wanted: 'Quote', chosen: 'Quote (3)' }]);
  });

  it('updates its own sheets in place under their current (renamed) names', () => {
    const plan = planSheetNames({
      existing: ['Prices 2026', 'Quote', 'Notes'],
      registry: [
        { key: 'priceBook', sheet: 'Prices 2026', tables: [], cells: null },
        { key: 'quote', sheet: 'Quote', tables: [], cells: null },
      ],
      renameOnClash: false,
    });
    expect(plan.names.priceBook).toBe('Prices 2026');
    expect(plan.names.quote).toBe('Quote');
    expect(plan.update).toEqual(['priceBook', 'quote']);
  });

  it('refuses an illegal name asked for', () => {
    expect(() => planSheetNames({ wanted: { quote: 'a/b' }, existing: [], registry: [], renameOnClash: false })).toThrow(
      "Sheet name for quote: a sheet name must not contain '/' ('a/b')",
    );
  });
});
