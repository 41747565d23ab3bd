/** The Overview sheet's description: first tab, where each role starts, tiers at a glance, guardrail status and breaches, as data. */
import { modelBreaches } from '../../../src/engine';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { ALL_RULES, OVERVIEW_BREACHES_SHOWN } from '../../../src/workbook/build/overviewChecks';
import { headlineTerm } from '../../../src/workbook/build/overviewTiers';
import { REGISTRY_TABLE, sheetOfAnchor } from '../../../src/workbook/registry';
import { type CellSpec, columnLetters, SHEET_KEYS, type SheetSpec, type TableSpec, type WorkbookSpec } from '../../../src/workbook/spec';
import { example, load } from '../../support/models';

const source = example();

const model = load(source);
const spec = describeWorkbook(model, { source });
const sheetOf = (s: WorkbookSpec, key: SheetSpec['key']): SheetSpec => {
  const found = s.sheets.find((x) => x.key === key);
  if (found === undefined) throw new Error(`no ${key} sheet`);
  return found;
};
const tableOf = (s: WorkbookSpec, name: string): TableSpec => {
  const found = s.sheets.flatMap((x) => x.tables).find((t) => t.name === name);
  if (found === undefined) throw new Error(`no table ${name}`);
  return found;
};
const result = (c: CellSpec | undefined): unknown => (c === undefined ? undefined : c.kind === 'formula' ? c.result : c.kind === 'blank' ? null : c.value);
const formulaOf = (c: CellSpec | undefined): string => (c?.kind === 'formula' ? c.formula : '');
const overview = sheetOf(spec, 'overview');

/** The registry's anchor formula for the sheet a link formula reads its target from. */
function linkTarget(s: WorkbookSpec, link: string): string | null {
  const m = /FORMULATEXT\('([^']+)'!\$C\$(\d+)\)/.exec(link);
  if (m === null) return null;
  const registry = tableOf(s, REGISTRY_TABLE);
  const model = sheetOf(s, 'model');
  expect(m[1]).toBe(model.name);
  const anchor = registry.rows[Number(m[2]) - registry.at.row - 2]?.[2];
  return anchor?.kind === 'formula' ? sheetOfAnchor(anchor.formula) : null;
}

