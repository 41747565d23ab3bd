/**
 * Every sheet prints legibly: LibreOffice prints the example workbooks to PDF with Tiercraft's page
 * setup (print.ts). Before it (fit to page written but not switched on), the backup vendor example
 * printed as 132 pages of column fragments in LibreOffice, the two-tier one as 113; now each band of
 * side-by-side tables prints on pages of its own, one page wide: 56 and 54 pages (the Customer quote,
 * Scenarios, Mix and Build history sheets included).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { load } from '../../support/models';
import { type PageText, printedPages, squeezed } from './pdf';

jest.setTimeout(240_000);

const EXAMPLES = ['backup-vendor', 'two-tier-distribution'] as const;
/** Pages printed now (56 and 54 measured), with a little room; before the page setup: 132 and 113. */
const MOST_PAGES = 60;

const specOf = (name: string): WorkbookSpec =>
  describeWorkbook(load(JSON.parse(readFileSync(join(__dirname, `../../../examples/${name}.tiercraft.json`), 'utf8')) as ModelInput));

const specs = EXAMPLES.map(specOf);
let printed: PageText[][] = [];
let before: PageText[] = [];

beforeAll(async () => {
  const withoutSetup = { ...(specs[0] as WorkbookSpec), sheets: (specs[0] as WorkbookSpec).sheets.map(({ print: _print, ...s }) => s) };
  const all = printedPages([...(await Promise.all(specs.map((s) => renderXlsx(s)))), await renderXlsx(withoutSetup)]);
  printed = all.slice(0, specs.length);
  before = all[specs.length] ?? [];
});

/** The model's name as the page header shows it. */
const modelName = (spec: WorkbookSpec): string => spec.sheets.find((s) => s.key === 'overview')?.print?.header.left.replace(/&&/g, '&') ?? '';

/** The pages of each sheet, by the sheet name at the right of each page's header. */
function pagesBySheet(spec: WorkbookSpec, pages: readonly PageText[]): Map<string, PageText[]> {
  const model = squeezed(modelName(spec));
  const names = spec.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name);
  const out = new Map(names.map((n): [string, PageText[]] => [n, []]));
  for (const page of pages) {
    const header = squeezed(page.header);
    const name = header.startsWith(model) ? names.find((n) => header.endsWith(squeezed(n))) : undefined;
    if (name === undefined) throw new Error(`a page without the model and sheet names in its header: ${page.header}`);
    out.get(name)?.push(page);
  }
  return out;
}

describe.each(EXAMPLES.map((name, i) => [name, i] as const))('the %s example printed by LibreOffice', (_name, i) => {
  const spec = specs[i] as WorkbookSpec;

  it(`takes at most ${MOST_PAGES} pages, each numbered "Page x of y" in its footer (the whole print run)`, () => {
    const pages = printed[i] ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(MOST_PAGES);
    pages.forEach((p, n) => expect(squeezed(p.text)).toContain(squeezed(`Page ${n + 1} of ${pages.length}`)));
  });

  it('prints every visible sheet, each page headed by the model and sheet names', () => {
    const bySheet = pagesBySheet(spec, printed[i] ?? []);
    expect([...bySheet.values()].reduce((n, own) => n + own.length, 0)).toBe(printed[i]?.length);
    for (const [, own] of bySheet) expect(own.length).toBeGreaterThanOrEqual(1);
    expect(bySheet.size).toBe(spec.sheets.filter((s) => s.visibility === 'visible').length);
  });

  it('prints each table’s whole header row on one page: no column set is split across pages', () => {
    const bySheet = pagesBySheet(spec, printed[i] ?? []);
    for (const sheet of spec.sheets.filter((s) => s.print !== undefined)) {
      const pages = (bySheet.get(sheet.name) ?? []).map((p) => squeezed(p.text));
      for (const t of sheet.tables) {
        const headers = t.columns.map((c) => squeezed(c.header));
        expect({ table: t.name, onOnePage: pages.some((p) => headers.every((h) => p.includes(h))) }).toEqual({ table: t.name, onOnePage: true });
      }
    }
  });
});

describe('print titles', () => {
  it('repeat a long table’s header row on each of its pages (the Checks table of the backup vendor example)', () => {
    const spec = specs[0] as WorkbookSpec;
    const checks = spec.sheets.find((s) => s.key === 'checks');
    const table = checks?.tables.find((t) => t.name === 'Checks');
    const rows = (table?.rows ?? []).map((r) => (r[0]?.kind === 'text' ? squeezed(r[0].value) : ''));
    const pages = (pagesBySheet(spec, printed[0] ?? []).get(checks?.name ?? '') ?? []).map((p) => squeezed(p.text));
    // The pages holding the Checks table's rows: more than one, each with its header row.
    const holding = pages.filter((p) => rows.some((r) => r !== '' && p.includes(r)));
    expect(holding.length).toBeGreaterThan(1);
    const headers = (table?.columns ?? []).map((c) => squeezed(c.header));
    for (const p of holding) for (const h of headers) expect(p).toContain(h);
  });
});

describe('before the page setup', () => {
  it('the same workbook printed as fragments: far more pages', () => {
    expect(before.length).toBeGreaterThan(100);
  });
});
