/** The workbook description of the example model: structure, formats, formulas and user text, as data. */
import { modelBreaches } from '../../../src/engine';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { joinModelChunks, MODEL_JSON_COL, REGISTRY_TABLE, sheetOfAnchor } from '../../../src/workbook/registry';
import { legalTableName, sheetNameProblem } from '../../../src/workbook/names';
import { type CellSpec, SHEET_KEYS, type SheetSpec, type TableSpec, type WorkbookSpec } from '../../../src/workbook/spec';
import { example, load } from '../../support/models';

const source = example();

const model = load(source);
const spec = describeWorkbook(model, { source });
const sheet = (key: SheetSpec['key'], s: WorkbookSpec = spec): SheetSpec => {
  const found = s.sheets.find((x) => x.key === key);
  if (!found) throw new Error(`no ${key} sheet`);
  return found;
};
const table = (name: string, s: WorkbookSpec = spec): TableSpec => {
  const found = s.sheets.flatMap((x) => x.tables).find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
};
const column = (t: TableSpec, header: string): CellSpec[] => {
  const i = t.columns.findIndex((c) => c.header === header);
  return t.rows.map((r) => r[i] ?? { kind: 'blank' });
};
const results = (cells: readonly CellSpec[]): unknown[] => cells.map((c) => (c.kind === 'formula' ? c.result : c.kind === 'blank' ? null : c.value));
const allFormulas = spec.sheets.flatMap((s) => [...s.tables.flatMap((t) => t.rows.flat()), ...s.cells.map((c) => c.cell)]).filter((c): c is Extract<CellSpec, { kind: 'formula' }> => c.kind === 'formula');

describe('the sheets', () => {
  it('are every sheet, in order, with legal unique names; the model sheet is very hidden', () => {
    expect(spec.sheets.map((s) => s.key)).toEqual(SHEET_KEYS);
    expect(spec.sheets.map((s) => s.name)).toEqual(['Overview', 'Packaging', 'Price book', 'Markets', 'Ladders', 'Bundles', 'Channels', 'Routes', 'Quote', 'Customer quote', 'Scenarios', 'Mix', 'Checks', 'Build history', 'Tiercraft model']);
    for (const s of spec.sheets) expect(sheetNameProblem(s.name)).toBeNull();
    expect(spec.sheets.map((s) => s.visibility)).toEqual([...new Array(14).fill('visible'), 'veryHidden']);
  });

  it('take the names asked for, and formulas refer to them', () => {
    const renamed = describeWorkbook(model, { source, sheetNames: { ...Object.fromEntries(spec.sheets.map((s) => [s.key, s.name])), priceBook: "Bob's prices" } as Record<SheetSpec['key'], string> });
    expect(sheet('priceBook', renamed).name).toBe("Bob's prices");
    const quoteFormulas = table('QuoteLines', renamed).rows.flat().filter((c) => c.kind === 'formula');
    expect(quoteFormulas.some((c) => c.kind === 'formula' && c.formula.includes("'Bob''s prices'!"))).toBe(true);
  });

  it('freeze their header rows and fit their columns', () => {
    // The Customer quote is a document to print: nothing frozen, its lines' header repeated on paper instead.
    for (const s of spec.sheets.filter((x) => x.visibility === 'visible' && x.key !== 'customerQuote')) {
      expect(s.frozenRows).toBeGreaterThanOrEqual(4);
      expect(s.columns.length).toBeGreaterThan(0);
      for (const c of s.columns) expect(c.width).toBeGreaterThanOrEqual(8);
    }
    const prices = table('Prices');
    expect(sheet('priceBook').columns[prices.at.col + 2]?.width).toBeGreaterThanOrEqual('Encryption add-on'.length);
  });
});