describe('the Overview sheet', () => {
  it('is the first tab, visible, with the model name and currency, frozen header rows and its own tab colour', () => {
    expect(spec.sheets[0]?.key).toBe('overview');
    expect(SHEET_KEYS[0]).toBe('overview');
    expect(overview.name).toBe('Overview');
    expect(overview.visibility).toBe('visible');
    expect(overview.frozenRows).toBe(4);
    expect(overview.tabColor).toMatch(/^[0-9A-F]{6}$/);
    const shown = overview.cells.map((c) => result(c.cell)).join(' ');
    expect(shown).toContain(model.name);
    expect(shown).toContain(model.currency);
    expect(overview.charts).toEqual([]);
  });

  it('says where each role starts, each with a link that reads its target from the registry anchor of its sheet', () => {
    const roles = tableOf(spec, 'RoleStarts');
    expect(roles.rows.map((r) => [result(r[0]), result(r[1])])).toEqual([
      ['Pricing manager', 'Packaging'],
      ['Pricing manager', 'Price book'],
      ['Pricing manager', 'Build history'],
      ['Sales ops', 'Quote'],
      ['Finance', 'Routes'],
      ['Finance', 'Channels'],
      ['Finance', 'Scenarios'],
      ['Finance', 'Mix'],
      ['Finance', 'Checks'],
    ]);
    for (const r of roles.rows) {
      expect(formulaOf(r[1])).toMatch(/^=HYPERLINK\("#"&MID\(FORMULATEXT\(/);
      expect(linkTarget(spec, formulaOf(r[1]))).toBe(result(r[1]));
    }
  });

  it('links to sheets under the names asked for, and shows them', () => {
    const names = { ...Object.fromEntries(spec.sheets.map((s) => [s.key, s.name])), priceBook: "Bob's prices", model: 'Model "data"' } as Record<SheetSpec['key'], string>;
    const renamed = describeWorkbook(model, { source, sheetNames: names });
    const link = tableOf(renamed, 'RoleStarts').rows[1]?.[1];
    expect(result(link)).toBe("Bob's prices");
    expect(formulaOf(link)).toContain("FORMULATEXT('Model \"data\"'!$C$7)");
    expect(formulaOf(link)).toContain(',"Bob\'s prices")');
    expect(linkTarget(renamed, formulaOf(link))).toBe("Bob's prices");
  });

  it('shows every tier with its persona, job and live counts and price range for the annual term', () => {
    const tiers = tableOf(spec, 'TiersAtGlance');
    const annual = headlineTerm(model);
    expect(annual?.term.id).toBe('annual');
    expect(tiers.caption).toContain('Annual term (12 months)');
    expect(tiers.rows.map((r) => r.map(result))).toEqual([
      ['product', 'Product', 'End user', 'Back up and restore, done by one user at a point in time', 'New job', 2, 30, 90],
      ['solution', 'Solution', 'Technical manager', expect.stringContaining('Backup automation') as unknown, 'New job', 4, 30, 490],
      ['enterprise', 'Enterprise solution', 'Business manager', expect.stringContaining('Situational awareness') as unknown, 'New job', 3, 600, 24000],
    ]);
    const lowest = formulaOf(tiers.rows[0]?.[6]);
    expect(lowest).toMatch(/MINIFS\('Price book'!\$E\$5:\$E\$\d+,'Price book'!\$B\$5:\$B\$\d+,E5,/);
    expect(formulaOf(tiers.rows[0]?.[7])).toContain('MAXIFS(');
    expect(formulaOf(tiers.rows[0]?.[1])).toBe("=IF('Packaging'!$B$5=\"\",\"\",'Packaging'!$B$5)");
    expect(tiers.columns.map((c) => c.format)).toEqual(['text', 'text', 'text', 'text', 'text', 'integer', 'money', 'money']);
  });

  it('counts breaches and warnings by rule, live over the Checks table, as the engine does', () => {
    const status = tableOf(spec, 'GuardrailStatus');
    const breaches = modelBreaches(model);
    const last = status.rows.at(-1);
    expect(result(last?.[0])).toBe(ALL_RULES);
    expect([result(last?.[1]), result(last?.[2])]).toEqual([breaches.filter((b) => b.severity === 'error').length, breaches.filter((b) => b.severity === 'warning').length]);
    expect(status.rows.find((r) => result(r[0]) === 'price-cliff')?.map(result)).toEqual(['price-cliff', 0, 2]);
    expect(formulaOf(last?.[1])).toMatch(/^=COUNTIF\('Checks'!\$H\$5:\$H\$\d+,"Breach"\)$/);
    expect(formulaOf(status.rows[0]?.[2])).toMatch(/^=COUNTIFS\('Checks'!\$H\$5:\$H\$\d+,"Warning",'Checks'!\$I\$5:\$I\$\d+,[A-Z]+5\)$/);
  });

  it("lists the example's two warnings, each linked to its row on the Checks sheet", () => {
    const list = tableOf(spec, 'BreachList');
    const checks = tableOf(spec, 'Checks');
    expect(list.rows).toHaveLength(2);
    for (const r of list.rows) {
      const row = Number(/"D(\d+)"/.exec(formulaOf(r[4]))?.[1]);
      expect(result(r[4])).toBe(`Row ${row}`);
      const checked = checks.rows[row - checks.at.row - 2];
      expect([result(checked?.[4]), result(checked?.[1])]).toEqual([result(r[0]), result(r[3])]);
      expect(formulaOf(r[0])).toBe(`='Checks'!$H$${row}`);
      expect(linkTarget(spec, formulaOf(r[4]))).toBe('Checks');
      // The registry lists the sheets in SHEET_KEYS order from row 5: the Checks sheet's anchor is on row 5 + its index.
      expect(formulaOf(r[4])).toContain(`LEN(MID(FORMULATEXT('Tiercraft model'!$C$${5 + SHEET_KEYS.indexOf('checks')}),2,255))-4)&"D${row}"`);
    }
    expect(list.caption).toContain('all 2');
  });

  it(`caps the list at ${OVERVIEW_BREACHES_SHOWN}, breaches first, and says how many there are`, () => {
    // A margin floor no price can meet and no discount allowed: every entry, term and quote line breaches.
    const strict = load({ ...source, guardrails: { ...source.guardrails, vendorMarginFloor: 0.999, maxCustomerDiscount: 0 }, quote: { ...model.quote, lines: [...model.quote.lines, ...model.quote.lines, ...model.quote.lines] } });
    const found = modelBreaches(strict);
    const strictSpec = describeWorkbook(strict, { source });
    const list = tableOf(strictSpec, 'BreachList');
    const shownOnChecks = tableOf(strictSpec, 'Checks').rows.filter((r) => ['Breach', 'Warning'].includes(String(result(r[4])))).length;
    expect(shownOnChecks).toBeGreaterThan(OVERVIEW_BREACHES_SHOWN);
    expect(found.length).toBeGreaterThan(0);
    expect(list.rows).toHaveLength(OVERVIEW_BREACHES_SHOWN);
    expect(list.rows.every((r) => result(r[0]) === 'Breach')).toBe(true);
    expect(list.caption).toBe(`Breaches and warnings when built: the first ${OVERVIEW_BREACHES_SHOWN} of ${shownOnChecks}; the Checks sheet lists them all`);
  });

  it('writes user text as text, never inside a formula', () => {
    const name = '=HYPERLINK("http://x","y")';
    const edited = describeWorkbook(load({ ...source, name, tiers: model.tiers.map((t, i) => (i === 0 ? { ...t, name } : t)) }), { source });
    const sheet = sheetOf(edited, 'overview');
    expect(sheet.cells[0]?.cell).toEqual({ kind: 'text', value: `${name}: overview` });
    expect(sheet.tables.flatMap((t) => t.rows.flat()).filter((c) => c.kind === 'formula' && c.formula.includes(name))).toEqual([]);
    expect(result(tableOf(edited, 'TiersAtGlance').rows[0]?.[1])).toBe(name);
  });

  it('keeps its tables side by side, clear of each other, with fitted columns', () => {
    const spans = overview.tables.map((t) => [t.at.col, t.at.col + t.columns.length - 1] as const);
    spans.slice(1).forEach(([from], i) => expect(from).toBeGreaterThan((spans[i] ?? [0, 0])[1] + 1));
    expect(overview.columns).toHaveLength((spans.at(-1) ?? [0, 0])[1] + 1);
    expect(columnLetters(overview.tables[1]?.at.col ?? 0)).toBe('E');
  });
});
