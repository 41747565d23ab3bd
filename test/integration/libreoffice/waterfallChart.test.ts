/**
 * A waterfall chart in LibreOffice: it survives a round trip as stacked columns over an invisible base,
 * and LibreOffice draws it with the role colours only (a base drawn with a fill would show in its colour).
 */
import JSZip from 'jszip';
import { WATERFALL_COLOURS } from '../../../src/workbook/spec';
import { renderXlsx } from '../../../src/workbook/xlsx/renderXlsx';
import { decodePng, type Pixels } from '../../support/png';
import { WATERFALL_FIGURES, WATERFALL_SHEET, waterfallSpec } from '../../support/waterfallSpec';
import { readRawValues } from './rawValues';
import { chartPictures, recalculate } from './recalc';

let saved: Uint8Array;
let chart: string;
let picture: Pixels;
beforeAll(async () => {
  const built = await renderXlsx(waterfallSpec());
  saved = recalculate(built);
  const zip = await JSZip.loadAsync(saved);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  chart = parts.length === 1 ? ((await zip.file(parts[0] as string)?.async('string')) ?? '') : '';
  const [png, ...others] = chartPictures(built);
  if (png === undefined || others.length > 0) throw new Error('LibreOffice should draw exactly one chart');
  picture = decodePng(png);
}, 180_000);

const series = (): string[] => [...chart.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
const rgb = (hex: string): number[] => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
const distance = (a: string, b: string): number => Math.max(...rgb(a).map((v, i) => Math.abs(v - (rgb(b)[i] as number))));
/** A colour a chart paints with (not white, black or a grey of the axes and text). */
const saturated = (hex: string): boolean => Math.max(...rgb(hex)) - Math.min(...rgb(hex)) > 40;

describe('a waterfall chart in LibreOffice', () => {
  it('is saved back as one stacked column chart of four series with full overlap', () => {
    expect(chart).toMatch(/<c:barChart><c:barDir val="col"\/><c:grouping val="stacked"\/>/);
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(series()).toHaveLength(4);
  });

  it('keeps the base without fill or outline and out of the legend', () => {
    expect(series()[0]).toMatch(/<c:spPr><a:noFill\/><a:ln[^>]*><a:noFill\/><\/a:ln><\/c:spPr>/);
    expect(chart).toMatch(/<c:legendEntry><c:idx val="0"\/><c:delete val="1"\/><\/c:legendEntry>/);
  });

  it('computes the base and the bars from the elements with the sheet’s formulas', async () => {
    const values = (await readRawValues(saved)).get(WATERFALL_SHEET);
    const columns = WATERFALL_FIGURES.map((_, r) => [3, 4, 5, 6, 7].map((c) => values?.get(`${4 + r},${c}`)));
    expect(columns).toEqual(WATERFALL_FIGURES);
  });

  it('draws the bars in their role colours and nothing else in colour: the base stays invisible', () => {
    expect(picture.width).toBeGreaterThan(300);
    const counts = (hex: string): number => picture.colours.filter((c) => c === hex.toLowerCase()).length;
    // Totals 1,000, 810 and 800 are tall; the down steps 100, 90 and 30 and the up step of 20 are shorter.
    expect(counts(WATERFALL_COLOURS.total)).toBeGreaterThan(5 * counts(WATERFALL_COLOURS.down));
    expect(counts(WATERFALL_COLOURS.down)).toBeGreaterThan(counts(WATERFALL_COLOURS.up));
    expect(counts(WATERFALL_COLOURS.up)).toBeGreaterThan(50);
    const roles = Object.values(WATERFALL_COLOURS);
    const stray = picture.colours.filter((c) => saturated(c) && roles.every((r) => distance(c, r) > 4)).length;
    expect(stray / picture.colours.length).toBeLessThan(0.005);
  });
});
