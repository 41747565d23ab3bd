/** A waterfall chart in the .xlsx: stacked columns over an invisible base series, read back from the package. */
import JSZip from 'jszip';
import { WATERFALL_COLOURS, WATERFALL_GAP_WIDTH } from '../../../../src/workbook/spec';
import { renderXlsx } from '../../../../src/workbook/xlsx/renderXlsx';
import { waterfallSpec } from '../../../support/waterfallSpec';

let chart: string;
let drawing: string;
beforeAll(async () => {
  const zip = await JSZip.loadAsync(await renderXlsx(waterfallSpec()));
  chart = (await zip.file('xl/charts/chart1.xml')?.async('string')) ?? '';
  drawing = (await zip.file('xl/drawings/drawing1.xml')?.async('string')) ?? '';
});

const all = (xml: string, tag: string): string[] => [...xml.matchAll(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`, 'g'))].map((m) => m[0]);
const attr = (xml: string, tag: string): string | undefined => new RegExp(`<${tag} val="([^"]*)"/>`).exec(xml)?.[1];
const series = (): string[] => all(chart, 'c:ser');
const ref = (s: string, tag: string): string | undefined => new RegExp(`${tag}><c:f>([^<]*)<`).exec(s)?.[1]?.replace(/&apos;/g, "'");

describe('a waterfall chart in the .xlsx', () => {
  it('is one stacked column chart with full overlap and a narrow gap (no chartex part, which LibreOffice cannot read)', () => {
    expect(all(chart, 'c:barChart')).toHaveLength(1);
    expect(attr(chart, 'c:barDir')).toBe('col');
    expect(attr(chart, 'c:grouping')).toBe('stacked');
    expect(attr(chart, 'c:overlap')).toBe('100');
    expect(attr(chart, 'c:gapWidth')).toBe(String(WATERFALL_GAP_WIDTH));
    expect(chart).not.toContain('chartex');
  });

  it('stacks the base first, then the visible series in the order given, all over the same categories', () => {
    expect(series().map((s) => attr(s, 'c:order'))).toEqual(['0', '1', '2', '3']);
    expect(series().map((s) => /<c:v>([^<]*)<\/c:v>/.exec(s)?.[1])).toEqual(['Base', 'Total', 'Down', 'Up']);
    expect(series().map((s) => ref(s, '<c:val><c:numRef'))).toEqual(["'Pocket price'!$E$5:$E$11", "'Pocket price'!$F$5:$F$11", "'Pocket price'!$G$5:$G$11", "'Pocket price'!$H$5:$H$11"]);
    for (const s of series()) expect(ref(s, '<c:cat><c:strRef')).toBe("'Pocket price'!$A$5:$A$11");
  });

  it('draws the base with neither fill nor outline, and leaves it out of the legend', () => {
    const [base] = series();
    expect(/<c:spPr>([\s\S]*?)<\/c:spPr>/.exec(base ?? '')?.[1]).toBe('<a:noFill/><a:ln><a:noFill/></a:ln>');
    expect(all(chart, 'c:legend')[0]).toContain('<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>');
  });

  it('colours each visible series by its role and labels it with the format given, the base unlabelled', () => {
    const [base, ...visible] = series();
    expect(visible.map((s) => /<a:srgbClr val="([0-9A-F]{6})"/.exec(s)?.[1])).toEqual([WATERFALL_COLOURS.total, WATERFALL_COLOURS.down, WATERFALL_COLOURS.up]);
    expect(base).not.toContain('<c:dLbls>');
    for (const s of visible) expect(s).toContain('<c:numFmt formatCode="#,##0;-#,##0;;" sourceLinked="0"/>');
  });

  it('writes no labels when the description asks for none, and anchors the chart where described', async () => {
    const plain = waterfallSpec();
    const sheet = plain.sheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    const spec = { ...plain, sheets: [{ ...sheet, charts: sheet.charts.map((c) => ({ ...c, dataLabels: null })) }] };
    const zip = await JSZip.loadAsync(await renderXlsx(spec));
    expect(await zip.file('xl/charts/chart1.xml')?.async('string')).not.toContain('<c:dLbls>');
    expect(drawing).toContain('<xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22</xdr:row>');
  });
});
