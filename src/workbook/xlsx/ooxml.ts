/** OOXML parts exceljs cannot write (charts, drawings) or its streaming writer cannot (tables). */
import { qualified, rangeA1 } from '../a1';
import { type ChartSpec, type SeriesChartSpec, type TableSpec, WATERFALL_COLOURS, WATERFALL_GAP_WIDTH, type WaterfallChartSpec } from '../spec';

export const REL = {
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;

export const CONTENT_TYPE = {
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The table part of a table (the header and data cells are written on the sheet). */
export function tableXml(id: number, table: TableSpec): string {
  const ref = rangeA1({ at: table.at, rows: Math.max(1, table.rows.length) + 1, cols: table.columns.length });
  const cols = table.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c.header)}"/>`).join('');
  return (
    `${XML_HEAD}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** A relationships part. */
export function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join('')}</Relationships>`;
}

/** The drawing part holding a sheet's charts; chart i uses relationship rId(i+1). */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchor = (c: ChartSpec, i: number): string =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${c.from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${c.to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${charts.map(anchor).join('')}</xdr:wsDr>`;
}

const rich = (text: string): string =>
  `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;

type Ref = (r: ChartSpec['categories']) => string;

/** The plot of a line, clustered column or clustered bar chart. */
function seriesPlotXml(chart: SeriesChartSpec, ref: Ref, axes: string): string {
  const series = chart.series
    .map((s, i) => {
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
      const data = `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val>`;
      return chart.kind === 'line'
        ? `<c:ser>${head}<c:marker><c:symbol val="circle"/></c:marker>${data}<c:smooth val="0"/></c:ser>`
        : `<c:ser>${head}<c:invertIfNegative val="0"/>${data}</c:ser>`;
    })
    .join('');
  return chart.kind === 'line'
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
    : `<c:barChart><c:barDir val="${chart.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axes}</c:barChart>`;
}

/**
 * The plot of a waterfall: stacked columns (c:grouping "stacked" with c:overlap 100, ECMA-376 Part 1,
 * 21.2.2.76 and 21.2.2.131), series 0 the base without fill or outline (a:noFill), then the visible
 * series in their role's colour, labelled when asked.
 */
function waterfallPlotXml(chart: WaterfallChartSpec, ref: Ref, axes: string): string {
  const labels =
    chart.dataLabels === null
      ? ''
      : `<c:dLbls><c:numFmt formatCode="${escapeXml(chart.dataLabels.format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="ctr"/>` +
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  const ser = (i: number, name: string, values: ChartSpec['categories'], fill: string, dLbls: string): string =>
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(name)}</c:v></c:tx><c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>${dLbls}` +
    `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref(values)}</c:f></c:numRef></c:val></c:ser>`;
  const base = ser(0, 'Base', chart.base, '<a:noFill/><a:ln><a:noFill/></a:ln>', '');
  const visible = chart.series.map((s, i) => ser(i + 1, s.name, s.values, `<a:solidFill><a:srgbClr val="${WATERFALL_COLOURS[s.role]}"/></a:solidFill><a:ln><a:noFill/></a:ln>`, labels));
  return `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${base}${visible.join('')}<c:gapWidth val="${WATERFALL_GAP_WIDTH}"/><c:overlap val="100"/>${axes}</c:barChart>`;
}

/** A chart over ranges of `sheet`. */
export function chartXml(chart: ChartSpec, sheet: string): string {
  const ref: Ref = (r) => escapeXml(qualified(sheet, rangeA1(r, true)));
  const axes = '<c:axId val="50010"/><c:axId val="50020"/>';
  const plot = chart.kind === 'waterfall' ? waterfallPlotXml(chart, ref, axes) : seriesPlotXml(chart, ref, axes);
  const catPos = chart.kind === 'bar' ? 'l' : 'b';
  const valPos = chart.kind === 'bar' ? 'b' : 'l';
  const axisTitle = (t: string | undefined): string => (t === undefined ? '' : `<c:title>${rich(t)}</c:title>`);
  // The base series of a waterfall has no legend entry (c:legendEntry with c:delete, ECMA-376 Part 1, 21.2.2.94).
  const hiddenEntry = chart.kind === 'waterfall' ? '<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>' : '';
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart><c:title>${rich(chart.title)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${catPos}"/>${axisTitle(chart.xTitle)}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines/>${axisTitle(chart.yTitle)}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    `</c:plotArea><c:legend><c:legendPos val="b"/>${hiddenEntry}<c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** Content-type overrides for added parts. */
export function overridesXml(parts: readonly { path: string; type: string }[]): string {
  return parts.map((p) => `<Override PartName="/${p.path}" ContentType="${p.type}"/>`).join('');
}