describe('the tables', () => {
  const tables = spec.sheets.flatMap((s) => s.tables);

  it('have legal names, unique in the workbook, and unique headers', () => {
    expect(new Set(tables.map((t) => t.name.toUpperCase())).size).toBe(tables.length);
    for (const t of tables) {
      expect(legalTableName(t.name)).toBe(t.name);
      expect(new Set(t.columns.map((c) => c.header)).size).toBe(t.columns.length);
      for (const r of t.rows) expect(r).toHaveLength(t.columns.length);
    }
  });

  it.each([
    ['Prices', 'Monthly', 'money'],
    ['Products', 'Unit cost', 'money'],
    ['Terms', 'Term discount', 'percent'],
    ['Bands', 'Discount', 'percent'],
    ['PartnerLevels', 'Rebate', 'percent'],
    ['QuoteLines', 'Vendor margin %', 'percent'],
    ['QuoteLines', 'Customer price', 'money'],
    ['BundleAllocation', 'Allocation', 'money'],
  ])('%s: %s is formatted as %s', (name, header, format) => {
    expect(table(name).columns.find((c) => c.header === header)?.format).toBe(format);
  });

  it('show list prices by product, tier and term', () => {
    const prices = table('Prices');
    expect(prices.columns.map((c) => c.header)).toEqual(['SKU', 'Tier', 'Product', 'Monthly', 'Annual', '3-year', 'Key']);
    expect(results(prices.rows[0] ?? [])).toEqual(['BK-CLI', 'product', 'Backup CLI', 9, 90, 270, 'BK-CLI|product']);
  });
});

describe('the formulas', () => {
  it('all carry the engine figure as their result', () => {
    expect(allFormulas.length).toBeGreaterThan(1500);
    for (const f of allFormulas) {
      expect(f.formula.startsWith('=')).toBe(true);
      expect(f.result === null || ['number', 'string', 'boolean'].includes(typeof f.result)).toBe(true);
    }
  });

  it('use only functions LibreOffice 7.4 computes (MINIFS and MAXIFS it has, since 5.2)', () => {
    for (const f of allFormulas) expect(f.formula).not.toMatch(/\b(LET|LAMBDA|XLOOKUP|XMATCH|FILTER|UNIQUE|SORTBY|SEQUENCE|TEXTJOIN|IFS|SWITCH)\(/);
  });

  it('split Team Automation Starter (annual, 1,215.50) over its components exactly', () => {
    const alloc = table('BundleAllocation');
    const rows = alloc.rows.filter((r) => results([r[0] ?? { kind: 'blank' }, r[1] ?? { kind: 'blank' }]).join() === 'team-starter,annual');
    expect(results(rows.map((r) => r[6] ?? { kind: 'blank' }))).toEqual([1215.5, 1215.5, 1215.5, 1215.5]);
    expect(results(rows.map((r) => r[11] ?? { kind: 'blank' }))).toEqual([416.5, 161.5, 510, 127.5]);
  });

  it('keep the channel invariant: reseller + distributor margins = customer price − vendor net', () => {
    const wf = table('RouteComparison');
    const get = (h: string) => results(column(wf, h)) as (number | string)[];
    const [customer, net, reseller, distributor] = [get('Customer price'), get('Vendor pocket price'), get('Reseller margin'), get('Distributor margin')];
    const partnerChannels = model.channels.filter((c) => c.kind !== 'direct').length;
    expect(wf.rows.length).toBe(model.channels.length - partnerChannels + partnerChannels * 2 * model.levels.length);
    wf.rows.forEach((_, i) => {
      const margins = Number(reseller[i] || 0) + Number(distributor[i] || 0);
      expect(Math.round(margins * 100)).toBe(Math.round((Number(customer[i]) - Number(net[i])) * 100));
    });
  });
});

describe('user text', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1 seat', '-5% promo', '@channel'])('%j stays text everywhere it is written', (name) => {
    const edited = describeWorkbook(load({ ...source, name, products: model.products.map((p, i) => (i === 0 ? { ...p, name } : p)) }), { source });
    expect(table('Products', edited).rows[0]?.[1]).toEqual({ kind: 'text', value: name });
    expect(sheet('packaging', edited).cells[0]?.cell).toEqual({ kind: 'text', value: `${name}: packaging` });
    const leaked = edited.sheets.flatMap((s) => s.tables.flatMap((t) => t.rows.flat())).filter((c) => c.kind === 'formula' && c.formula.includes(name));
    expect(leaked).toEqual([]);
  });
});

