/** The streaming writer (what `tiercraft build` writes): tables, charts and the model, read back as written. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { rangeA1 } from '../../../src/workbook/a1';
import { loadModel } from '../../../src/engine/model/loadModel';
import type { ModelInput } from '../../../src/engine/model/schema';
import { describeWorkbook } from '../../../src/workbook/build/describeWorkbook';
import { readModelFromXlsx } from '../../../src/workbook/xlsx/readModel';
import { readXlsx } from '../../../src/workbook/xlsx/readXlsx';
import { writeXlsxStream } from '../../../src/workbook/xlsx/streamXlsx';

const source = JSON.parse(readFileSync(join(__dirname, '../../../examples/backup-vendor.tiercraft.json'), 'utf8')) as ModelInput;
const loaded = loadModel(source);
if (!loaded.ok) throw new Error('the example model is invalid');
const spec = describeWorkbook(loaded.model, { source });

let bytes: Uint8Array;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiercraft-stream-'));
  try {
    await writeXlsxStream(spec, join(dir, 'p.xlsx'));
    bytes = new Uint8Array(readFileSync(join(dir, 'p.xlsx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('the streamed workbook', () => {
  it('holds every table of the description at its place', async () => {
    const content = await readXlsx(bytes);
    const expected = spec.sheets.flatMap((s) => s.tables.map((t) => [t.name, s.name, t.at, t.columns.map((c) => c.header)]));
    const actual = expected.map(([name]) => {
      const g = content.tables.get(name as string);
      return [name, g?.sheet, g?.at, g?.values[0]];
    });
    expect(actual).toEqual(expected);
  });

  it('holds the charts as drawing parts of their sheets, with content types', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(spec.sheets.reduce((n, s) => n + s.charts.length, 0));
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    for (const c of charts) expect(types).toContain(`PartName="/${c}"`);
    expect(types).toContain('spreadsheetml.table+xml');
  });

  it('reads back to the same model, with the registry and the very hidden model sheet', async () => {
    const content = await readXlsx(bytes);
    expect(content.registry.map((e) => e.key)).toEqual(spec.sheets.map((s) => s.key));
    const back = loadModel(await readModelFromXlsx(bytes));
    expect(back.ok && back.model).toEqual(loaded.model);
  });

  it('writes each drop-down list once, over its range, with its list and message', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const checked = await Promise.all(
      spec.sheets.map(async (sheet, i) => {
        const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async('string')) ?? '';
        const written = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>/g)].map((m) => m[1]);
        expect(written).toEqual(sheet.validations.map((v) => rangeA1(v.range)));
        for (const v of sheet.validations) {
          const element = new RegExp(`<dataValidation type="list"${v.allowBlank ? ' allowBlank="1"' : ''} showErrorMessage="1" errorStyle="stop" error="[^"]+" sqref="${rangeA1(v.range)}"><formula1>[^<]+</formula1></dataValidation>`);
          expect(xml).toMatch(element);
        }
        return sheet.validations.length;
      }),
    );
    // Not vacuous: the example has drop-down lists on several sheets.
    expect(checked.filter((n) => n > 0).length).toBeGreaterThan(2);
  });
});
