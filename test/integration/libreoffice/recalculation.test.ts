/**
 * The example model built to .xlsx and recalculated by LibreOffice: every formula cell (prices, ladder
 * figures, bundle allocations, channel and quote waterfalls, checks) must equal the engine's figure. Then
 * a user's edit of an input cell: the dependent figures must follow to the engine's figures for the
 * edited model.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModel } from '../../../src/engine/model/loadModel';
import type { Model, ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import type { CellSpec, SheetSpec, TableSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { writeXlsxStream } from '../../../src/workbook/xlsx/streamXlsx';
import { engineBreaches, sheetBreaches } from './breachSets';
import { formulaCells, mismatches } from './compare';
import { readRawValues } from './rawValues';
import { recalculate } from './recalc';

jest.setTimeout(180_000);

const EXAMPLE = join(__dirname, '../../../examples/backup-vendor.tiercraft.json');

function load(input: unknown): Model {
  const r = loadModel(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.model;
}

async function recalculated(spec: WorkbookSpec) {
  return readRawValues(recalculate(await renderXlsx(spec)));
}

/** The description with one input cell of a table replaced, every cached result left as it was (a user's edit). */
function editCell(spec: WorkbookSpec, tableName: string, row: number, col: number, cell: CellSpec): WorkbookSpec {
  const editTable = (t: TableSpec): TableSpec =>
    t.name !== tableName ? t : { ...t, rows: t.rows.map((r, i) => (i !== row ? r : r.map((c, j) => (j === col ? cell : c)))) };
  const editSheet = (s: SheetSpec): SheetSpec => ({ ...s, tables: s.tables.map(editTable) });
  return { ...spec, sheets: spec.sheets.map(editSheet) };
}

const source = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as ModelInput;
const model = load(source);
const spec = describeWorkbook(model, { source });