describe('the quote and the checks', () => {
  it('offer drop-down lists for item, term, tier, channel, level, deal registration and funding', () => {
    const quote = sheet('quote');
    const lines = table('QuoteLines');
    const listed = quote.validations.map((v) => lines.columns[v.range.at.col - lines.at.col]?.header);
    expect(listed.slice(0, 7)).toEqual(['Item', 'Term', 'Tier', 'Channel', 'Level', 'Deal registration', 'Funding']);
    const items = table('QuoteItems');
    const letters = String.fromCharCode(64 + Math.floor(items.at.col / 26)) + String.fromCharCode(65 + (items.at.col % 26));
    expect(quote.validations[0]?.source).toEqual({ kind: 'range', formula: `='Quote'!$${letters}$6:$${letters}$${5 + model.products.length + model.bundles.length}` });
  });

  it('highlight a breach where it stands and on the Checks sheet', () => {
    expect(sheet('routes').conditionalFormats.filter((c) => c.formula.includes("'Checks'!$B$5")).map((c) => c.style)).toEqual(['breach']);
    expect(sheet('quote').conditionalFormats[0]?.style).toBe('breach');
    expect(sheet('checks').conditionalFormats.map((c) => c.style)).toEqual(['breach', 'warning', 'pass', 'breach']);
    const status = results(column(table('Checks'), 'Status'));
    expect(status.every((s) => ['Pass', 'Breach', 'Warning', 'Off', ''].includes(String(s)))).toBe(true);
  });

  it('list every breach the engine finds, with its rule and field as tiercraft validate names them', () => {
    const checks = table('Checks');
    const listed = checks.rows
      .map((r) => results(r))
      .filter((r) => r[4] === 'Breach' || r[4] === 'Warning')
      .map((r) => `${String(r[5])}|${String(r[6])}|${r[4] === 'Breach' ? 'error' : 'warning'}`);
    const engine = modelBreaches(model).map((b) => `${b.rule}|${b.path}|${b.severity}`);
    expect(new Set(listed)).toEqual(new Set(engine));
    // The example's volume ladder for servers has two price cliffs (see priceCliff.ts).
    expect(listed.filter((k) => k.startsWith('price-cliff|'))).toHaveLength(2);
  });

  it('check every line of the Quote sheet, spare lines too, so a line typed in later is checked', () => {
    const lines = table('QuoteLines');
    const checked = new Set(table('Checks').rows.map((r) => results(r)[1]).filter((w) => String(w).startsWith('Quote line ')));
    expect(checked.size).toBe(lines.rows.length);
    expect(lines.rows.length).toBe(model.quote.lines.length + 3);
    const discountCol = lines.columns.findIndex((c) => c.header === 'Customer discount');
    const highlight = sheet('quote').conditionalFormats.find((c) => c.range.at.col === lines.at.col + discountCol);
    expect(highlight).toMatchObject({ style: 'breach', range: { rows: lines.rows.length } });
  });

  it('chart unit price against quantity per ladder, and each party’s pocket price of the chosen route (none on the Channels sheet)', () => {
    expect(sheet('ladders').charts.map((c) => c.kind)).toEqual(model.ladders.map(() => 'line'));
    expect(sheet('routes').charts.map((c) => c.title)).toEqual(['Customer', 'Reseller', 'Distributor', 'Vendor'].map((p) => `${p}: pocket-price waterfall`));
    expect(sheet('channels').charts).toEqual([]);
    expect(sheet('channels').tables.map((t) => t.name)).toEqual(['PartnerLevels', 'Channels', 'RebateTiers', 'LevelProgramme']);
  });
});

describe('the model sheet', () => {
  const ms = sheet('model');
  it('registers every sheet with an anchor that follows renames, and its tables', () => {
    const registry = ms.tables.find((t) => t.name === REGISTRY_TABLE);
    expect(registry?.rows.map((r) => results(r.slice(0, 1))[0])).toEqual(SHEET_KEYS);
    for (const [i, s] of spec.sheets.entries()) {
      const anchor = registry?.rows[i]?.[2];
      expect(anchor?.kind === 'formula' ? sheetOfAnchor(anchor.formula) : null).toBe(s.name);
      expect(results([registry?.rows[i]?.[3] ?? { kind: 'blank' }])[0]).toBe(s.tables.map((t) => t.name).join(', '));
    }
  });

  it('holds the model as written, in chunks', () => {
    const chunks = ms.cells.filter((c) => c.at.col === MODEL_JSON_COL && c.at.row > 3).map((c) => (c.cell.kind === 'text' ? c.cell.value : null));
    expect(JSON.parse(joinModelChunks(chunks))).toEqual(source);
  });
});
