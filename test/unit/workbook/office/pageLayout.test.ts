/**
 * The page setup through Office.js (pageLayoutSteps.ts) on the double, which accepts only what
 * Excel.PageLayout's documentation allows and hands out `pageLayout` only where ExcelApi 1.9 is supported.
 */
import { describeWorkbook } from '../../../../src/workbook/build/describeWorkbook';
import { officeMessages } from '../../../../src/workbook/office/messages';
import { printAreaAddress } from '../../../../src/workbook/office/pageLayoutSteps';
import { FakeExcel } from '../../../doubles/excel';
import { example, load } from '../../../support/models';
import { build } from './helpers';

const spec = describeWorkbook(load(example()));

describe('building on a host with ExcelApi 1.9', () => {
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = new FakeExcel();
    await build(excel, spec);
  });

  it('sets each printed sheet’s page layout from its description', () => {
    for (const s of spec.sheets) {
      const state = excel.state.sheets.find((x) => x.name === s.name)?.pageLayout;
      if (s.print === undefined) {
        expect(state).toBeUndefined();
        continue;
      }
      expect(state).toEqual({
        orientation: s.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printGridlines: false,
        centerHorizontally: true,
        margins: { left: 18, right: 18, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
        printArea: printAreaAddress(s.print),
        // The Customer quote repeats its lines' header row (nothing frozen); every other sheet its frozen rows.
        printTitleRows: s.print?.titleRows && s.key === 'customerQuote' ? `$${s.print.titleRows.first + 1}:$${s.print.titleRows.last + 1}` : `$1:$${s.frozenRows}`,
        headerFooterState: 'Default',
        headers: { leftHeader: s.print.header.left, centerHeader: '', rightHeader: '&A', leftFooter: '', centerFooter: 'Page &P of &N', rightFooter: '' },
      });
    }
  });

  it('adds the page layout to the requests already made: at most one more sync for the whole workbook', async () => {
    const without = new FakeExcel();
    await build(without, spec, { pageLayout: false });
    const withIt = new FakeExcel();
    await build(withIt, spec);
    expect(withIt.stats().syncs - without.stats().syncs).toBeLessThanOrEqual(1);
  });
});

describe('building on a host without ExcelApi 1.9', () => {
  it('builds every sheet without a page layout and says so', async () => {
    const excel = new FakeExcel({ excelApi: '1.8' });
    const result = await build(excel, spec);
    expect(excel.state.sheets.every((s) => s.pageLayout === undefined)).toBe(true);
    expect(result.messages).toContain(officeMessages.pageLayoutUnsupported);
  });

  it('the double refuses pageLayout there, as Excel would', () => {
    const excel = new FakeExcel({ excelApi: '1.8' });
    expect(() => excel.context.workbook.worksheets.getItem('x').pageLayout).toThrow(/ExcelApi 1.9/);
  });
});

describe('the double follows the documented PageLayout rules', () => {
  it.each([
    ['an orientation outside Portrait/Landscape', (l: Excel.PageLayout) => { l.orientation = 'Sideways' as never; }],
    ['a zoom scale under 10', (l: Excel.PageLayout) => { l.zoom = { scale: 5 }; }],
    ['print title rows that are not whole rows', (l: Excel.PageLayout) => l.setPrintTitleRows('A1:C4')],
  ])('rejects %s', async (_name, change) => {
    const excel = new FakeExcel();
    excel.addSheet('S');
    change(excel.context.workbook.worksheets.getItem('S').pageLayout as unknown as Excel.PageLayout);
    await expect(excel.context.sync()).rejects.toThrow(/InvalidArgument/);
  });
});
