/** The Office.js renderer against the Excel double: what it writes, how many requests, and what it never touches. */
import { FakeExcel, asRequestContext } from '../../../doubles/excel';
import { DEFAULT_REQUEST_BUDGET, WorkbookUnchangedError } from '../../../../src/workbook/office';
import { workbookMessages } from '../../../../src/workbook/messages';
import { exampleInput, generatedInput, specOf } from './fixtures';
import { build, userWorkbook } from './helpers';
import { TRICKY_NAMES, syntheticSpec } from './syntheticSpec';

/** Excel drops the quotes a sheet name does not need when it rewrites a formula after a rename. */
const unquoted = (formula: string): string => formula.replace(/'([A-Za-z_][A-Za-z0-9_.]*)'!/g, '$1!');

describe('a first build of the example model', () => {
  const spec = specOf(exampleInput());
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = userWorkbook();
    await build(excel, spec);
  });

  it('adds every sheet after the user sheet, in order, the model sheet very hidden, no temporary sheet left', () => {
    expect(excel.sheetNames()).toEqual(['Sheet1', ...spec.sheets.map((s) => s.name)]);
    expect(excel.state.sheets.map((s) => s.visibility)).toEqual(['Visible', ...spec.sheets.map((s) => (s.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible'))]);
  });

  it('creates every table under its own name over the rows of the description', () => {
    for (const sheetSpec of spec.sheets) {
      const tables = excel.state.sheets.find((s) => s.name === sheetSpec.name)?.tables ?? [];
      expect(tables.map((t) => [t.name, t.rect.row, t.rect.lastRow - t.rect.row])).toEqual(sheetSpec.tables.map((t) => [t.name, t.at.row, Math.max(1, t.rows.length)]));
    }
  });

  it('writes formulas as formulas, text as text, numbers with their formats, and freezes the header rows', () => {
    for (const sheetSpec of spec.sheets) {
      for (const table of sheetSpec.tables) {
        table.rows.slice(0, 5).forEach((row, r) =>
          row.forEach((cell, c) => {
            const written = excel.state.sheets.find((s) => s.name === sheetSpec.name)?.cells.get(`${table.at.row + 1 + r},${table.at.col + c}`);
            if (cell.kind === 'formula') expect(unquoted(String(written?.formula))).toBe(unquoted(cell.formula));
            else if (cell.kind === 'text' || cell.kind === 'number' || cell.kind === 'bool') expect([written?.value, written?.formula]).toEqual([cell.value, undefined]);
          }),
        );
      }
      const state = excel.state.sheets.find((s) => s.name === sheetSpec.name);
      expect(state?.frozenRows).toBe(sheetSpec.frozenRows);
    }
  });

  it('leaves the user sheet exactly as it was', () => {
    expect(excel.cell('Sheet1', 'C3')).toEqual({ value: 0, formula: '=B2*2', numberFormat: 'General' });
    expect(excel.cell('Sheet1', 'A1')?.value).toBe('My notes');
  });
});

describe('requests grow with the payload, not with the rows', () => {
  const counts = new Map<number, { syncs: number; totalBytes: number; largestBytes: number; writes: number[] }>();
  beforeAll(async () => {
    for (const products of [10, 1_000, 10_000]) {
      const excel = new FakeExcel();
      await build(excel, syntheticSpec(products));
      const writes = excel.syncs.flatMap((s) => s.operations.filter((o) => o.member === 'formulas' && Array.isArray(o.args)).map((o) => (o.args as unknown[]).length));
      counts.set(products, { ...excel.stats(), writes });
    }
  });

  it('builds a small model in a fixed number of requests, whatever its rows: two reads, one to add the sheets, one write', () => {
    expect(counts.get(10)?.syncs).toBe(4);
    expect(counts.get(1_000)?.syncs).toBe(4);
  });

  it('adds requests for 10,000 products only in proportion to the bytes, each well under 5 MB', () => {
    const big = counts.get(10_000);
    if (!big) throw new Error('not measured');
    expect(big.largestBytes).toBeLessThan(DEFAULT_REQUEST_BUDGET * 1.1);
    expect(big.syncs).toBeLessThanOrEqual(4 + Math.ceil(big.totalBytes / (DEFAULT_REQUEST_BUDGET / 2)));
    expect(big.syncs).toBeLessThan(30);
    expect(Math.max(...big.writes)).toBeGreaterThan(1_000);
  });

  it('keeps every request of a model whose stored JSON runs to megabytes under the budget', async () => {
    const excel = new FakeExcel();
    const spec = syntheticSpec(10);
    const model = spec.sheets.find((s) => s.key === 'model');
    if (!model) throw new Error('no model sheet');
    const chunks = Array.from({ length: 200 }, (_, i) => ({ at: { row: 4 + i, col: 6 }, cell: { kind: 'text' as const, value: 'z'.repeat(30_000) }, format: 'text' as const, style: 'value' as const }));
    await build(excel, { ...spec, sheets: spec.sheets.map((s) => (s === model ? { ...s, cells: [...s.cells, ...chunks] } : s)) });
    expect(excel.stats().largestBytes).toBeLessThan(DEFAULT_REQUEST_BUDGET * 1.1);
    expect(excel.cell('Tiercraft model', 'G204')?.value).toHaveLength(30_000);
  });

  it('suspends calculation for the big batches', async () => {
    const excel = new FakeExcel();
    await build(excel, syntheticSpec(10_000));
    const bigBatches = excel.syncs.filter((s) => s.bytes > 100_000);
    expect(bigBatches.length).toBeGreaterThan(1);
    expect(bigBatches.every((s) => s.calculationSuspended)).toBe(true);
  });
});

describe('requests for generated models described by describeWorkbook', () => {
  it('stay at 3 and the writes the bytes need for 10 products, and grow with the bytes only for 1,000 products', async () => {
    const small = new FakeExcel();
    await build(small, specOf(generatedInput(10)));
    // Two reads, one to add the sheets, then the writes (1.4 MB: two requests): the Routes sheet prices one item, not every item through every route.
    const few = small.stats();
    expect(few.syncs).toBe(3 + Math.ceil(few.totalBytes / DEFAULT_REQUEST_BUDGET));
    expect(few.syncs).toBeLessThanOrEqual(5);
    const large = new FakeExcel();
    await build(large, specOf(generatedInput(1_000)));
    const stats = large.stats();
    expect(stats.largestBytes).toBeLessThan(DEFAULT_REQUEST_BUDGET * 1.1);
    expect(stats.syncs).toBeLessThanOrEqual(4 + Math.ceil(stats.totalBytes / (DEFAULT_REQUEST_BUDGET / 2)));
  }, 60_000);
});

describe('a rebuild reads what it may overwrite first', () => {
  it('in responses that stay well under 5 MB, also for 1,000 products', async () => {
    const excel = new FakeExcel();
    await build(excel, specOf(generatedInput(1_000)));
    excel.resetLog();
    await build(excel, specOf(generatedInput(1_000)));
    const stats = excel.stats();
    expect(stats.largestResponse).toBeGreaterThan(DEFAULT_REQUEST_BUDGET / 2);
    expect(stats.largestResponse).toBeLessThan(3.5 * 1024 * 1024);
    expect(stats.largestBytes).toBeLessThan(DEFAULT_REQUEST_BUDGET * 1.1);
  }, 60_000);
});

describe('text a user typed stays text', () => {
  it('writes product names that look like formulas, numbers or dates as the same text', async () => {
    const excel = new FakeExcel();
    await build(excel, syntheticSpec(TRICKY_NAMES.length));
    TRICKY_NAMES.forEach((name, i) => {
      const cell = excel.cell('Packaging', `B${5 + i}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(name);
    });
    expect(excel.cell('Quote', 'A2')).toMatchObject({ value: '=customer name typed by a user' });
    expect(excel.cell('Quote', 'A2')?.formula).toBeUndefined();
  });
});

describe('a sheet name held by a sheet Tiercraft did not create', () => {
  function withUserPriceBook(): FakeExcel {
    const excel = userWorkbook();
    excel.addSheet('PRICE BOOK', { A1: 'their prices', B5: '=Sheet1!B2+1' });
    return excel;
  }

  it('asks, and on cancel changes nothing', async () => {
    const excel = withUserPriceBook();
    const before = excel.snapshot();
    const asked: string[] = [];
    const onClash = async (name: string) => {
      asked.push(name);
      return 'cancel' as const;
    };
    await expect(build(excel, syntheticSpec(3), { onClash })).rejects.toMatchObject({ reason: 'clash' });
    expect(asked).toEqual(['PRICE BOOK']);
    expect(excel.snapshot()).toBe(before);
  });

  it('on rename builds under a free name, points the formulas at it and leaves the user sheet alone', async () => {
    const excel = withUserPriceBook();
    const userSheet = JSON.stringify([...(excel.state.sheets.find((s) => s.name === 'PRICE BOOK')?.cells ?? [])]);
    const result = await build(excel, syntheticSpec(3), { onClash: async () => 'rename' });
    expect(result.renamed).toEqual([{ wanted: 'Price book', chosen: 'Price book (2)' }]);
    expect(result.messages[0]).toMatch(/'Price book' already exists .* named 'Price book \(2\)'/);
    expect(JSON.stringify([...(excel.state.sheets.find((s) => s.name === 'PRICE BOOK')?.cells ?? [])])).toBe(userSheet);
    expect(excel.cell('Checks', 'B5')?.formula).toBe("=MIN('Price book (2)'!$C$5:$C$7)");
    expect(excel.cell('Tiercraft model', 'B6')?.value).toBe('Price book (2)');
  });
});

describe('rebuilding', () => {
  async function builtWithUserCells(): Promise<FakeExcel> {
    const excel = userWorkbook();
    await build(excel, syntheticSpec(20));
    excel.setCells('Price book', { G2: 'my margin note', G5: '=C5*0.1', A30: 'below the table' });
    return excel;
  }

  it('keeps what a user added beside the tables and resizes the tables to the new rows', async () => {
    const excel = await builtWithUserCells();
    await build(excel, syntheticSpec(25), { describePrevious: async () => syntheticSpec(20) });
    expect(excel.cell('Price book', 'G2')?.value).toBe('my margin note');
    expect(excel.cell('Price book', 'G5')?.formula).toBe('=C5*0.1');
    expect(excel.cell('Price book', 'A30')?.value).toBe('below the table');
    expect(excel.state.sheets.find((s) => s.name === 'Price book')?.tables[0]).toMatchObject({ name: 'Prices', rect: { row: 3, lastRow: 28 } });
    expect(unquoted(String(excel.cell('Price book', 'A29')?.formula))).toBe('=Packaging!A29');
    expect(excel.sheetNames()).toEqual(['Sheet1', 'Packaging', 'Price book', 'Quote', 'Checks', 'Tiercraft model']);
  });

  it('clears the rows of a table that shrank', async () => {
    const excel = await builtWithUserCells();
    await build(excel, syntheticSpec(5), { describePrevious: async () => syntheticSpec(20) });
    expect(excel.state.sheets.find((s) => s.name === 'Price book')?.tables[0]?.rect.lastRow).toBe(8);
    expect(excel.cell('Price book', 'A20')?.value ?? '').toBe('');
    expect(excel.cell('Price book', 'A20')?.formula).toBeUndefined();
    expect(excel.cell('Price book', 'A30')?.value).toBe('below the table');
  });

  it('stops before writing anything when a table would grow over a user cell', async () => {
    const excel = await builtWithUserCells();
    const before = excel.snapshot();
    const error = await build(excel, syntheticSpec(40)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookUnchangedError);
    expect((error as Error).message).toBe(workbookMessages.userCells('Price book', ['A30']));
    expect((error as Error).message).toMatch(/^Rebuilding would write over a cell you filled on 'Price book' \(A30\)/);
    expect(excel.snapshot()).toBe(before);
  });

  it('finds its sheets by the registry after a user renamed one', async () => {
    const excel = await builtWithUserCells();
    excel.context.workbook.worksheets.getItem('Price book').name = 'Prices';
    await excel.context.sync();
    const names = { products: 'Packaging', priceBook: 'Prices', quote: 'Quote', checks: 'Checks', model: 'Tiercraft model' };
    await build(excel, syntheticSpec(20, names), { describePrevious: async () => syntheticSpec(20, names) });
    expect(excel.sheetNames()).toEqual(['Sheet1', 'Packaging', 'Prices', 'Quote', 'Checks', 'Tiercraft model']);
    expect(excel.cell('Prices', 'G2')?.value).toBe('my margin note');
  });
});

describe('progress and cancel', () => {
  it('reports progress up to the total, ending with Done', async () => {
    const excel = new FakeExcel();
    const seen: [number, number, string][] = [];
    await build(excel, syntheticSpec(10_000), { onProgress: (done, total, label) => seen.push([done, total, label]) });
    const writes = seen.slice(1, -1);
    expect(writes.length).toBeGreaterThan(3);
    writes.forEach(([done, total], i) => {
      expect(done).toBeLessThanOrEqual(total);
      if (i > 0) expect(done).toBeGreaterThan((writes[i - 1] as [number, number, string])[0]);
    });
    expect(writes.at(-1)?.[0]).toBe(writes.at(-1)?.[1]);
    expect(seen.at(-1)).toEqual([1, 1, 'Done']);
  });

  it('cancels between requests and leaves the workbook as it was', async () => {
    const excel = userWorkbook();
    await build(excel, syntheticSpec(100));
    const before = excel.snapshot();
    const controller = new AbortController();
    const error = await build(excel, syntheticSpec(10_000), {
      describePrevious: async () => syntheticSpec(100),
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 0) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'cancelled', message: 'The build was cancelled; the workbook is as it was.' });
    expect(excel.snapshot()).toBe(before);
  });

  it('selects a cell for the Checks list', async () => {
    const excel = new FakeExcel();
    await build(excel, syntheticSpec(3));
    const { selectCell } = await import('../../../../src/workbook/office');
    await selectCell(asRequestContext(excel), 'checks', 'B5');
    expect(excel.state.selection).toEqual({ sheet: 'Checks', address: 'B5' });
    await expect(selectCell(asRequestContext(excel), 'Nope', 'A1')).rejects.toThrow("There is no sheet named 'Nope' in this workbook.");
  });
});