describe('LibreOffice recalculates the example workbook to the engine figures', () => {
  it('recalculates on load (a wrong cached value is replaced, so the comparison checks something)', async () => {
    const sabotaged = editCell(spec, 'RouteComparison', 0, 4, { kind: 'formula', formula: '=1+1', result: 15 });
    const values = await recalculated(sabotaged);
    const ws = values.get('Routes');
    const t = spec.sheets.find((s) => s.key === 'routes')?.tables.find((x) => x.name === 'RouteComparison');
    expect(t).toBeDefined();
    expect(ws?.get(`${(t?.at.row ?? 0) + 1},${(t?.at.col ?? 0) + 4}`)).toBe(2);
  });

  it('every formula cell equals the engine figure', async () => {
    const cells = formulaCells(spec);
    const sheetsWithFormulas = new Set(cells.map((c) => c.sheet));
    expect(cells.length).toBeGreaterThan(1000);
    expect([...sheetsWithFormulas].sort()).toEqual(['Bundles', 'Channels', 'Checks', 'Customer quote', 'Ladders', 'Mix', 'Overview', 'Packaging', 'Price book', 'Quote', 'Routes', 'Scenarios', 'Tiercraft model']);
    expect(mismatches(spec, await recalculated(spec))).toEqual([]);
  });

  it('recalculates the streamed workbook (what tiercraft build writes) to the same figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiercraft-stream-'));
    try {
      const file = join(dir, 'pricing.xlsx');
      await writeXlsxStream(spec, file);
      const values = await readRawValues(recalculate(new Uint8Array(readFileSync(file))));
      expect(mismatches(spec, values)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("follows an edit of a band's discount to the engine figures of the edited model", async () => {
    const ladders = spec.sheets.find((s) => s.key === 'ladders');
    const bands = ladders?.tables.find((t) => t.name === 'Bands');
    const seats = model.ladders.findIndex((l) => l.id === 'seats-graduated');
    expect(seats).toBeGreaterThanOrEqual(0);
    // Third band of the seats ladder (51–250 seats): 20% → 25%.
    const bandRow = model.ladders.slice(0, seats).reduce((n, l) => n + l.bands.length, 0) + 2;
    const edited: ModelInput = {
      ...source,
      ladders: model.ladders.map((l) => (l.id !== 'seats-graduated' ? l : { ...l, bands: l.bands.map((b, i) => (i === 2 ? { ...b, discount: 0.25 } : b)) })),
    };
    const expected = describeWorkbook(load(edited), { source });
    const userEdit = editCell(spec, 'Bands', bandRow, 2, { kind: 'number', value: 0.25 });
    expect(bands?.rows[bandRow]?.[2]).toEqual({ kind: 'number', value: 0.2 });
    const values = await recalculated(userEdit);
    // The edited figures differ from the original ones somewhere (the edit matters) …
    expect(mismatches(spec, values).length).toBeGreaterThan(0);
    // … and equal the engine's for the edited model everywhere.
    expect(mismatches(expected, values)).toEqual([]);
  });

  it("follows an edit of a quote line's quantity", async () => {
    const quote = spec.sheets.find((s) => s.key === 'quote');
    expect(quote?.tables[0]?.name).toBe('QuoteLines');
    const lines = model.quote.lines;
    const edited: ModelInput = { ...source, quote: { ...model.quote, lines: lines.map((l, i) => (i === 0 ? { ...l, quantity: 37 } : l)) } };
    const expected = describeWorkbook(load(edited), { source });
    const values = await recalculated(editCell(spec, 'QuoteLines', 0, 2, { kind: 'number', value: 37 }));
    expect(mismatches(expected, values)).toEqual([]);
  });
});

describe('discounts past 100% of list, which the engine refuses, never show a price in the workbook', () => {
  it('a 100% line discount typed into the Quote sheet after the build shows #N/A in the line and the totals, no negative price', async () => {
    // Line 2 (12 servers, 3 years, gold through distribution): the engine refuses it (158% off list).
    const edited: ModelInput = { ...source, quote: { ...model.quote, lines: model.quote.lines.map((l, i) => (i === 1 ? { ...l, discount: 1 } : l)) } };
    expect(loadModel(edited).ok).toBe(false);
    const quote = spec.sheets.find((x) => x.key === 'quote');
    const lines = quote?.tables.find((t) => t.name === 'QuoteLines');
    const values = (await recalculated(editCell(spec, 'QuoteLines', 1, 8, { kind: 'number', value: 1 }))).get('Quote');
    const at = lines?.at ?? { row: 0, col: 0 };
    const cell = (row: number, col: number) => values?.get(`${at.row + 1 + row},${at.col + col}`);
    const customerCol = lines?.columns.findIndex((c) => c.header === 'Customer price') ?? -1;
    expect(customerCol).toBeGreaterThan(0);
    expect(cell(1, customerCol)).toBe('#N/A');
    expect(cell(-2, customerCol)).toBe('#N/A'); // the total above the table
    const negatives = [...(values?.values() ?? [])].filter((v) => typeof v === 'number' && v < 0);
    expect(negatives).toEqual([]);
  });
});

describe('a 100% three-year term discount typed into the Price book', () => {
  it('leaves no negative price on the Quote sheet (volume + 100% term passes list): refused figures are #N/A', async () => {
    const values = await recalculated(editCell(spec, 'Terms', 2, 3, { kind: 'number', value: 1 }));
    expect([...(values.get('Quote')?.values() ?? [])]).toContain('#N/A'); // the 3-year line
    // A vendor margin may be negative (a price of 0 against a cost); no price may.
    const margins = new Set(
      spec.sheets.flatMap((s) => s.tables.flatMap((t) => t.columns.flatMap((c, k) => (c.header.startsWith('Vendor margin') ? [`${s.name} ${t.at.col + k}`] : [])))),
    );
    for (const sheet of ['Quote']) {
      const negative = [...(values.get(sheet)?.entries() ?? [])].filter(([k, v]) => typeof v === 'number' && v < 0 && !margins.has(`${sheet} ${k.split(',')[1] ?? ''}`));
      expect(negative.map(([k]) => `${sheet} ${k}`)).toEqual([]);
    }
  });
});

describe.each([
  ['compound discounts, price ending .99, half-even rounding', { discountBasis: 'compound', rounding: { minorUnits: 2, mode: 'halfEven', ending: 0.99 } }],
  ['JPY without minor units, prices in steps of 5', { currency: 'JPY', rounding: { minorUnits: 0, mode: 'halfAwayFromZero', step: 5 } }],
  [
    'tight guardrails and a direct line under the partner floor (breaches)',
    {
      guardrails: { vendorMarginFloor: 0.75, maxCustomerDiscount: 0.04, channelConflict: true, risingUnitPrice: true },
      quote: { ...source.quote, lines: [...(source.quote?.lines ?? []), { item: { sku: 'BF-AUTO' }, quantity: 3, term: 'annual', tier: 'solution', channel: 'direct', discount: 0.35 }] },
    },
  ],
] as const)('LibreOffice agrees with the engine for %s', (_name, change) => {
  it('every formula cell equals the engine figure', async () => {
    const variant = { ...source, ...change } as ModelInput;
    const s = describeWorkbook(load(variant), { source: variant });
    const values = await recalculated(s);
    expect(mismatches(s, values)).toEqual([]);
    // The Checks sheet, recalculated, reports exactly the engine's breaches.
    const engine = engineBreaches(load(variant));
    expect([...sheetBreaches(s, values)].sort()).toEqual([...engine].sort());
    if ('guardrails' in change) expect(engine.size).toBeGreaterThan(10);
  });
});

describe('a line typed into the Quote sheet after the build is checked like any other', () => {
  it('a 64% discount on a spare line shows as a breach of the maximum customer discount on the Checks sheet, as the engine finds', async () => {
    const typed = { item: { sku: 'BF-AUTO' }, quantity: 10, term: 'annual', tier: 'solution', channel: 'direct', dealRegistration: false, discount: 0.64 } as const;
    const n = model.quote.lines.length;
    const inputs: CellSpec[] = [
      { kind: 'text', value: typed.item.sku },
      { kind: 'number', value: typed.quantity },
      { kind: 'text', value: typed.term },
      { kind: 'text', value: typed.tier },
      { kind: 'text', value: typed.channel },
      { kind: 'blank' },
      { kind: 'bool', value: false },
      { kind: 'number', value: typed.discount },
    ];
    // The spare line keeps its Line number; the user types the rest.
    const edited = inputs.reduce((s, cell, k) => editCell(s, 'QuoteLines', n, k + 1, cell), spec);
    const values = await recalculated(edited);
    const withLine: ModelInput = { ...source, quote: { ...model.quote, lines: [...model.quote.lines, typed] } };
    const engine = engineBreaches(load(withLine));
    expect(engine).toContain(`max-customer-discount|quote.lines[${n}]|error`);
    expect([...sheetBreaches(spec, values)].sort()).toEqual([...engine].sort());
  });
});
